/**
 * The "Customer statuses" section of Settings (CUS-2): how many days ahead a subscription or trial counts as
 * "Expiring soon", and after how many days without a customer administrator's sign-in a customer shows "No recent
 * activity". Full administrators change them (the server checks: organisations.policy.ts); others read them.
 */
import { Button, Group, NumberInput, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type OrganisationSettings,
  type UpdateOrganisationSettingsRequest,
  updateOrganisationSettingsRequest,
} from '../../../domain/contracts/organisations.ts';
import { api } from '../../api/client.ts';
import { generalErrorOf, useContractForm } from '../../components/forms/useContractForm.ts';
import { LoadError } from '../../components/LoadError.tsx';

const fields = ['expiringSoonDays', 'noRecentActivityDays'] as const;
const serverFieldPath = (field: string) => fields.find((f) => field.endsWith(f)) ?? null;

export function StatusThresholdsSection({ organisationId, mayChange }: { organisationId: string; mayChange: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const url = `/api/v1/organisations/${encodeURIComponent(organisationId)}/settings`;
  const queryKey = ['organisation-settings', organisationId];
  const settings = useQuery({ queryKey, queryFn: ({ signal }) => api.get<OrganisationSettings>(url, { signal }) });
  const { form, field, onSubmit, placeServerError } = useContractForm({
    schema: updateOrganisationSettingsRequest,
    initialValues: { expiringSoonDays: '' as number | '', noRecentActivityDays: '' as number | '' },
  });
  const { setValues } = form;
  useEffect(() => {
    if (settings.data) setValues(settings.data);
  }, [settings.data, setValues]);
  const save = useMutation({
    mutationFn: (request: UpdateOrganisationSettingsRequest) => api.patch<OrganisationSettings>(url, request),
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKey, saved);
      notifications.show({ color: 'brand', message: t('statusSettings.saved') });
      // Every list, KPI and export shows the statuses under the new thresholds.
      await queryClient.invalidateQueries({ queryKey: ['customers'] });
    },
    // The server names a settings field by its place in the body (`expiringSoonDays` or `body.expiringSoonDays`).
    onError: (error) => placeServerError(error, serverFieldPath),
  });
  const values = form.getValues();
  const changed = settings.data ? fields.some((f) => Number(values[f]) !== settings.data[f]) : false;

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
        <form noValidate onSubmit={onSubmit((request) => save.mutate(request))}>
          <Group align="flex-start" gap="lg" wrap="wrap">
            {fields.map((name) => (
              <NumberInput
                key={name}
                label={t(`statusSettings.${name}.label`)}
                description={t(`statusSettings.${name}.hint`)}
                {...field(name)}
                min={1}
                max={365}
                allowDecimal={false}
                suffix={` ${t('statusSettings.days')}`}
                readOnly={!mayChange}
                w={300}
                data-testid={`setting-${name}`}
              />
            ))}
          </Group>
          {mayChange ? (
            <Group mt="md">
              <Button type="submit" loading={save.isPending} disabled={!changed} data-testid="save-status-settings">
                {t('statusSettings.save')}
              </Button>
              {generalErrorOf(save.error, values, t('statusSettings.failed'), serverFieldPath) ? (
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
