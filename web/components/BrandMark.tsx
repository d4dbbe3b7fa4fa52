/** The product's mark and name, as in the header and on the sign-in page. */
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function BrandLogo({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="var(--mantine-color-brand-7)" />
      <path
        d="M9 11.5a4.5 4.5 0 0 1 4.5-4.5h5a4.5 4.5 0 0 1 0 9H16"
        fill="none"
        stroke="#fff"
        strokeWidth="2.6"
        strokeLinecap="round"
      />
      <path
        d="M23 20.5a4.5 4.5 0 0 1-4.5 4.5h-5a4.5 4.5 0 0 1 0-9H16"
        fill="none"
        stroke="var(--mantine-color-brand-2)"
        strokeWidth="2.6"
        strokeLinecap="round"
      />
    </svg>
  );
}

export function BrandMark({ size = 28, textSize = 'lg' }: { size?: number; textSize?: string }) {
  const { t } = useTranslation();
  return (
    <Group gap={10} wrap="nowrap">
      <BrandLogo size={size} />
      <Text fw={700} fz={textSize} lh={1} style={{ letterSpacing: '-0.01em', whiteSpace: 'nowrap' }}>
        {t('app.name')}
      </Text>
    </Group>
  );
}
