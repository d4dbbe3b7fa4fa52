/** One message in a drawer beside the table: its headers, its delivery and its text as the recipient reads it. */
import {
  ActionIcon,
  CopyButton,
  Drawer,
  Group,
  Paper,
  ScrollArea,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError.tsx';
import type { Messages } from '../../i18n/en.ts';
import { useSentMailMessage } from './api.ts';
import { useDateTime } from './dateTime.ts';
import { SentMailStatusBadge } from './SentMailStatusBadge.tsx';

function Fields({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing={0} layout="fixed">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={130} fz="sm" fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
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

export function MessageDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const query = useSentMailMessage(id);
  const message = query.data;
  const m = (key: keyof Messages['sentMail']['message']) => t(`sentMail.message.${key}`);

  return (
    <Drawer
      opened={id !== null}
      onClose={onClose}
      position="right"
      size={560}
      title={
        <Title order={2} fz="lg">
          {message?.subject ?? m('title')}
        </Title>
      }
      closeButtonProps={{ 'aria-label': m('close') }}
      scrollAreaComponent={ScrollArea.Autosize}
      data-testid="message-drawer"
    >
      {query.isPending ? <Skeleton height={360} radius="md" /> : null}
      {query.isError ? <LoadError error={query.error} what={m('title')} onRetry={() => query.refetch()} /> : null}
      {message ? (
        <Stack gap="md">
          <Stack gap={6}>
            <Text size="xs" fw={700} tt="uppercase" c="dimmed">
              {m('headers')}
            </Text>
            <Fields
              rows={[
                [m('from'), message.from],
                [m('to'), message.to],
                [m('subject'), message.subject],
                [m('date'), dateTime(message.createdAt)],
                [
                  m('messageId'),
                  <Group key="id" gap={4} wrap="nowrap" align="center">
                    <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                      {message.messageId}
                    </Text>
                    <CopyButton value={message.messageId}>
                      {({ copied, copy }) => (
                        <Tooltip label={copied ? m('copied') : m('copyMessageId')}>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            size="sm"
                            onClick={copy}
                            aria-label={m('copyMessageId')}
                          >
                            {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </CopyButton>
                  </Group>,
                ],
                [m('language'), t(`sentMail.languages.${message.locale}`)],
              ]}
            />
          </Stack>
          <Stack gap={6}>
            <Text size="xs" fw={700} tt="uppercase" c="dimmed">
              {m('delivery')}
            </Text>
            <Fields
              rows={[
                [m('status'), <SentMailStatusBadge key="s" item={message} smtpConfigured={message.smtpConfigured} />],
                [m('attempts'), message.attempts],
                [m('sentAt'), dateTime(message.sentAt)],
                ...(message.nextAttemptAt && message.smtpConfigured
                  ? ([[m('nextAttemptAt'), dateTime(message.nextAttemptAt)]] as [string, ReactNode][])
                  : []),
                ...(message.lastError ? ([[m('lastError'), message.lastError]] as [string, ReactNode][]) : []),
                [
                  m('template'),
                  <Text key="t" size="sm" ff="monospace">
                    {message.template}
                  </Text>,
                ],
                [m('organisation'), message.organisation?.name ?? m('none')],
              ]}
            />
          </Stack>
          <Stack gap={6}>
            <Text size="xs" fw={700} tt="uppercase" c="dimmed">
              {m('body')}
            </Text>
            <Paper withBorder radius="md" p="md" bg="var(--mantine-color-body)">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="message-body">
                {message.textBody}
              </Text>
            </Paper>
          </Stack>
        </Stack>
      ) : null}
    </Drawer>
  );
}
