/**
 * Step 4: everything the request will say, where the consent request goes (TRI-5), and who sets up the services
 * once the customer accepts: the partner now, or the customer's administrator later (TRI-1).
 */
import { Alert, Group, Paper, Radio, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TrialOptions } from '../../../../domain/contracts/trials.ts';
import { countryName, useFormatters } from '../../../i18n/format.ts';
import { useProductName } from '../../catalogue/api.ts';
import { chosenServices, needsDevices, needsLicenceQuantity, needsMeetingSite, type WizardForm } from './state.ts';
import classes from './wizard.module.css';

export function ReviewStep({ form, options }: { form: WizardForm; options: TrialOptions }) {
  const { t, i18n } = useTranslation();
  const state = form.getValues();
  const fmt = useFormatters();
  const product = useProductName();
  const found = state.lookup?.found ? state.lookup : null;
  const email = state.kind === 'new' ? state.adminEmail.trim() : state.lookupEmail.trim();
  const country = options.countries.find((c) => c.code === state.country);
  const deviceTypes = options.deviceTypes.filter((d) => (state.deviceQuantities[d.id] ?? 0) > 0);

  const customerRows: [string, React.ReactNode][] = [
    [
      t('trials.wizard.review.customer'),
      <>
        <Text size="sm" fw={600}>
          {state.kind === 'new' ? state.companyName.trim() : found?.customer.name}
        </Text>
        <Text size="xs" c="dimmed">
          {state.kind === 'new' ? t('trials.wizard.review.newCustomer') : t('trials.wizard.review.existingCustomer')}
        </Text>
      </>,
    ],
    [t('trials.wizard.review.admin'), email],
  ];
  if (state.kind === 'new') {
    customerRows.push([t('trials.wizard.review.vertical'), state.vertical ?? '']);
    customerRows.push([
      t('trials.wizard.review.country'),
      country ? `${countryName(i18n.language, country.code)} · ${country.region}` : '',
    ]);
  }
  const trialRows: [string, React.ReactNode][] = [
    [
      t('trials.wizard.review.services'),
      chosenServices(state, options)
        .map((s) => product(s.id))
        .join(', '),
    ],
  ];
  if (needsLicenceQuantity(state, options) && typeof state.licenceQuantity === 'number') {
    trialRows.push([
      t('trials.wizard.review.licences'),
      t('trials.wizard.review.licencesEach', {
        count: state.licenceQuantity,
        quantity: fmt.number(state.licenceQuantity),
      }),
    ]);
  }
  trialRows.push([
    t('trials.wizard.review.duration'),
    t('trials.wizard.durationDays', { count: state.durationDays ?? 0 }),
  ]);
  if (needsMeetingSite(state, options)) {
    trialRows.push([
      t('trials.wizard.review.site'),
      <>
        <Text size="sm">{`https://${state.siteName.trim().toLowerCase()}${options.meetingSiteSuffix}`}</Text>
        <Text size="xs" c="dimmed">
          {state.timeZone}
        </Text>
      </>,
    ]);
  }
  if (needsDevices(state, options)) {
    trialRows.push([
      t('trials.wizard.review.devices'),
      state.deviceMode === 'ship'
        ? deviceTypes.map((d) => `${fmt.number(state.deviceQuantities[d.id] ?? 0)} × ${d.name}`).join(', ')
        : t('trials.wizard.review.noDevices', {
            reason: state.skipReason ? t(`trials.wizard.skip.${state.skipReason}`) : '',
          }),
    ]);
  }

  const startsAtOnce = state.kind === 'new' || (found?.paying ?? false);
  const notice =
    state.kind === 'new'
      ? t('trials.wizard.review.newCustomerStarts', { email })
      : found?.paying
        ? t('trials.wizard.review.paying')
        : t('trials.wizard.review.consent', { email });
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" data-testid="wizard-review">
        <ReviewTable rows={customerRows} />
        <ReviewTable rows={trialRows} />
      </SimpleGrid>
      <Alert variant="light" icon={<IconMail size={18} />} color={startsAtOnce ? 'teal' : 'brand'} py="xs">
        {notice}
      </Alert>
      <Radio.Group
        label={t('trials.wizard.done.question')}
        value={state.setup}
        onChange={(value) => form.setFieldValue('setup', value === 'now' ? 'now' : 'later')}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt={6}>
          <Radio.Card value="later" radius="md" p="sm" data-testid="setup-later">
            <SetupChoice label={t('trials.wizard.done.later')} help={t('trials.wizard.done.laterHelp')} />
          </Radio.Card>
          <Radio.Card value="now" radius="md" p="sm" data-testid="setup-now">
            <SetupChoice label={t('trials.wizard.done.setupNow')} help={t('trials.wizard.done.setupNowHelp')} />
          </Radio.Card>
        </SimpleGrid>
      </Radio.Group>
    </Stack>
  );
}

function ReviewTable({ rows }: { rows: [string, React.ReactNode][] }) {
  return (
    <Paper withBorder radius="md">
      <Table verticalSpacing={6} horizontalSpacing="sm">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th className={classes.reviewLabel} fw={500}>
                {label}
              </Table.Th>
              <Table.Td fz="sm">{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function SetupChoice({ label, help }: { label: string; help: string }) {
  return (
    <Group wrap="nowrap" align="flex-start" gap="sm">
      <Radio.Indicator mt={2} />
      <Stack gap={0}>
        <Text size="sm" fw={600}>
          {label}
        </Text>
        <Text size="xs" c="dimmed">
          {help}
        </Text>
      </Stack>
    </Group>
  );
}
