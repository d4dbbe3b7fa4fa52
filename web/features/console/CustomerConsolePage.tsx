/**
 * The console of a customer's own administrators (/console and its sections in the shell's navigation). A
 * plain user of the customer gets the server's 403 explained.
 */
import { Skeleton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { LoadError } from '../../components/LoadError.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useSession } from '../auth/session.ts';
import { useCustomerConsole } from './api.ts';
import { ConsoleView } from './ConsoleView.tsx';
import { type ConsoleSection, consoleSections, sectionPath } from './sections.ts';

const BASE = '/console';
const areaOf: Record<ConsoleSection, 'console' | 'licences' | 'users' | 'trialRequests'> = {
  overview: 'console',
  licences: 'licences',
  users: 'users',
  'trial-requests': 'trialRequests',
};

export default function CustomerConsolePage() {
  const { t } = useTranslation();
  const session = useSession();
  const { pathname } = useLocation();
  const section = consoleSections.find((s) => sectionPath(BASE, s) === pathname) ?? 'overview';
  const area = areaOf[section];
  const query = useCustomerConsole(session.organisation.id);
  useDocumentTitle(t(`areas.${area}.title`));
  return (
    <>
      <PageHeader
        title={section === 'overview' ? session.organisation.name : t(`areas.${area}.title`)}
        description={t(`areas.${area}.description`)}
      />
      {query.isPending ? <Skeleton height={320} radius="md" /> : null}
      {query.isError ? (
        <LoadError
          error={query.error}
          what={t('console.title')}
          onRetry={() => query.refetch()}
          back={{ to: '/resources', label: t('console.toResources') }}
        />
      ) : null}
      {query.data ? <ConsoleView data={query.data} section={section} base={BASE} withTabs={false} /> : null}
    </>
  );
}
