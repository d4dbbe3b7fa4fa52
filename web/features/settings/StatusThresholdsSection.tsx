/**
 * The "Customer statuses" section of Settings (CUS-2): how many days ahead a subscription or trial counts as
 * "Expiring soon", and after how many days without a customer administrator's sign-in a customer shows "No recent
 * activity". Full administrators change them (the server checks: organisations.policy.ts); others read them.
 */
import { Button, Group, NumberInput, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationSettings } from '../../../domain/contracts/organisations.ts';
import { api, isApiError } from '../../api/client.ts';
import { LoadError } from '../../components/LoadError.tsx';

const fields = ['expiringSoonDays', 'noRecentActivityDays'] as const;
type Field = (typeof fields)[number];

export function StatusThresholdsSection({ organisationId, mayChange }: { organisationId: string; mayChange: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const url = `/api/v1/organisations/${encodeURIComponent(organisationId)}/settings`;
  const queryKey = ['organisation-settings', organisationId];
  const settings = useQuery({ queryKey, queryFn: ({ signal }) => api.get<OrganisationSettings>(url, { signal }) });
  const [draft, setDraft] = useState<Record<Field, number | string>>({
    expiringSoonDays: '',
    noRecentActivityDays: '',
  });
  useEffect(() => {
    if (settings.data) setDraft(settings.data);
  }, [settings.data]);
  const save = useMutation({
    mutationFn: () => api.patch<OrganisationSettings>(url, draft),
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKey, saved);
      notifications.show({ color: 'brand', message: t('statusSettings.saved') });
      // Every list, KPI and export shows the statuses under the new thresholds.
      await queryClient.invalidateQueries({ queryKey: ['customers'] });
    },
  });
  const fieldError = (field: Field) =>
    isApiError(save.error) && save.error.field?.endsWith(field) ? save.error.message : undefined;
  const changed = settings.data ? fields.some((f) => Number(draft[f]) !== settings.data[f]) : false;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="status-settings-title">
      <Stack gap={4} mb="md">
        <Group gap={8}>
          <IconAdjustmentsHorizontal size={20} stroke={1.7} aria-hidden="true" />
          <Title order={2} fz="lg" id="status-settings-title">
            {t('statusSettings.title')}
          </Title>
        </Group>
        <Text size="sm" c="dimmed" maw={720}>
          {t('statusSettings.description')}
        </Text>
      </Stack>
      {settings.isPending ? <Skeleton height={120} radius="sm" /> : null}
      {settings.isError ? (
        <LoadError error={settings.error} what={t('statusSettings.title')} onRetry={() => settings.refetch()} />
      ) : null}
      {settings.data ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate();
          }}
        >
          <Group align="flex-start" gap="lg" wrap="wrap">
            {fields.map((field) => (
              <NumberInput
                key={field}
                label={t(`statusSettings.${field}.label`)}
                description={t(`statusSettings.${field}.hint`)}
                value={draft[field]}
                onChange={(value) => setDraft((d) => ({ ...d, [field]: value }))}
                min={1}
                max={365}
                allowDecimal={false}
                suffix={` ${t('statusSettings.days')}`}
                readOnly={!mayChange}
                error={fieldError(field)}
                w={300}
                data-testid={`setting-${field}`}
              />
            ))}
          </Group>
          {mayChange ? (
            <Group mt="md">
              <Button type="submit" loading={save.isPending} disabled={!changed} data-testid="save-status-settings">
                {t('statusSettings.save')}
              </Button>
              {save.isError && !fieldError('expiringSoonDays') && !fieldError('noRecentActivityDays') ? (
                <Text size="sm" c="red" role="alert">
                  {t('statusSettings.failed')}
                </Text>
              ) : null}
            </Group>
          ) : (
            <Text size="sm" mt="md" data-testid="status-settings-read-only">
              {t('statusSettings.onlyFullAdmins')}
            </Text>
          )}
        </form>
      ) : null}
    </Paper>
  );
}
