/** A customer's insights: its products' figures, why usage is above 100 %, and next steps with resources (INS-5). */
import { Anchor, Badge, Drawer, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError } from '../../components/LoadError.tsx';
import { useFormatters } from '../../i18n/format.ts';
import { useProductName } from '../catalogue/api.ts';
import { useInsightCustomer } from './api.ts';
import { UsageCauses } from './UsageCauses.tsx';

export function CustomerInsightDrawer({ customerId, onClose }: { customerId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const productName = useProductName();
  const query = useInsightCustomer(customerId);
  const customer = query.data;
  const pct = (v: number | null) => (v === null ? '—' : `${fmt.number(v, { maximumFractionDigits: 1 })} %`);
  return (
    <Drawer
      opened={customerId !== null}
      onClose={onClose}
      position="right"
      size={560}
      title={
        <Title order={2} fz="lg">
          {customer?.customerName ?? t('insights.table.customer')}
        </Title>
      }
      closeButtonProps={{ 'aria-label': t('insights.customer.close') }}
      data-testid="insight-drawer"
    >
      {query.isError ? (
        <LoadError
          error={query.error}
          what={t('insights.table.customer')}
          back={{ to: '/insights', label: undefined }}
        />
      ) : !customer ? (
        <Skeleton height={200} />
      ) : (
        <Stack gap="md">
          <Title order={3} fz="md">
            {t('insights.customer.products')}
          </Title>
          {customer.products.map((p) => (
            <Paper key={p.product} withBorder p="sm" radius="md" data-testid={`insight-product-${p.product}`}>
              <Group justify="space-between">
                <Text fw={600}>{productName(p.product)}</Text>
                <Group gap="xs">
                  <Badge variant="light">
                    {t('insights.table.deployment')} {pct(p.deploymentPct)}
                  </Badge>
                  <Badge variant="light" color={p.causes.length > 0 ? 'orange' : 'blue'}>
                    {t('insights.table.usage')} {pct(p.usagePct)}
                  </Badge>
                </Group>
              </Group>
              <Text size="sm" c="dimmed">
                {t('insights.table.sold')} {fmt.number(p.sold)} · {t('insights.table.entitlements')}{' '}
                {fmt.number(p.entitlements)} · {t('insights.table.active')} {fmt.number(p.active)}
                {p.soldByOthers > 0 ? ` · ${t('insights.table.fromOthers', { count: p.soldByOthers })}` : ''}
              </Text>
              <UsageCauses row={p} />
            </Paper>
          ))}
          <Text size="sm">{t('insights.customer.howTo', { count: customer.howToRequests })}</Text>
          <Title order={3} fz="md">
            {t('insights.customer.nextSteps')}
          </Title>
          {customer.nextSteps.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('insights.customer.noNextSteps')}
            </Text>
          ) : (
            customer.nextSteps.map((step) => (
              <Paper key={`${step.problem}-${step.product}`} withBorder p="sm" radius="md" data-testid="next-step">
                <Text fw={600}>
                  {t(`insights.customer.${step.problem}`, {
                    count: step.count,
                    product: step.product ? productName(step.product) : '',
                  })}
                </Text>
                <Text size="sm" c="dimmed" mb={4}>
                  {t(`insights.customer.${step.problem}Hint`)}
                </Text>
                {step.resources.length === 0 ? (
                  <Text size="sm">{t('insights.customer.noResources')}</Text>
                ) : (
                  <Stack gap={2}>
                    {step.resources.map((r) => (
                      <Anchor
                        key={r.id}
                        component={Link}
                        to={`/resources/${r.id}`}
                        size="sm"
                        data-testid="next-step-resource"
                      >
                        {r.title}
                      </Anchor>
                    ))}
                  </Stack>
                )}
              </Paper>
            ))
          )}
        </Stack>
      )}
    </Drawer>
  );
}
