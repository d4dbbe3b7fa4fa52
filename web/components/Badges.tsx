/**
 * Status and tag badges of the list: light badges whose text keeps WCAG AA contrast in both colour schemes,
 * and a list that shows the first few and "+N" (with the rest in a tooltip and in its accessible name).
 */
import { Badge, type BadgeProps, type ElementProps, Group, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './Badges.module.css';

export function ToneBadge({
  colour,
  children,
  style,
  className,
  ...props
}: { colour: string; children: ReactNode } & Omit<BadgeProps, 'children'> & ElementProps<'div', 'color'>) {
  // Shade 9 alone is below 4.5:1 on its own light tint for green, yellow, orange and lime: darkened by 30%, every
  // colour passes (yellow, the faintest, at 5.2:1).
  const tone =
    colour === 'dark'
      ? { light: 'var(--mantine-color-dark-7)', dark: 'var(--mantine-color-gray-3)' }
      : {
          light: `color-mix(in srgb, var(--mantine-color-${colour}-9) 70%, black)`,
          dark: `var(--mantine-color-${colour}-2)`,
        };
  return (
    <Badge
      variant="light"
      color={colour}
      className={className ? `${classes.tone} ${className}` : classes.tone}
      c="var(--tone)"
      radius="sm"
      size="sm"
      fw={600}
      // The text colour comes from CSS (light or dark scheme), not from a hook in each of hundreds of badges.
      style={[
        {
          flexShrink: 0,
          '--tone-light': tone.light,
          '--tone-dark': tone.dark,
        },
        style,
      ]}
      {...props}
    >
      {children}
    </Badge>
  );
}

export interface BadgeItem {
  key: string;
  label: string;
  colour: string;
}

const cut = (text: string, max: number | undefined) =>
  max !== undefined && text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

/** The first `max` badges, then "+N" whose tooltip (and accessible name) lists the rest. */
export function BadgeList({
  items,
  max = 2,
  maxChars,
  empty,
}: {
  items: readonly BadgeItem[];
  max?: number;
  /** For free text (tag names): labels longer than this many characters are cut, the full one in the title. */
  maxChars?: number;
  empty?: ReactNode;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <>{empty ?? <NoValue />}</>;
  const shown = items.slice(0, max);
  const rest = items.slice(shown.length);
  const restLabel = rest.map((i) => i.label).join(', ');
  return (
    <Group gap={4} wrap="nowrap">
      {shown.map((item) => (
        <ToneBadge
          key={item.key}
          colour={item.colour}
          title={cut(item.label, maxChars) !== item.label ? item.label : undefined}
        >
          {cut(item.label, maxChars)}
        </ToneBadge>
      ))}
      {rest.length > 0 ? (
        <Tooltip label={restLabel} multiline maw={280}>
          <Badge
            component="button"
            type="button"
            variant="default"
            radius="sm"
            size="sm"
            style={{ cursor: 'help', flexShrink: 0 }}
            aria-label={t('customers.list.row.more', { count: rest.length, items: restLabel })}
            onClick={(e) => e.stopPropagation()}
          >
            +{rest.length}
          </Badge>
        </Tooltip>
      ) : null}
    </Group>
  );
}

/** An empty cell: a dash for the eye, "none" for screen readers. */
export function NoValue() {
  const { t } = useTranslation();
  return (
    <Text span size="sm" c="dimmed">
      <span aria-hidden="true">—</span>
      <VisuallyHidden>{t('customers.list.row.none')}</VisuallyHidden>
    </Text>
  );
}
