/**
 * Resources & help (RES-1, RES-2): quick links, featured resources and the partner helpdesk at the top, then all
 * resources with search and filters, and a partner user's own helpdesk cases. Vendor operators add, edit, feature
 * and retire resources here. Customers read the library too (the console sends them here when it fails).
 */
import { Button, Grid, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useSession } from '../auth/session.ts';
import { fetchResource, type Resource } from './api.ts';
import { HelpdeskCard, MySupportCases } from './HelpdeskPanel.tsx';
import { ResourceDialog } from './ResourceDialog.tsx';
import { ResourceLibrary } from './ResourceLibrary.tsx';
import { FeaturedResources, QuickLinks } from './ResourceShelves.tsx';

export default function ResourcesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('areas.resources.title'));
  const session = useSession();
  const mayManage = session.permissions.manageResources;
  const mayAsk = session.permissions.askHelpdesk && session.organisation.kind === 'partner';
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Resource | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const open = (resource: Resource | null) => {
    setEditing(resource);
    setDialogOpen(true);
  };

  return (
    <Stack gap="xl">
      <PageHeader
        title={t('areas.resources.title')}
        description={t('areas.resources.description')}
        actions={
          mayManage ? (
            <Button
              leftSection={<IconPlus size={16} aria-hidden="true" />}
              onClick={() => open(null)}
              data-testid="add-resource"
            >
              {t('resources.add')}
            </Button>
          ) : null
        }
      />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: mayAsk ? 8 : 12 }}>
          <Stack gap="xl">
            <QuickLinks />
            <FeaturedResources />
          </Stack>
        </Grid.Col>
        {mayAsk ? (
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <HelpdeskCard />
          </Grid.Col>
        ) : null}
      </Grid>
      <ResourceLibrary mayManage={mayManage} onEdit={async (id) => open(await fetchResource(queryClient, id))} />
      {mayAsk ? <MySupportCases /> : null}
      <ResourceDialog opened={dialogOpen} editing={editing} onClose={() => setDialogOpen(false)} />
    </Stack>
  );
}
