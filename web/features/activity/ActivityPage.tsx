/**
 * Customer activity (SPEC §11, UI.md): the workspace filter, the enterprise-wide section, add-on packages, the
 * drill-downs, additional cases, the reports, and who else may see the page. Every figure is the server's.
 */
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { enterpriseLines } from '../../../domain/activity.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useFormatters } from '../../i18n/format.ts';
import { AccessSection } from './AccessSection.tsx';
import { AdditionalCasesSection } from './AdditionalCasesSection.tsx';
import { AddOnSection } from './AddOnSection.tsx';
import { educationHref, useActivityAccess, useEnterprise } from './api.ts';
import { DrillDownDrawer } from './DrillDownDrawer.tsx';

export default function ActivityPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('areas.activity.title'));
  const access = useActivityAccess();
  const [params, setParams] = useSearchParams();
  const workspaces = access.data?.workspaces ?? [];
  const workspaceId = workspaces.find((w) => w.id === params.get('workspace'))?.id ?? workspaces[0]?.id ?? null;
  const workspaceName = workspaces.find((w) => w.id === workspaceId)?.name ?? '';
  const tab = params.get('tab') ?? 'overview';
  const set = (name: string, value: string) =>
    setParams(
      (p) => {
        p.set(name, value);
        return p;
      },
      { replace: true },
    );

  const header = (
    <PageHeader
      title={t('areas.activity.title')}
      description={t('areas.activity.description')}
      actions={
        workspaces.length > 0 ? (
          <Select
            label={t('activity.workspace')}
            data={workspaces.map((w) => ({ value: w.id, label: w.name }))}
            value={workspaceId}
            onChange={(value) => value && set('workspace', value)}
            allowDeselect={false}
            w={240}
            data-testid="workspace-filter"
          />
        ) : null
      }
    />
  );
  if (access.isError)
    return <LoadError error={access.error} what={t('activity.loadFailed')} onRetry={access.refetch} />;
  if (!access.data) return <Skeleton h={320} />;
  const { mayOpen, mayDelegate, mayExportEducationReport } = access.data;
  const education = mayExportEducationReport ? (
    <Group gap="xs">
      <Button component="a" variant="default" href={educationHref(workspaceId, 'csv')} download>
        {t('activity.educationCsv')}
      </Button>
      <Button component="a" variant="default" href={educationHref(workspaceId, 'xlsx')} download>
        {t('activity.educationXlsx')}
      </Button>
    </Group>
  ) : null;
  if (!mayOpen) {
    return (
      <>
        {header}
        <div data-testid="activity-no-access">
          <EmptyState title={t('activity.noAccessTitle')} body={t('activity.noAccessBody')} action={education} />
        </div>
      </>
    );
  }
  if (!workspaceId) {
    return (
      <>
        {header}
        <EmptyState title={t('activity.noWorkspacesTitle')} body={t('activity.noWorkspacesBody')} />
      </>
    );
  }
  return (
    <>
      {header}
      <Tabs value={tab} onChange={(value) => value && set('tab', value)} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="overview">{t('activity.tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="additional">{t('activity.tabs.additional')}</Tabs.Tab>
          {mayDelegate ? (
            <Tabs.Tab value="access" data-testid="tab-access">
              {t('activity.tabs.access')}
            </Tabs.Tab>
          ) : null}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <Overview workspaceId={workspaceId} workspaceName={workspaceName} education={education} />
        </Tabs.Panel>
        <Tabs.Panel value="additional">
          <AdditionalCasesSection workspaceId={workspaceId} />
        </Tabs.Panel>
        {mayDelegate ? (
          <Tabs.Panel value="access">
            <AccessSection />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </>
  );
}

function Overview({
  workspaceId,
  workspaceName,
  education,
}: {
  workspaceId: string;
  workspaceName: string;
  education: React.ReactNode;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const enterprise = useEnterprise(workspaceId);
  const [drillDown, setDrillDown] = useState<string | null>(null);
  if (enterprise.isError) {
    return <LoadError error={enterprise.error} what={t('activity.loadFailed')} onRetry={enterprise.refetch} />;
  }
  const data = enterprise.data;
  const active = data?.agreements.filter((a) => a.active) ?? [];
  return (
    <Stack gap="xl">
      <section aria-labelledby="enterprise-title">
        <Title order={2} fz="lg" id="enterprise-title">
          {t('activity.enterprise')}
        </Title>
        <Text c="dimmed" size="sm" mb="sm">
          {t('activity.enterpriseHint')}
        </Text>
        <Title order={3} fz="md" mb={4}>
          {t('activity.activeAgreements')}
        </Title>
        {data && active.length === 0 ? <Text size="sm">{t('activity.noActiveAgreements')}</Text> : null}
        <Group gap="xs" mb="md">
          {active.map((a) => (
            <Badge key={a.id} variant="light" size="lg" tt="none">
              {a.number} · {a.name} ·{' '}
              {t('activity.period', { from: fmt.calendarDay(a.startsOn), to: fmt.calendarDay(a.endsOn) })}
            </Badge>
          ))}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {(data?.lines ?? []).map((line) => (
            <Card key={line.line} withBorder padding="md" data-testid={`line-${line.line}`}>
              <Text fw={600}>{t(`activity.lines.${line.line as keyof typeof enterpriseLines}`)}</Text>
              <Text size="xl" fw={700}>
                {fmt.number(line.consumed)} / {fmt.number(line.bought)}
              </Text>
              <Text size="sm" c="dimmed">
                {t('activity.usage', {
                  consumed: fmt.number(line.consumed),
                  bought: fmt.number(line.bought),
                  remaining: fmt.number(line.remaining),
                  unit: line.unit ?? '',
                })}
              </Text>
              <Group gap="xs" mt="xs">
                {enterpriseLines[line.line as keyof typeof enterpriseLines].map((category) => (
                  <Button
                    key={category}
                    size="xs"
                    variant="light"
                    onClick={() => setDrillDown(category)}
                    data-testid={`drill-${category}`}
                  >
                    {t('activity.detailsOf', { name: t(`activity.drillDowns.${category}`) })}
                  </Button>
                ))}
              </Group>
            </Card>
          ))}
          {!data ? <Skeleton h={120} /> : null}
        </SimpleGrid>
        <Group gap="xs" mt="sm">
          <Button size="xs" variant="subtle" onClick={() => setDrillDown('proactive_credits')}>
            {t('activity.detailsOf', { name: t('activity.drillDowns.proactive_credits') })}
          </Button>
        </Group>
      </section>
      {data ? (
        <AddOnSection key={workspaceId} agreements={data.agreements} onDrillDown={setDrillDown} />
      ) : (
        <Skeleton h={200} />
      )}
      {education ? (
        <section aria-labelledby="education-title">
          <Title order={2} fz="lg" id="education-title" mb="xs">
            {t('activity.educationReport')}
          </Title>
          {education}
        </section>
      ) : null}
      {data && data.agreements.length === 0 ? <Alert>{t('activity.noActiveAgreements')}</Alert> : null}
      <DrillDownDrawer
        workspaceId={workspaceId}
        workspaceName={workspaceName}
        drillDown={drillDown}
        onClose={() => setDrillDown(null)}
      />
    </Stack>
  );
}
