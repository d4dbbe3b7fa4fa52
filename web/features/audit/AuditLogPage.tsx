/**
 * The audit log page (NOT-4): every change and launch the caller may read — the server decides the reach — newest
 * first, filtered by action, target type, day range, and (from an entry's drawer) one actor or one target; the
 * filters live in the URL. The filtered log downloads as CSV or XLSX from the server.
 */
import { Button, CloseButton, Group, Loader, Paper, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconDownload, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useFormatters } from '../../i18n/format.ts';
import { useSession } from '../auth/session.ts';
import { AuditEntryDrawer } from './AuditEntryDrawer.tsx';
import { AuditLogTable } from './AuditLogTable.tsx';
import { type AuditLogEntry, type AuditLogFilters, auditLogExportUrl, useAuditLog } from './api.ts';

const labelled = (id: string | null, label: string | null) => (id ? { id, label: label ?? id } : null);

function readFilters(params: URLSearchParams): AuditLogFilters {
  return {
    action: params.get('action') ?? '',
    targetType: params.get('targetType') ?? '',
    target: labelled(params.get('target'), params.get('targetLabel')),
    actor: labelled(params.get('actor'), params.get('actorLabel')),
    fromDay: params.get('from') ?? '',
    toDay: params.get('to') ?? '',
  };
}

export default function AuditLogPage() {
  const { t } = useTranslation();
  const session = useSession();
  useDocumentTitle(t('auditLog.title'));
  if (!session.permissions.readAuditLog) {
    return (
      <>
        <PageHeader title={t('auditLog.title')} description={t('areas.auditLog.description')} />
        <EmptyState title={t('auditLog.notForYouTitle')} body={t('auditLog.notForYouBody')} />
      </>
    );
  }
  return <AuditLog />;
}

function AuditLog() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const openId = params.get('entry');
  const list = useAuditLog(filters);
  const [action, setAction] = useState(filters.action);
  const [targetType, setTargetType] = useState(filters.targetType);

  const update = (patch: Record<string, string | null>, replace = false) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(patch)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace },
    );
  const applyAction = useDebouncedCallback((value: string) => update({ action: value.trim() || null }, true), 300);
  const applyTargetType = useDebouncedCallback(
    (value: string) => update({ targetType: value.trim() || null }, true),
    300,
  );

  const pages = list.data?.pages ?? [];
  const first = pages[0];
  const items = pages.flatMap((page) => page.items);
  const open = items.find((entry) => entry.id === openId) ?? null;
  const filtered = [...params.keys()].some((key) => key !== 'entry');
  const clearAll = () => {
    setAction('');
    setTargetType('');
    setParams(new URLSearchParams());
  };
  const onlyActor = (entry: AuditLogEntry) =>
    update({ actor: entry.actor?.id ?? null, actorLabel: entry.actor?.name ?? null, entry: null });
  const onlyTarget = (entry: AuditLogEntry) =>
    update({
      target: entry.targetId,
      targetLabel: `${entry.targetType} ${entry.targetId}`,
      targetType: entry.targetType,
      entry: null,
    });

  return (
    <>
      <PageHeader
        title={t('auditLog.title')}
        description={t('areas.auditLog.description')}
        actions={
          <Button
            component="a"
            href={auditLogExportUrl(filters, 'xlsx')}
            download
            variant="default"
            size="sm"
            leftSection={<IconDownload size={16} aria-hidden="true" />}
            data-testid="audit-export-xlsx"
          >
            {t('auditLog.exportXlsx')}
          </Button>
        }
      />
      <Group gap="xs" mb="sm" wrap="wrap" align="flex-end">
        <TextInput
          label={t('auditLog.filters.action')}
          placeholder={t('auditLog.filters.actionPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={action}
          onChange={(event) => {
            setAction(event.currentTarget.value);
            applyAction(event.currentTarget.value);
          }}
          w={220}
          size="sm"
          data-testid="audit-action-filter"
        />
        <TextInput
          label={t('auditLog.filters.targetType')}
          placeholder={t('auditLog.filters.targetTypePlaceholder')}
          value={targetType}
          onChange={(event) => {
            setTargetType(event.currentTarget.value);
            applyTargetType(event.currentTarget.value);
          }}
          w={180}
          size="sm"
        />
        <TextInput
          type="date"
          label={t('auditLog.filters.from')}
          value={filters.fromDay}
          onChange={(event) => update({ from: event.currentTarget.value || null })}
          size="sm"
          data-testid="audit-from-filter"
        />
        <TextInput
          type="date"
          label={t('auditLog.filters.to')}
          value={filters.toDay}
          onChange={(event) => update({ to: event.currentTarget.value || null })}
          size="sm"
        />
        {filters.actor ? (
          <Chip
            label={t('auditLog.filters.actorChip', { name: filters.actor.label })}
            remove={t('auditLog.filters.remove', { what: filters.actor.label })}
            onRemove={() => update({ actor: null, actorLabel: null })}
          />
        ) : null}
        {filters.target ? (
          <Chip
            label={t('auditLog.filters.targetChip', { name: filters.target.label })}
            remove={t('auditLog.filters.remove', { what: filters.target.label })}
            onRemove={() => update({ target: null, targetLabel: null })}
          />
        ) : null}
        <Group gap="xs" ml="auto">
          {list.isFetching ? <Loader size="xs" aria-label={t('auditLog.loading')} /> : null}
          {filtered ? (
            <Button variant="subtle" size="xs" onClick={clearAll}>
              {t('auditLog.clearAll')}
            </Button>
          ) : null}
        </Group>
      </Group>

      {list.isError && !first ? (
        <LoadError error={list.error} what={t('auditLog.title')} onRetry={() => list.refetch()} />
      ) : (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <AuditLogTable
            items={first ? items : undefined}
            openId={openId}
            onOpen={(id) => update({ entry: id })}
            exportHref={auditLogExportUrl(filters, 'csv')}
            empty={
              filtered ? (
                <EmptyState
                  title={t('auditLog.noMatchTitle')}
                  body={t('auditLog.noMatchBody')}
                  action={
                    <Button variant="default" size="xs" onClick={clearAll}>
                      {t('auditLog.clearAll')}
                    </Button>
                  }
                />
              ) : (
                <EmptyState title={t('auditLog.emptyTitle')} body={t('auditLog.emptyBody')} />
              )
            }
          />
          {first && items.length > 0 ? (
            <Group justify="space-between" px="md" py="xs">
              <span aria-live="polite" style={{ fontSize: 'var(--mantine-font-size-sm)' }}>
                {t('auditLog.showing', { count: items.length, shown: fmt.number(items.length) })}
              </span>
              {list.hasNextPage ? (
                <Button
                  variant="default"
                  size="xs"
                  onClick={() => list.fetchNextPage()}
                  loading={list.isFetchingNextPage}
                  data-testid="audit-load-more"
                >
                  {t('auditLog.loadMore')}
                </Button>
              ) : null}
            </Group>
          ) : null}
        </Paper>
      )}
      <AuditEntryDrawer
        entry={open}
        onClose={() => update({ entry: null })}
        onOnlyActor={onlyActor}
        onOnlyTarget={onlyTarget}
      />
    </>
  );
}

function Chip({ label, remove, onRemove }: { label: string; remove: string; onRemove: () => void }) {
  return (
    <Group
      gap={4}
      px="sm"
      py={4}
      style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-xl)' }}
      data-testid="audit-filter-chip"
    >
      <span style={{ fontSize: 'var(--mantine-font-size-sm)' }}>{label}</span>
      <CloseButton size="sm" aria-label={remove} onClick={onRemove} />
    </Group>
  );
}
