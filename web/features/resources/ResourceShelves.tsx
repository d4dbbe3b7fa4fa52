/** RES-1: the top of Resources & help — quick links (popular with partners) and featured resources as cards. */
import { Anchor, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ToneBadge } from '../../components/Badges.tsx';
import { useProductName } from '../catalogue/api.ts';
import { type ResourceSummary, useResourceShelf } from './api.ts';

export function QuickLinks() {
  const { t } = useTranslation();
  const shelf = useResourceShelf('quickLink');
  const items = shelf.data?.items ?? [];
  return (
    <section aria-labelledby="resources-quick-links">
      <Title order={2} fz="lg" mb="sm" id="resources-quick-links">
        {t('resources.quickLinks')}
      </Title>
      {shelf.isPending ? <Skeleton height={36} radius="md" /> : null}
      {shelf.isSuccess && items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('resources.quickLinksEmpty')}
        </Text>
      ) : null}
      <Group gap="xs" data-testid="quick-links">
        {items.map((item) =>
          item.url ? (
            <Button
              key={item.id}
              component="a"
              href={item.url}
              target="_blank"
              rel="noopener noreferrer"
              variant="light"
              size="sm"
              rightSection={<IconExternalLink size={14} aria-hidden="true" />}
            >
              {item.title}
            </Button>
          ) : (
            <Button key={item.id} component={Link} to={`/resources/${item.id}`} variant="light" size="sm">
              {item.title}
            </Button>
          ),
        )}
      </Group>
    </section>
  );
}

export function FeaturedResources() {
  const { t } = useTranslation();
  const shelf = useResourceShelf('featured');
  const items = shelf.data?.items ?? [];
  return (
    <section aria-labelledby="resources-featured">
      <Title order={2} fz="lg" mb="sm" id="resources-featured">
        {t('resources.featured')}
      </Title>
      {shelf.isPending ? <Skeleton height={120} radius="md" /> : null}
      {shelf.isSuccess && items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('resources.featuredEmpty')}
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }} spacing="sm" data-testid="featured-resources">
        {items.map((item) => (
          <ResourceCard key={item.id} item={item} />
        ))}
      </SimpleGrid>
    </section>
  );
}

function ResourceCard({ item }: { item: ResourceSummary }) {
  const { t } = useTranslation();
  const productName = useProductName();
  return (
    <Paper withBorder radius="md" p="md" component="article">
      <Stack gap={6}>
        <Group gap={6}>
          <ToneBadge colour="indigo">{t(`resources.types.${item.type}`)}</ToneBadge>
          {item.products.slice(0, 2).map((p) => (
            <ToneBadge key={p} colour="gray">
              {productName(p)}
            </ToneBadge>
          ))}
        </Group>
        <Anchor component={Link} to={`/resources/${item.id}`} fw={600} size="sm">
          {item.title}
        </Anchor>
        <Text size="sm" c="dimmed" lineClamp={3}>
          {item.summary}
        </Text>
      </Stack>
    </Paper>
  );
}
