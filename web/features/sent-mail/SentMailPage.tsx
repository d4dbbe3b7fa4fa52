/**
 * The Sent mail page (NOT-1, vendor operators): every e-mail of the outbox, newest first, with its delivery
 * status; search by recipient or template, status and template filters (mirrored in the URL), and the message
 * in a drawer. Without SMTP_URL the page says that messages are stored, not sent.
 */
import { Alert, Button, Group, Loader, Paper, Select, Text } from '@mantine/core';
import { IconMailOff } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { sentMailStatuses } from '../../../domain/contracts/mail.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SearchInput, useSearchText } from '../../components/SearchInput.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useFormatters } from '../../i18n/format.ts';
import { FilterChip } from '../customers/list/FilterChip.tsx';
import { type SentMailFilters, type SentMailStatus, useSentMail } from './api.ts';
import { MessageDrawer } from './MessageDrawer.tsx';
import { SentMailTable } from './SentMailTable.tsx';

const isStatus = (v: string): v is SentMailStatus => (sentMailStatuses as readonly string[]).includes(v);

function readFilters(params: URLSearchParams): SentMailFilters {
  return {
    q: params.get('q') ?? '',
    status: (params.get('status') ?? '').split(',').filter(isStatus),
    template: params.get('template') || null,
  };
}

export default function SentMailPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  useDocumentTitle(t('sentMail.title'));
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const openId = params.get('message');
  const list = useSentMail(filters);

  const update = (patch: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(patch)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: 'q' in patch },
    );
  const search = useSearchText(filters.q, (q) => update({ q }));

  const pages = list.data?.pages ?? [];
  const first = pages[0];
  const items = pages.flatMap((page) => page.items);
  const smtpConfigured = first?.smtpConfigured ?? true;
  const filtered = filters.q !== '' || filters.status.length > 0 || filters.template !== null;
  const clearAll = () => {
    search.reset();
    update({ q: null, status: null, template: null });
  };

  return (
    <>
      <PageHeader title={t('sentMail.title')} description={t('areas.sentMail.description')} />
      {first && !smtpConfigured ? (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconMailOff size={18} aria-hidden="true" />}
          title={t('sentMail.noSmtpTitle')}
          // The variant's yellow text on its light background is too faint (WCAG AA); the title keeps the text colour.
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
          mb="md"
          data-testid="no-smtp"
        >
          {t('sentMail.noSmtpBody')}
        </Alert>
      ) : null}

      <Group gap="xs" mb="sm" wrap="wrap" align="center">
        <SearchInput
          label={t('sentMail.searchLabel')}
          placeholder={t('sentMail.searchPlaceholder')}
          clearLabel={t('sentMail.clearAll')}
          value={search.value}
          onChange={search.onChange}
          onClear={search.onClear}
          width={280}
          testId="sent-mail-search"
        />
        <FilterChip
          label={t('sentMail.status')}
          options={sentMailStatuses.map((s) => ({ value: s, label: t(`sentMail.filterStatuses.${s}`) }))}
          selected={filters.status}
          onChange={(values) => update({ status: values.join(',') || null })}
          testId="status-filter"
        />
        <Select
          aria-label={t('sentMail.template')}
          placeholder={t('sentMail.allTemplates')}
          data={first?.templates ?? []}
          value={filters.template}
          onChange={(value) => update({ template: value })}
          clearable
          searchable
          size="sm"
          w={240}
          data-testid="template-filter"
        />
        <Group gap="xs" ml="auto">
          {list.isFetching ? <Loader size="xs" aria-hidden="true" /> : null}
          {first ? (
            <Text size="sm" c="dimmed" data-testid="result-count">
              {t('sentMail.results', { count: first.total, formatted: fmt.number(first.total) })}
            </Text>
          ) : null}
          {filtered ? (
            <Button variant="subtle" size="xs" onClick={clearAll}>
              {t('sentMail.clearAll')}
            </Button>
          ) : null}
        </Group>
      </Group>

      {list.isError && !first ? (
        <LoadError error={list.error} what={t('sentMail.title')} onRetry={() => list.refetch()} />
      ) : null}
      {list.isError && !first ? null : (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <SentMailTable
            items={first ? items : undefined}
            openId={openId}
            onOpen={(id) => update({ message: id })}
            smtpConfigured={smtpConfigured}
            empty={
              filtered ? (
                <EmptyState
                  title={t('sentMail.noMatchTitle')}
                  body={t('sentMail.noMatchBody')}
                  action={
                    <Button variant="default" size="xs" onClick={clearAll}>
                      {t('sentMail.clearAll')}
                    </Button>
                  }
                />
              ) : (
                <EmptyState title={t('sentMail.emptyTitle')} body={t('sentMail.emptyBody')} />
              )
            }
          />
          {first && items.length > 0 ? (
            <Group justify="space-between" px="md" py="xs">
              <Text size="sm" c="dimmed">
                {t('sentMail.showing', { shown: fmt.number(items.length), total: fmt.number(first.total) })}
              </Text>
              {list.hasNextPage ? (
                <Button
                  variant="default"
                  size="xs"
                  onClick={() => list.fetchNextPage()}
                  loading={list.isFetchingNextPage}
                  data-testid="load-more"
                >
                  {t('sentMail.loadMore')}
                </Button>
              ) : null}
            </Group>
          ) : null}
        </Paper>
      )}
      <MessageDrawer id={openId} onClose={() => update({ message: null })} />
    </>
  );
}
