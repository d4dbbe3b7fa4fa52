/** One resource (RES-1, `/resources/:id`): its kind, products and language, its link, and its Markdown text. */
import { Anchor, Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ToneBadge } from '../../components/Badges.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useFormatters } from '../../i18n/format.ts';
import { languageNames } from '../../i18n/index.ts';
import { useProductName } from '../catalogue/api.ts';
import { useResource } from './api.ts';
import { ResourceMarkdown } from './Markdown.tsx';

export default function ResourcePage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const productName = useProductName();
  const { id } = useParams();
  const query = useResource(id);
  const found = query.data;
  useDocumentTitle(found?.title ?? t('areas.resources.title'));
  const back = (
    <Anchor component={Link} to="/resources" size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden="true" />
        {t('resources.back')}
      </Group>
    </Anchor>
  );
  return (
    <Stack gap="md" maw={900}>
      {back}
      {query.isPending ? <Skeleton height={280} radius="md" /> : null}
      {query.isError ? (
        <LoadError
          error={query.error}
          what={t('areas.resources.title')}
          onRetry={() => query.refetch()}
          back={{ to: '/resources', label: t('resources.back') }}
        />
      ) : null}
      {found ? (
        <>
          <PageHeader
            title={found.title}
            description={found.summary}
            actions={
              found.url ? (
                <Button
                  component="a"
                  href={found.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  rightSection={<IconExternalLink size={16} aria-hidden="true" />}
                  data-testid="resource-open-link"
                >
                  {t('resources.openLink')}
                </Button>
              ) : null
            }
          />
          <Group gap={6}>
            <ToneBadge colour="indigo">{t(`resources.types.${found.type}`)}</ToneBadge>
            {found.products.map((p) => (
              <ToneBadge key={p} colour="gray">
                {productName(p)}
              </ToneBadge>
            ))}
            <ToneBadge colour="gray">{languageNames[found.language]}</ToneBadge>
            {found.retiredAt ? <ToneBadge colour="red">{t('resources.retiredBadge')}</ToneBadge> : null}
            <Text size="xs" c="dimmed">
              {t('resources.updated', { date: fmt.date(found.updatedAt) })}
            </Text>
          </Group>
          <Paper withBorder radius="md" p="lg" lang={found.language}>
            {found.body ? (
              <ResourceMarkdown source={found.body} />
            ) : (
              <Text size="sm" c="dimmed">
                {t('resources.noBody')}
              </Text>
            )}
          </Paper>
        </>
      ) : null}
    </Stack>
  );
}
