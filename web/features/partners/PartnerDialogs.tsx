/**
 * The dialogs of the Partners area (issue #10): add a partner with its first full administrator, and edit a
 * partner. Both are forms on the server's contracts (useContractForm); a tier 2 partner shows the distributor
 * picker. Server errors land next to the field they name: a taken e-mail on the administrator's e-mail, a
 * distributor that still has tier 2 partners on the tier.
 */
import {
  Alert,
  Button,
  Divider,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createPartnerRequest, updatePartnerRequest } from '../../../domain/contracts/partners.ts';
import { countries } from '../../../domain/reference-data.ts';
import { type PartnerTier, partnerTiers } from '../../../domain/roles.ts';
import { generalErrorOf, useContractForm } from '../../components/forms/useContractForm.ts';
import { countryName } from '../../i18n/format.ts';
import { createPartner, type PartnerDetail, partnersQueryKey, updatePartner, useDistributors } from './api.ts';

const timeZones = Intl.supportedValuesOf('timeZone');

function GeneralError({ error }: { error: string | null }) {
  return error ? (
    <Alert color="red" variant="light" role="alert">
      {error}
    </Alert>
  ) : null;
}

/** The choices of the organisation fields shared by both dialogs. */
function useChoices(exceptId?: string) {
  const { i18n } = useTranslation();
  const distributors = useDistributors();
  const countryOptions = useMemo(
    () =>
      countries
        .map((c) => ({ value: c.code, label: countryName(i18n.language, c.code) }))
        .sort((a, b) => a.label.localeCompare(b.label, i18n.language)),
    [i18n.language],
  );
  const distributorOptions = (distributors.data ?? [])
    .filter((d) => d.id !== exceptId)
    .map((d) => ({ value: d.id, label: d.name }));
  return { countryOptions, distributorOptions };
}

interface OrganisationValues {
  name: string;
  tier: PartnerTier;
  distributorId: string | null;
  country: string;
  timeZone: string;
  [key: string]: unknown;
}

/** Name, tier (with the distributor for tier 2), country and time zone. */
function OrganisationFields({
  values,
  field,
  onTier,
  onCountry,
  exceptId,
}: {
  values: OrganisationValues;
  field: (path: string) => GetInputPropsReturnType & { error?: string };
  onTier: (tier: PartnerTier) => void;
  onCountry: (code: string | null) => void;
  exceptId?: string;
}) {
  const { t } = useTranslation();
  const tierLabel = useId();
  const { countryOptions, distributorOptions } = useChoices(exceptId);
  const tierField = field('tier');
  return (
    <>
      <TextInput
        label={t('partners.fields.name')}
        {...field('name')}
        withAsterisk
        data-autofocus
        data-testid="partner-name"
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id={tierLabel}>
          {t('partners.fields.tier')}
        </Text>
        <SegmentedControl
          aria-labelledby={tierLabel}
          data={partnerTiers.map((tier) => ({ value: tier, label: t(`partnerTiers.${tier}`) }))}
          value={values.tier}
          onChange={(value) => onTier(value as PartnerTier)}
          data-path="tier"
          data-testid="partner-tier"
        />
        {tierField.error ? (
          <Text size="xs" c="red.8" role="alert">
            {tierField.error}
          </Text>
        ) : null}
      </Stack>
      {values.tier === 'tier2' ? (
        <Select
          label={t('partners.fields.distributor')}
          description={t('partners.fields.distributorHint')}
          data={distributorOptions}
          {...field('distributorId')}
          searchable
          withAsterisk
          nothingFoundMessage={t('partners.noDistributors')}
          comboboxProps={{ withinPortal: true }}
          data-testid="partner-distributor"
        />
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          label={t('partners.fields.country')}
          data={countryOptions}
          {...field('country')}
          onChange={onCountry}
          searchable
          withAsterisk
          comboboxProps={{ withinPortal: true }}
          data-testid="partner-country"
        />
        <Select
          label={t('partners.fields.timeZone')}
          data={timeZones}
          {...field('timeZone')}
          searchable
          withAsterisk
          limit={50}
          comboboxProps={{ withinPortal: true }}
          data-testid="partner-time-zone"
        />
      </SimpleGrid>
    </>
  );
}

const countryZone = (code: string | null) => countries.find((c) => c.code === code)?.timeZone ?? '';

export function AddPartnerDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { form, field, onSubmit, placeServerError } = useContractForm({
    schema: createPartnerRequest,
    initialValues: {
      name: '',
      tier: 'tier1' as PartnerTier,
      distributorId: null as string | null,
      country: '',
      timeZone: '',
      admin: { name: '', email: '' },
    },
  });
  const create = useMutation({
    mutationFn: createPartner,
    onSuccess: async (answer, request) => {
      notifications.show({
        color: 'brand',
        message: t('partners.created', { name: request.name, email: request.admin.email }),
      });
      await queryClient.invalidateQueries({ queryKey: partnersQueryKey });
      onClose();
      navigate(`/partners/${encodeURIComponent(answer.id)}`);
    },
    onError: (error) => placeServerError(error),
  });
  const values = form.getValues();
  return (
    <Modal opened onClose={onClose} title={t('partners.addTitle')} centered size="lg">
      <form noValidate onSubmit={onSubmit((request) => create.mutate(request))}>
        <Stack gap="md">
          <OrganisationFields
            values={values}
            field={field}
            onTier={(tier) => {
              form.setFieldValue('tier', tier);
              if (tier !== 'tier2') form.setFieldValue('distributorId', null);
            }}
            onCountry={(code) => {
              form.setFieldValue('country', code ?? '');
              if (!form.getValues().timeZone) form.setFieldValue('timeZone', countryZone(code));
            }}
          />
          <Divider label={t('partners.firstAdmin')} labelPosition="left" />
          <Text size="sm" c="dimmed">
            {t('partners.firstAdminHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('partners.fields.adminName')}
              {...field('admin.name')}
              withAsterisk
              data-testid="partner-admin-name"
            />
            <TextInput
              label={t('partners.fields.adminEmail')}
              type="email"
              {...field('admin.email')}
              withAsterisk
              data-testid="partner-admin-email"
            />
          </SimpleGrid>
          <GeneralError error={generalErrorOf(create.error, values, t('partners.errors.failed'))} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('partners.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="partner-submit">
              {t('partners.addSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function EditPartnerDialog({ partner, onClose }: { partner: PartnerDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { form, field, onSubmit, placeServerError } = useContractForm({
    schema: updatePartnerRequest,
    initialValues: {
      name: partner.name,
      tier: (partner.tier ?? 'tier1') as PartnerTier,
      distributorId: partner.distributor?.id ?? null,
      country: partner.country ?? '',
      timeZone: partner.timeZone,
    },
  });
  const save = useMutation({
    mutationFn: updatePartner,
    onSuccess: async (answer) => {
      notifications.show({ color: 'brand', message: t('partners.saved', { name: answer.name }) });
      await queryClient.invalidateQueries({ queryKey: partnersQueryKey });
      onClose();
    },
    onError: (error) => placeServerError(error),
  });
  const values = form.getValues();
  return (
    <Modal opened onClose={onClose} title={t('partners.editTitle', { name: partner.name })} centered size="lg">
      <form noValidate onSubmit={onSubmit((request) => save.mutate({ id: partner.id, ...request }))}>
        <Stack gap="md">
          <OrganisationFields
            values={values}
            field={field}
            exceptId={partner.id}
            onTier={(tier) => {
              form.setFieldValue('tier', tier);
              if (tier !== 'tier2') form.setFieldValue('distributorId', null);
            }}
            onCountry={(code) => form.setFieldValue('country', code ?? '')}
          />
          <GeneralError error={generalErrorOf(save.error, values, t('partners.errors.failed'))} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('partners.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="partner-save">
              {t('partners.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
