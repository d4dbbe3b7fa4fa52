/**
 * The Analytics area (UI.md "Analytics"): tabs Subscriptions (ANA) and Calling (CAL). On Subscriptions a
 * Meetings / Calling toggle switches every chart and table; vendor operators pick a partner or see all. The URL
 * holds the tab, product and partner, so a view can be bookmarked or shared.
 */
import '@mantine/charts/styles.css';
import { Group, SegmentedControl, Stack, Tabs, Text } from '@mantine/core';
import { IconChartBar, IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type AnalyticsProduct, analyticsProducts } from '../../../domain/analytics.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useSession } from '../auth/session.ts';
import { useProductName } from '../catalogue/api.ts';
import { PartnerSelect } from '../partners/PartnerPicker.tsx';
import { CallingTab } from './CallingTab.tsx';
import { SubscriptionsTab } from './SubscriptionsTab.tsx';

type Tab = 'subscriptions' | 'calling';

export default function AnalyticsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('analytics.title'));
  const session = useSession();
  const vendor = session.permissions.operateVendor;
  const productName = useProductName();
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'calling' ? 'calling' : 'subscriptions';
  const product: AnalyticsProduct = params.get('product') === 'calling' ? 'calling' : 'meetings';
  const partnerId = vendor ? params.get('partner') : null;

  const update = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const partnerFilter = vendor ? (
    <PartnerSelect
      label={t('analytics.partner.label')}
      placeholder={t('analytics.partner.placeholder')}
      value={partnerId}
      onChange={(v) => update('partner', v)}
      testId="partner-filter"
    />
  ) : null;

  return (
    <Stack gap={0}>
      <PageHeader title={t('analytics.title')} description={t('analytics.description')} actions={partnerFilter} />
      <Tabs value={tab} onChange={(v) => update('tab', v === 'calling' ? 'calling' : null)} keepMounted={false}>
        <Group justify="space-between" align="flex-end" mb="md" wrap="wrap" gap="sm">
          <Tabs.List>
            <Tabs.Tab
              value="subscriptions"
              leftSection={<IconChartBar size={16} aria-hidden="true" />}
              data-testid="tab-subscriptions"
            >
              {t('analytics.tabs.subscriptions')}
            </Tabs.Tab>
            <Tabs.Tab
              value="calling"
              leftSection={<IconPhone size={16} aria-hidden="true" />}
              data-testid="tab-calling"
            >
              {t('analytics.tabs.calling')}
            </Tabs.Tab>
          </Tabs.List>
          {tab === 'subscriptions' ? (
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" c="dimmed" id="analytics-product-label">
                {t('analytics.product.label')}
              </Text>
              <SegmentedControl
                aria-labelledby="analytics-product-label"
                value={product}
                onChange={(v) => update('product', v === 'calling' ? 'calling' : null)}
                // The products analytics are defined for (domain/analytics.ts), named as the catalogue names them.
                data={analyticsProducts.map((id) => ({ value: id, label: productName(id) }))}
                data-testid="product-toggle"
              />
            </Group>
          ) : null}
        </Group>
        <Tabs.Panel value="subscriptions">
          <Text size="xs" c="dimmed" mb="sm">
            {t('analytics.scopeNote')}
          </Text>
          <SubscriptionsTab product={product} partnerId={partnerId} />
        </Tabs.Panel>
        <Tabs.Panel value="calling">
          <CallingTab partnerId={partnerId} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
