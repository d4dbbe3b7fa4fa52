/**
 * The customer detail page (DET-1…DET-4, UI.md "Customer detail"): the header with statuses and actions, then
 * tabs Overview · Subscriptions · Trials · Partner admins · Activity. The tab lives in the URL
 * (/customers/:id/:tab), so every tab can be bookmarked and shared.
 */
import { Anchor, Breadcrumbs, Tabs, Text } from '@mantine/core';
import {
  IconActivity,
  IconFlask,
  IconLayoutDashboard,
  IconLifebuoy,
  IconReceipt,
  IconUserShield,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageSkeleton } from '../../../components/PageSkeleton.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { CustomerAgreementsTab } from '../../activity/CustomerAgreementsTab.tsx';
import { ActivityTab } from './ActivityTab.tsx';
import { useCustomer } from './api.ts';
import { CustomerHeader } from './CustomerHeader.tsx';
import { OverviewTab } from './OverviewTab.tsx';
import { PartnerAdminsTab } from './PartnerAdminsTab.tsx';
import { customerPath, type DetailTab, detailTabs, isDetailTab } from './paths.ts';
import { SubscriptionsTab } from './SubscriptionsTab.tsx';
import { TrialsTab } from './TrialsTab.tsx';

const tabIcons: Record<DetailTab, ReactNode> = {
  overview: <IconLayoutDashboard size={16} stroke={1.7} aria-hidden="true" />,
  subscriptions: <IconReceipt size={16} stroke={1.7} aria-hidden="true" />,
  trials: <IconFlask size={16} stroke={1.7} aria-hidden="true" />,
  admins: <IconUserShield size={16} stroke={1.7} aria-hidden="true" />,
  agreements: <IconLifebuoy size={16} stroke={1.7} aria-hidden="true" />,
  activity: <IconActivity size={16} stroke={1.7} aria-hidden="true" />,
};

export default function CustomerDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '', tab } = useParams();
  const customer = useCustomer(id);
  useDocumentTitle(customer.data?.name ?? t('areas.customers.title'));

  if (tab !== undefined && !isDetailTab(tab)) return <Navigate to={customerPath(id)} replace />;
  const current: DetailTab = tab ?? 'overview';

  const crumbs = (
    <Breadcrumbs mb="xs" separatorMargin={6}>
      <Anchor component={Link} to="/customers" size="sm">
        {t('areas.customers.title')}
      </Anchor>
      <Text size="sm" c="dimmed" truncate="end" maw={360}>
        {customer.data?.name ?? '…'}
      </Text>
    </Breadcrumbs>
  );

  if (customer.isPending) return <PageSkeleton />;
  if (customer.isError) {
    return (
      <>
        {crumbs}
        <LoadError error={customer.error} what={t('customerDetail.customer')} onRetry={() => customer.refetch()} />
      </>
    );
  }

  const detail = customer.data;
  const counts: Partial<Record<DetailTab, number>> = {
    subscriptions: detail.counts.liveSubscriptions,
    trials: detail.counts.ongoingTrials,
    admins: detail.counts.partnerAdmins,
  };
  return (
    <>
      {crumbs}
      <CustomerHeader customer={detail} />
      <Tabs
        value={current}
        onChange={(next) => isDetailTab(next) && navigate(customerPath(id, next))}
        keepMounted={false}
        mt="md"
      >
        <Tabs.List mb="md">
          {detailTabs.map((value) => (
            <Tabs.Tab key={value} value={value} leftSection={tabIcons[value]} data-testid={`tab-${value}`}>
              {t(`customerDetail.tabs.${value}`)}
              {counts[value] ? (
                <Text span size="xs" c="dimmed" ml={6}>
                  {counts[value]}
                </Text>
              ) : null}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <OverviewTab customer={detail} />
        </Tabs.Panel>
        <Tabs.Panel value="subscriptions">
          <SubscriptionsTab customerId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="trials">
          <TrialsTab customerId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="admins">
          <PartnerAdminsTab customer={detail} />
        </Tabs.Panel>
        <Tabs.Panel value="agreements">
          <CustomerAgreementsTab customerId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="activity">
          <ActivityTab customerId={id} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
