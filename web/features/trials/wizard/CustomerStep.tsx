/**
 * Step 1 of the wizard: a new customer (TRI-1: name, admin e-mail, vertical, country with its data-residency
 * region, supported-location acknowledgement) or an existing one found by an administrator's e-mail (TRI-4:
 * the partner confirms the organisation; an unknown e-mail says so and offers a way back).
 */
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
} from '@mantine/core';
import { IconBuilding, IconCircleCheck, IconMapPin, IconSearch, IconSearchOff } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { countryName } from '../../../i18n/format.ts';
import { lookupCustomer } from '../api.ts';
import type { StepProps } from './StartTrialWizard.tsx';
import { isEmail } from './state.ts';

interface Props extends StepProps {
  /** Opened for one customer: the kind is fixed. */
  fixedCustomer: boolean;
}

export function CustomerStep({ form, field, options, errorOf, fixedCustomer }: Props) {
  const { t } = useTranslation();
  const state = form.getValues();
  return (
    <Stack gap="md">
      {fixedCustomer ? null : (
        <Stack gap={6}>
          <Text size="sm" fw={500} id="trial-customer-kind">
            {t('trials.wizard.customerKind')}
          </Text>
          <SegmentedControl
            aria-labelledby="trial-customer-kind"
            value={state.kind}
            onChange={(value) => form.setFieldValue('kind', value === 'existing' ? 'existing' : 'new')}
            data={[
              { value: 'new', label: t('trials.wizard.newCustomer') },
              { value: 'existing', label: t('trials.wizard.existingCustomer') },
            ]}
            data-testid="wizard-kind"
            w={{ base: '100%', sm: 420 }}
          />
        </Stack>
      )}
      {state.kind === 'new' ? (
        <NewCustomerFields form={form} field={field} options={options} />
      ) : (
        <ExistingCustomerFields form={form} field={field} errorOf={errorOf} />
      )}
    </Stack>
  );
}

function NewCustomerFields({ form, field, options }: Pick<Props, 'form' | 'field' | 'options'>) {
  const { t, i18n } = useTranslation();
  const state = form.getValues();
  const countries = useMemo(
    () =>
      options.countries
        .map((c) => ({ value: c.code, label: countryName(i18n.language, c.code) }))
        .sort((a, b) => a.label.localeCompare(b.label, i18n.language)),
    [options.countries, i18n.language],
  );
  const country = options.countries.find((c) => c.code === state.country);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        <TextInput
          label={t('trials.wizard.companyName')}
          {...field('companyName')}
          withAsterisk
          data-autofocus
          maxLength={200}
          data-testid="wizard-company"
        />
        <TextInput
          label={t('trials.wizard.adminEmail')}
          description={t('trials.wizard.adminEmailHelp')}
          type="email"
          {...field('adminEmail')}
          withAsterisk
          data-testid="wizard-admin-email"
        />
        <Select
          label={t('trials.wizard.vertical')}
          description={t('trials.wizard.verticalHelp')}
          placeholder={t('trials.wizard.verticalPlaceholder')}
          data={options.verticals}
          {...field('vertical')}
          searchable
          nothingFoundMessage="—"
          withAsterisk
          comboboxProps={{ withinPortal: true }}
          data-testid="wizard-vertical"
        />
        <Select
          label={t('trials.wizard.country')}
          placeholder={t('trials.wizard.countryPlaceholder')}
          data={countries}
          {...field('country')}
          searchable
          nothingFoundMessage="—"
          withAsterisk
          comboboxProps={{ withinPortal: true }}
          data-testid="wizard-country"
        />
      </SimpleGrid>
      {country ? (
        <Group gap={8} wrap="nowrap" data-testid="wizard-region">
          <IconMapPin size={16} aria-hidden="true" />
          <Text size="sm" fw={600}>
            {t('trials.wizard.region', { region: country.region })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('trials.wizard.regionHelp')}
          </Text>
        </Group>
      ) : null}
      <Checkbox
        mt={4}
        label={t('trials.wizard.supportedLocation')}
        {...field('supportedLocation', { type: 'checkbox' })}
        data-testid="wizard-supported-location"
      />
    </Stack>
  );
}

function ExistingCustomerFields({ form, field, errorOf }: Pick<Props, 'form' | 'field' | 'errorOf'>) {
  const { t } = useTranslation();
  const state = form.getValues();
  const lookup = useMutation({
    mutationFn: lookupCustomer,
    onSuccess: (answer) => form.setValues({ lookup: answer, confirmed: false, services: [] }),
  });
  const emailOk = isEmail(state.lookupEmail);
  const find = () => {
    if (emailOk) lookup.mutate(state.lookupEmail.trim());
  };
  const answer = state.lookup;
  const confirmError = errorOf('confirmed');
  const lookupError = lookup.error
    ? isApiError(lookup.error)
      ? lookup.error.message
      : t('trials.wizard.errors.unexpected')
    : null;

  if (answer && !answer.found) {
    return (
      <Paper withBorder radius="md" p="lg" data-testid="lookup-not-found">
        <Stack align="center" gap="xs">
          <ThemeIcon size={48} radius="xl" variant="light" color="gray" aria-hidden="true">
            <IconSearchOff size={24} stroke={1.6} />
          </ThemeIcon>
          <Text fw={600}>{t('trials.wizard.notFoundTitle')}</Text>
          <Text size="sm" c="dimmed" ta="center" maw={460}>
            {t('trials.wizard.notFoundBody', { email: state.lookupEmail.trim() })}
          </Text>
          <Group gap="sm" mt="xs">
            <Button variant="default" onClick={() => form.setFieldValue('lookup', null)} data-testid="lookup-back">
              {t('trials.wizard.tryAgain')}
            </Button>
            <Button
              variant="light"
              onClick={() => form.setValues({ lookup: null, kind: 'new', adminEmail: state.lookupEmail.trim() })}
            >
              {t('trials.wizard.startForNew')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    );
  }

  if (answer?.found) {
    const { customer } = answer;
    return (
      <Paper withBorder radius="md" p="md" data-testid="lookup-found" data-path="confirmed">
        <Stack gap="sm">
          <Text size="sm" fw={600}>
            {state.confirmed ? t('trials.wizard.confirmed') : t('trials.wizard.found')}
          </Text>
          <Group gap="md" wrap="nowrap" align="flex-start">
            <ThemeIcon
              size={44}
              radius="md"
              variant="light"
              color={state.confirmed ? 'teal' : 'brand'}
              aria-hidden="true"
            >
              {state.confirmed ? <IconCircleCheck size={24} /> : <IconBuilding size={24} />}
            </ThemeIcon>
            <Stack gap={2}>
              <Text fw={700} size="lg" data-testid="lookup-name">
                {customer.name}
              </Text>
              <Text size="sm" c="dimmed">
                {state.lookupEmail.trim()}
              </Text>
            </Stack>
          </Group>
          <Group gap="sm">
            {state.confirmed ? null : (
              <Button onClick={() => form.setFieldValue('confirmed', true)} data-testid="lookup-confirm">
                {t('trials.wizard.confirmOrganisation')}
              </Button>
            )}
            <Button variant="default" onClick={() => form.setValues({ lookup: null, confirmed: false, services: [] })}>
              {t('trials.wizard.changeOrganisation')}
            </Button>
          </Group>
          {confirmError && !state.confirmed ? (
            <Text size="sm" c="red" role="alert">
              {confirmError}
            </Text>
          ) : null}
        </Stack>
      </Paper>
    );
  }

  const emailField = field('lookupEmail');
  return (
    <Stack gap="sm" data-path="confirmed">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          find();
        }}
      >
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            maw={420}
            label={t('trials.wizard.lookupEmail')}
            description={t('trials.wizard.lookupHelp')}
            type="email"
            {...emailField}
            error={emailField.error ?? (state.lookupEmail !== '' && !emailOk ? t('forms.errors.email') : undefined)}
            withAsterisk
            data-autofocus
            data-testid="lookup-email"
          />
          <Button
            type="submit"
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            loading={lookup.isPending}
            disabled={!emailOk}
            data-testid="lookup-submit"
          >
            {t('trials.wizard.lookup')}
          </Button>
        </Group>
      </form>
      {lookupError ? (
        <Alert color="red" variant="light" role="alert">
          {lookupError}
        </Alert>
      ) : null}
      {confirmError ? (
        <Text size="sm" c="red" role="alert">
          {confirmError}
        </Text>
      ) : null}
    </Stack>
  );
}
