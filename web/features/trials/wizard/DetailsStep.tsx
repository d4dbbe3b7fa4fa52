/**
 * Step 3: what the chosen services need (TRI-1). Meetings Enterprise edition: a meeting site URL, unique across
 * customers (checked as one types a pause), and its time zone. Devices: how many of each type to ship (each type
 * ships once per trial, TRI-3), or why none ships.
 */
import {
  Loader,
  NumberInput,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCircleCheck, IconCircleX, IconDevices, IconVideo } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { checkMeetingSite } from '../api.ts';
import type { StepProps } from './StartTrialWizard.tsx';
import { needsDevices, needsMeetingSite, type SkipReason } from './state.ts';

const skipReasons: readonly SkipReason[] = ['own_devices', 'existing_devices', 'licences_only'];
const SITE_NAME = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;

export function DetailsStep(props: StepProps) {
  const { t } = useTranslation();
  const state = props.form.getValues();
  const site = needsMeetingSite(state, props.options);
  const devices = needsDevices(state, props.options);
  if (!site && !devices) {
    return (
      <Paper withBorder radius="md" p="lg">
        <Text size="sm" c="dimmed" ta="center">
          {t('trials.wizard.nothingToSetUp')}
        </Text>
      </Paper>
    );
  }
  return (
    <Stack gap="md">
      {site ? <MeetingSite {...props} /> : null}
      {devices ? <Devices {...props} /> : null}
    </Stack>
  );
}

function Section({ icon, title, children }: { icon: React.ReactNode; title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={3} fz="sm" fw={700} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <ThemeIcon size={26} radius="md" variant="light" aria-hidden="true">
            {icon}
          </ThemeIcon>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function MeetingSite({ form, field, options, errorOf }: StepProps) {
  const { t } = useTranslation();
  const state = form.getValues();
  const name = state.siteName.trim().toLowerCase();
  const [debounced] = useDebouncedValue(name, 400);
  const availability = useQuery({
    queryKey: ['trials', 'meeting-site', debounced],
    queryFn: ({ signal }) => checkMeetingSite(debounced, signal),
    enabled: SITE_NAME.test(debounced),
    staleTime: 10_000,
  });
  const checked = availability.data && availability.data.name === name ? availability.data : null;
  const taken = checked?.available === false;
  return (
    <Section icon={<IconVideo size={16} />} title={t('trials.wizard.meetingSite')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t('trials.wizard.siteUrl')}
          description={t('trials.wizard.siteUrlHelp')}
          {...field('siteName')}
          leftSection={
            <Text size="sm" c="dimmed" pl={6}>
              https://
            </Text>
          }
          leftSectionWidth={64}
          rightSection={
            <Text size="sm" c="dimmed" pr={8} style={{ whiteSpace: 'nowrap' }}>
              {options.meetingSiteSuffix}
            </Text>
          }
          rightSectionWidth={options.meetingSiteSuffix.length * 7.4 + 16}
          error={errorOf('siteName') ?? (taken ? t('trials.wizard.siteTaken') : undefined)}
          withAsterisk
          data-testid="wizard-site"
        />
        <Select
          label={t('trials.wizard.timeZone')}
          data={options.timeZones}
          {...field('timeZone')}
          searchable
          limit={200}
          withAsterisk
          comboboxProps={{ withinPortal: true }}
          data-testid="wizard-time-zone"
        />
      </SimpleGrid>
      {SITE_NAME.test(name) ? (
        <Text size="xs" c={taken ? 'red' : 'dimmed'} style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
          {availability.isFetching || !checked ? (
            <Loader size={12} />
          ) : taken ? (
            <IconCircleX size={14} aria-hidden="true" />
          ) : (
            <IconCircleCheck size={14} color="var(--mantine-color-teal-7)" aria-hidden="true" />
          )}
          {checked
            ? t(taken ? 'trials.wizard.siteTakenUrl' : 'trials.wizard.siteAvailable', { url: checked.url })
            : t('trials.wizard.siteChecking')}
        </Text>
      ) : null}
    </Section>
  );
}

function Devices({ form, options, errorOf }: StepProps) {
  const { t } = useTranslation();
  const state = form.getValues();
  const error = errorOf('deviceMode');
  // The section's error is about all of it: any choice in it may settle it, so any choice clears it.
  const choose = <K extends 'deviceMode' | `deviceQuantities.${string}` | 'skipReason'>(path: K, value: unknown) => {
    form.setFieldValue(path, value as never);
    form.clearFieldError('deviceMode');
  };
  return (
    <Section icon={<IconDevices size={16} />} title={t('trials.wizard.devices')}>
      <Radio.Group
        value={state.deviceMode}
        onChange={(value) => choose('deviceMode', value === 'skip' ? 'skip' : 'ship')}
        aria-label={t('trials.wizard.devices')}
        data-path="deviceMode"
      >
        <Stack gap="sm">
          <Radio value="ship" label={t('trials.wizard.shipDevices')} description={t('trials.wizard.shipDevicesHelp')} />
          {state.deviceMode === 'ship' ? (
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" pl={32} data-testid="wizard-device-types">
              {options.deviceTypes.map((type) => (
                <NumberInput
                  key={type.id}
                  label={type.name}
                  value={state.deviceQuantities[type.id] ?? 0}
                  onChange={(value) => choose(`deviceQuantities.${type.id}`, typeof value === 'number' ? value : 0)}
                  min={0}
                  max={options.maxDevicesPerType}
                  allowDecimal={false}
                  allowNegative={false}
                  data-testid={`device-${type.id}`}
                />
              ))}
            </SimpleGrid>
          ) : null}
          <Radio value="skip" label={t('trials.wizard.skipDevices')} data-testid="wizard-skip-devices" />
          {state.deviceMode === 'skip' ? (
            <Radio.Group
              pl={32}
              value={state.skipReason}
              onChange={(value) => choose('skipReason', value as SkipReason)}
              label={t('trials.wizard.skipReason')}
            >
              <Stack gap={8} mt={6}>
                {skipReasons.map((reason) => (
                  <Radio key={reason} value={reason} label={t(`trials.wizard.skip.${reason}`)} size="sm" />
                ))}
              </Stack>
            </Radio.Group>
          ) : null}
        </Stack>
      </Radio.Group>
      {error ? (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      ) : null}
    </Section>
  );
}
