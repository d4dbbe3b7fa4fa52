/** INS-2: why a product's usage is above 100 %, each cause the server found with its active users. */
import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InsightRow } from '../../../domain/contracts/insights.ts';

const countOf: Record<InsightRow['causes'][number], (r: InsightRow) => number> = {
  licence_moved: (r) => r.activeMoved,
  second_subscription: (r) => r.activeOnOtherSubscription,
  trial_activity: (r) => r.activeOnTrial,
  usage_above_entitlement: (r) => r.activeWithoutEntitlement,
};

export function UsageCauses({ row }: { row: InsightRow }) {
  const { t } = useTranslation();
  if (row.causes.length === 0) return null;
  return (
    <div data-testid="usage-causes">
      <Text size="sm" fw={600}>
        {t('insights.causes.title')}
      </Text>
      <List size="sm" spacing={2}>
        {row.causes.map((cause) => (
          <List.Item key={cause} data-testid={`cause-${cause}`}>
            {t(`insights.causes.${cause}`, { count: countOf[cause](row) })}
          </List.Item>
        ))}
      </List>
    </div>
  );
}
