/** The recovery codes, shown once after enrolment (or renewal): a list to copy or write down. */
import { Alert, Button, CopyButton, Group, List, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function RecoveryCodes({ codes }: { codes: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="recovery-codes">
      <Alert color="yellow" variant="light" title={t('credentials.recovery.title')}>
        {t('credentials.recovery.body')}
      </Alert>
      <List
        listStyleType="none"
        spacing={4}
        style={{ columns: 2, fontFamily: 'var(--mantine-font-family-monospace)' }}
        aria-label={t('credentials.recovery.title')}
      >
        {codes.map((code) => (
          <List.Item key={code}>
            <Text span ff="monospace" fz="sm" data-testid="recovery-code">
              {code}
            </Text>
          </List.Item>
        ))}
      </List>
      <Group>
        <CopyButton value={codes.join('\n')}>
          {({ copied, copy }) => (
            <Button
              variant="default"
              size="xs"
              onClick={copy}
              leftSection={
                copied ? <IconCheck size={14} aria-hidden="true" /> : <IconCopy size={14} aria-hidden="true" />
              }
            >
              {copied ? t('credentials.recovery.copied') : t('credentials.recovery.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}
