/** The language picker: English, Dansk, Norsk bokmål, Magyar — each named in its own language. */
import { Button, Menu } from '@mantine/core';
import { IconCheck, IconChevronDown, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../domain/contracts/common.ts';
import { currentLocale, languageNames, supportedLocales } from '../i18n/index.ts';

export function LanguageMenu({ onChange, compact = false }: { onChange: (locale: Locale) => void; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const current = isCurrent(i18n.resolvedLanguage) ?? currentLocale();
  const currentName = languageNames[current];
  return (
    <Menu position="bottom-end" shadow="md" width={200} withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          size="sm"
          px={compact ? 'xs' : 'sm'}
          leftSection={<IconLanguage size={18} stroke={1.7} aria-hidden="true" />}
          rightSection={<IconChevronDown size={14} stroke={1.7} aria-hidden="true" />}
          aria-label={t('languages.current', { language: currentName })}
          data-testid="language-menu"
        >
          {compact ? current.toUpperCase() : currentName}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('languages.label')}</Menu.Label>
        {supportedLocales.map((locale) => (
          <Menu.Item
            key={locale}
            lang={locale}
            onClick={() => locale !== current && onChange(locale)}
            rightSection={locale === current ? <IconCheck size={16} aria-hidden="true" /> : null}
            aria-current={locale === current ? 'true' : undefined}
            fw={locale === current ? 600 : undefined}
          >
            {languageNames[locale]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

function isCurrent(lng: string | undefined): Locale | undefined {
  return (supportedLocales as readonly string[]).includes(lng ?? '') ? (lng as Locale) : undefined;
}
