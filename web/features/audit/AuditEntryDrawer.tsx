/** One audit entry beside the table (NOT-4): who, when, what, and the recorded values before and after. */
import { Button, Code, Drawer, Group, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateTime } from '../sent-mail/dateTime.ts';
import type { AuditLogEntry } from './api.ts';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const shown = (value: unknown) => (value === undefined ? '—' : JSON.stringify(value));

/** The fields of before and after side by side, the changed ones first, when both are objects. */
function Changes({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  if (!isRecord(before) && !isRecord(after)) return null;
  const from = isRecord(before) ? before : {};
  const to = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  const changed = (field: string) => shown(from[field]) !== shown(to[field]);
  fields.sort((a, b) => Number(changed(b)) - Number(changed(a)));
  return (
    <Table withTableBorder verticalSpacing={4} fz="sm" data-testid="audit-changes">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('auditLog.drawer.field')}</Table.Th>
          <Table.Th>{t('auditLog.drawer.before')}</Table.Th>
          <Table.Th>{t('auditLog.drawer.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {fields.map((field) => (
          <Table.Tr key={field} fw={changed(field) ? 600 : undefined}>
            <Table.Td ff="monospace">{field}</Table.Td>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{shown(from[field])}</Table.Td>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{shown(to[field])}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Fields({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing={0} layout="fixed">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={140} fz="sm" fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
              {label}
            </Table.Th>
            <Table.Td fz="sm" style={{ overflowWrap: 'anywhere' }}>
              {value}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <Stack gap={4}>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        {label}
      </Text>
      <Code block>{value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}</Code>
    </Stack>
  );
}

export function AuditEntryDrawer({
  entry,
  onClose,
  onOnlyActor,
  onOnlyTarget,
}: {
  entry: AuditLogEntry | null;
  onClose: () => void;
  onOnlyActor: (entry: AuditLogEntry) => void;
  onOnlyTarget: (entry: AuditLogEntry) => void;
}) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  return (
    <Drawer
      opened={entry !== null}
      onClose={onClose}
      position="right"
      size={560}
      title={
        <Title order={2} fz="lg" ff="monospace">
          {entry?.action ?? t('auditLog.drawer.title')}
        </Title>
      }
      closeButtonProps={{ 'aria-label': t('auditLog.drawer.close') }}
      scrollAreaComponent={ScrollArea.Autosize}
      data-testid="audit-drawer"
    >
      {entry ? (
        <Stack gap="md">
          <Fields
            rows={[
              [t('auditLog.columns.at'), dateTime(entry.at)],
              [
                t('auditLog.columns.actor'),
                entry.actor
                  ? `${entry.actor.name} <${entry.actor.email}>${entry.actor.organisation ? ` · ${entry.actor.organisation.name}` : ''}`
                  : t('auditLog.system'),
              ],
              [t('auditLog.columns.action'), entry.action],
              [t('auditLog.columns.target'), `${entry.targetType} · ${entry.targetId}`],
              [t('auditLog.columns.organisation'), entry.organisation.name],
            ]}
          />
          <Group gap="xs">
            {entry.actor ? (
              <Button variant="default" size="xs" onClick={() => onOnlyActor(entry)}>
                {t('auditLog.drawer.onlyActor')}
              </Button>
            ) : null}
            <Button variant="default" size="xs" onClick={() => onOnlyTarget(entry)}>
              {t('auditLog.drawer.onlyTarget')}
            </Button>
          </Group>
          <Changes before={entry.before} after={entry.after} />
          <Json label={t('auditLog.drawer.before')} value={entry.before} />
          <Json label={t('auditLog.drawer.after')} value={entry.after} />
        </Stack>
      ) : null}
    </Drawer>
  );
}
