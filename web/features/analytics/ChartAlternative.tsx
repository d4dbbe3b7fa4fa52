/**
 * A chart's text alternative (WCAG 1.1.1): the drawing is one image named by a sentence, and its data follows as a
 * table that screen readers read (visually hidden: the chart shows the same numbers to the eye).
 */
import { Box, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type ChartRow = Record<string, string | number | null>;

export function ChartAlternative({
  title,
  data,
  dataKey,
  keyLabel,
  series,
  format,
  children,
}: {
  title: string;
  data: readonly ChartRow[];
  /** The row's label column (the week, the endpoint …), headed by `keyLabel`. */
  dataKey: string;
  keyLabel: string;
  /** The value columns, by their series names (the keys of each row). */
  series: readonly string[];
  format: (value: number) => string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Box role="img" aria-label={t('analytics.chart.summary', { title, count: data.length })}>
        {children}
      </Box>
      <VisuallyHidden>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{keyLabel}</th>
              {series.map((name) => (
                <th key={name} scope="col">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.map((row) => (
              <tr key={String(row[dataKey])}>
                <th scope="row">{row[dataKey]}</th>
                {series.map((name) => {
                  const value = row[name];
                  return <td key={name}>{typeof value === 'number' ? format(value) : (value ?? '—')}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </>
  );
}
