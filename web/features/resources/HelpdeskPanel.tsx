/**
 * RES-2 on Resources & help, for partner users: the partner helpdesk's card with its request form, and the
 * user's own cases with their status and answers (a case opens in a drawer; `?case=<id>` opens it from an e-mail).
 */
import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconHeadset } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState.tsx';
import { useSupportCases } from './api.ts';
import { HelpdeskDialog } from './HelpdeskDialog.tsx';
import { SupportCaseDrawer } from './SupportCaseDrawer.tsx';
import { SupportCaseTable } from './SupportCaseParts.tsx';

const noFilters = { statuses: [], products: [] };

export function HelpdeskCard() {
  const { t } = useTranslation();
  const [, setParams] = useSearchParams();
  const [asking, setAsking] = useState(false);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="helpdesk-title">
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" size="lg" radius="md" aria-hidden="true">
            <IconHeadset size={20} />
          </ThemeIcon>
          <Title order={2} fz="lg" id="helpdesk-title">
            {t('resources.helpdesk.title')}
          </Title>
        </Group>
        <Text size="sm">{t('resources.helpdesk.intro')}</Text>
        <Button onClick={() => setAsking(true)} data-testid="contact-helpdesk" style={{ alignSelf: 'flex-start' }}>
          {t('resources.helpdesk.contact')}
        </Button>
      </Stack>
      <HelpdeskDialog
        opened={asking}
        onClose={() => setAsking(false)}
        onSent={(created) =>
          setParams((current) => {
            const next = new URLSearchParams(current);
            next.set('case', created.id);
            return next;
          })
        }
      />
    </Paper>
  );
}

export function MySupportCases() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const openId = params.get('case');
  const cases = useSupportCases(noFilters);
  const first = cases.data?.pages[0];
  const items = cases.data?.pages.flatMap((p) => p.items);
  const setOpen = (id: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (id) next.set('case', id);
      else next.delete('case');
      return next;
    });
  return (
    <section aria-labelledby="helpdesk-my-cases">
      <Title order={2} fz="lg" mb="sm" id="helpdesk-my-cases">
        {t('resources.helpdesk.myCases')}
      </Title>
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <SupportCaseTable
          label={t('resources.helpdesk.myCases')}
          items={first ? items : undefined}
          onOpen={setOpen}
          empty={<EmptyState title={t('resources.helpdesk.myCasesEmpty')} />}
          forOperators={false}
          testId="my-support-cases"
        />
        {cases.hasNextPage ? (
          <Group justify="flex-end" px="md" py="xs">
            <Button
              variant="default"
              size="xs"
              onClick={() => cases.fetchNextPage()}
              loading={cases.isFetchingNextPage}
            >
              {t('resources.queue.loadMore')}
            </Button>
          </Group>
        ) : null}
      </Paper>
      <SupportCaseDrawer id={openId} mayAnswer={false} onClose={() => setOpen(null)} />
    </section>
  );
}
