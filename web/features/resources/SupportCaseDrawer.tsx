/**
 * One helpdesk case in a drawer (RES-2): the question, then the answers and the closing, oldest first. Vendor
 * operators answer it there and close it after a confirmation; the requester reads it.
 */
import { Alert, Button, Drawer, Group, Paper, ScrollArea, Skeleton, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { useDateTime } from '../sent-mail/dateTime.ts';
import { answerSupportCase, closeSupportCase, refreshSupportCases, type SupportCase, useSupportCase } from './api.ts';
import { SupportCaseStatusBadge } from './SupportCaseParts.tsx';

export function SupportCaseDrawer({
  id,
  mayAnswer,
  onClose,
}: {
  id: string | null;
  mayAnswer: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const query = useSupportCase(id);
  const found = query.data;
  return (
    <Drawer
      opened={id !== null}
      onClose={onClose}
      position="right"
      size={560}
      title={found ? t('resources.helpdesk.caseTitle', { reference: found.reference }) : t('resources.helpdesk.title')}
      styles={{ title: { fontSize: 'var(--mantine-font-size-lg)', fontWeight: 700 } }}
      closeButtonProps={{ 'aria-label': t('resources.helpdesk.close') }}
      scrollAreaComponent={ScrollArea.Autosize}
      data-testid="support-case-drawer"
    >
      {query.isPending && id ? <Skeleton height={320} radius="md" /> : null}
      {query.isError ? (
        <LoadError error={query.error} what={t('resources.helpdesk.title')} onRetry={() => query.refetch()} />
      ) : null}
      {found ? <CaseView found={found} mayAnswer={mayAnswer} /> : null}
    </Drawer>
  );
}

function CaseView({ found, mayAnswer }: { found: SupportCase; mayAnswer: boolean }) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  return (
    <Stack gap="md">
      <Group gap="xs">
        <SupportCaseStatusBadge status={found.status} />
        <Text size="sm" c="dimmed">
          {t(`resources.helpdesk.products.${found.product}`)}
        </Text>
      </Group>
      <Stack gap={4}>
        <Text fw={600}>{found.subject}</Text>
        <Text size="xs" c="dimmed">
          {t('resources.helpdesk.askedBy', {
            name: found.requester.name,
            email: found.requester.email,
            partner: found.partner.name,
            date: dateTime(found.createdAt),
          })}
        </Text>
      </Stack>
      <Paper withBorder radius="md" p="md">
        <Text
          size="sm"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
          data-testid="support-case-question"
        >
          {found.description}
        </Text>
      </Paper>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        {t('resources.helpdesk.history')}
      </Text>
      {found.events.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('resources.helpdesk.noAnswers')}
        </Text>
      ) : (
        <Stack gap="sm" data-testid="support-case-events">
          {found.events.map((event) => (
            <Paper key={event.id} withBorder radius="md" p="md" bg="var(--mantine-color-default-hover)">
              <Text size="xs" c="dimmed" mb={event.body ? 6 : 0}>
                {t(event.kind === 'answer' ? 'resources.helpdesk.answeredBy' : 'resources.helpdesk.closedBy', {
                  name: event.author.name,
                  date: dateTime(event.createdAt),
                })}
              </Text>
              {event.body ? (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {event.body}
                </Text>
              ) : null}
            </Paper>
          ))}
        </Stack>
      )}
      {mayAnswer && found.status !== 'closed' ? <AnswerForm found={found} /> : null}
    </Stack>
  );
}

function AnswerForm({ found }: { found: SupportCase }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [answer, setAnswer] = useState('');
  const [closing, setClosing] = useState(false);
  const done = async (message: string) => {
    notifications.show({ color: 'brand', message });
    await refreshSupportCases(queryClient);
  };
  const send = useMutation({
    mutationFn: answerSupportCase,
    onSuccess: async () => {
      setAnswer('');
      await done(t('resources.helpdesk.answeredToast', { reference: found.reference }));
    },
  });
  const close = useMutation({
    mutationFn: closeSupportCase,
    onSuccess: async () => {
      setClosing(false);
      setAnswer('');
      await done(t('resources.helpdesk.closedToast', { reference: found.reference }));
    },
  });
  return (
    <Stack gap="sm">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (answer.trim()) send.mutate({ id: found.id, body: answer });
        }}
      >
        <Stack gap="sm">
          <Textarea
            label={t('resources.helpdesk.answerLabel')}
            description={t('resources.helpdesk.answerHint')}
            value={answer}
            onChange={(event) => setAnswer(event.currentTarget.value)}
            autosize
            minRows={4}
            maxLength={10_000}
            data-testid="support-case-answer"
          />
          {send.isError ? (
            <Alert color="red" variant="light" role="alert">
              {t('resources.helpdesk.changeFailed')}
            </Alert>
          ) : null}
          <Group justify="space-between">
            <Button
              variant="default"
              color="red"
              onClick={() => {
                close.reset();
                setClosing(true);
              }}
              data-testid="support-case-close"
            >
              {t('resources.helpdesk.closeCase')}
            </Button>
            <Button type="submit" loading={send.isPending} disabled={!answer.trim()} data-testid="support-case-send">
              {t('resources.helpdesk.sendAnswer')}
            </Button>
          </Group>
        </Stack>
      </form>
      <ConfirmDialog
        opened={closing}
        title={t('resources.helpdesk.closeTitle', { reference: found.reference })}
        body={answer.trim() ? t('resources.helpdesk.closeBodyWithNote') : t('resources.helpdesk.closeBody')}
        confirmLabel={t('resources.helpdesk.closeCase')}
        cancelLabel={t('resources.helpdesk.cancel')}
        loading={close.isPending}
        error={close.isError ? t('resources.helpdesk.changeFailed') : null}
        onConfirm={() => close.mutate({ id: found.id, note: answer.trim() || undefined })}
        onClose={() => setClosing(false)}
      />
    </Stack>
  );
}
