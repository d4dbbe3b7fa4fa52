/**
 * A customer's console entered by a partner or vendor operator (CUS-7): a banner says whose organisation this
 * is, as whom and with which rights (ROL-3), with the way back. Opening the page is the launch: it is logged
 * once per visit, unless the page that sent us here has just logged it (router state `launched`).
 */
import { Button, Group, Paper, Skeleton, Text, ThemeIcon } from '@mantine/core';
import { IconArrowLeft, IconEye } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { LoadError } from '../../components/LoadError.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { customerPath } from '../customers/detail/paths.ts';
import { launchCustomer, useCustomerConsole } from './api.ts';
import { ConsoleView } from './ConsoleView.tsx';
import { isConsoleSection } from './sections.ts';

export default function PartnerConsolePage() {
  const { t } = useTranslation();
  const { id = '', section } = useParams();
  const location = useLocation();
  const alreadyLaunched = (location.state as { launched?: boolean } | null)?.launched === true;
  const launch = useMutation({ mutationFn: launchCustomer });
  const launchedFor = useRef<string | null>(null);
  useEffect(() => {
    if (alreadyLaunched || launchedFor.current === id) return;
    launchedFor.current = id;
    launch.mutate(id);
  }, [alreadyLaunched, id, launch.mutate]);
  const ready = alreadyLaunched || launch.isSuccess;
  const query = useCustomerConsole(id, ready);
  useDocumentTitle(query.data ? t('console.titleOf', { customer: query.data.customer.name }) : t('console.title'));

  if (section !== undefined && !isConsoleSection(section)) return <Navigate to={`/customers/${id}/console`} replace />;
  const error = launch.error ?? query.error;
  if (error) return <LoadError error={error} what={t('console.title')} onRetry={() => query.refetch()} />;
  if (!query.data) return <Skeleton height={360} radius="md" />;

  const { customer, viewer } = query.data;
  return (
    <>
      <Paper
        radius="md"
        p="sm"
        mb="md"
        bg="var(--mantine-color-brand-light)"
        style={{ border: '1px solid var(--mantine-color-brand-outline)' }}
        role="status"
        data-testid="console-banner"
      >
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon variant="filled" radius="xl" size={32} aria-hidden="true">
              <IconEye size={18} stroke={1.8} />
            </ThemeIcon>
            <Text size="sm">
              {t('console.banner', { customer: customer.name, partner: viewer.organisation.name })}
              {' — '}
              <Text span fw={700}>
                {t(`customerDetail.adminLevel.${viewer.adminLevel}`)}
              </Text>
            </Text>
          </Group>
          <Button
            component={Link}
            to={customerPath(customer.id)}
            variant="default"
            size="xs"
            leftSection={<IconArrowLeft size={14} aria-hidden="true" />}
            style={{ flexShrink: 0 }}
          >
            {t('console.back', { customer: customer.name })}
          </Button>
        </Group>
      </Paper>
      <Text component="h1" fz={24} fw={700} mb="md">
        {customer.name}
      </Text>
      <ConsoleView
        data={query.data}
        section={section ?? 'overview'}
        base={`/customers/${encodeURIComponent(id)}/console`}
        withTabs
      />
    </>
  );
}
