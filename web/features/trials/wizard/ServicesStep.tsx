/**
 * Step 2: the services as checkbox cards (a service the customer cannot trial says so, TRI-4), the licence quantity
 * (every chosen service except Devices, TRI-1) and the duration.
 */
import { Checkbox, Group, NumberInput, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useProductName } from '../../catalogue/api.ts';
import type { StepProps } from './StartTrialWizard.tsx';
import { needsLicenceQuantity } from './state.ts';
import classes from './wizard.module.css';

export function ServicesStep({ form, field, options, errorOf }: StepProps) {
  const { t } = useTranslation();
  const state = form.getValues();
  const product = useProductName();
  // TRI-4: for an existing customer, only what it has not bought and nobody else is trialling.
  const choosable = state.lookup?.found ? new Set(state.lookup.choosableServices.map((s) => s.serviceId)) : null;
  const toggle = (id: string, checked: boolean) =>
    form.setFieldValue('services', checked ? [...state.services, id] : state.services.filter((s) => s !== id));
  const parentName = (id: string | null) => (id ? product(id) : null);
  const servicesError = errorOf('services');
  const onlyDevices = state.services.length > 0 && !needsLicenceQuantity(state, options);

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Group justify="space-between" align="baseline">
          <Text size="sm" fw={500} id="wizard-services-label">
            {t('trials.wizard.services')}{' '}
            <Text span c="red" aria-hidden="true">
              *
            </Text>
          </Text>
          <Text size="xs" c="dimmed">
            {t('trials.wizard.servicesHelp')}
          </Text>
        </Group>
        <SimpleGrid
          cols={{ base: 1, xs: 2, md: 3 }}
          spacing="sm"
          role="group"
          aria-labelledby="wizard-services-label"
          data-testid="wizard-services"
          data-path="services"
        >
          {options.services.map((service) => {
            const unavailable = choosable !== null && !choosable.has(service.id);
            const checked = state.services.includes(service.id);
            const parent = parentName(service.parentServiceId);
            return (
              <Checkbox.Card
                key={service.id}
                className={classes.serviceCard}
                radius="md"
                checked={checked}
                disabled={unavailable}
                onChange={(next) => toggle(service.id, next)}
                data-testid={`service-${service.id}`}
              >
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Checkbox.Indicator disabled={unavailable} mt={2} />
                  <Stack gap={2}>
                    <Text fw={600} size="sm">
                      {product(service.id)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {parent ? `${parent} · ` : ''}
                      {service.isDevice
                        ? t('trials.wizard.deviceUnit')
                        : t('trials.wizard.licenceUnit', { unit: service.licenceUnit })}
                    </Text>
                    {unavailable ? (
                      <Text size="xs" c="orange" fw={500}>
                        {t('trials.wizard.notAvailable')}
                      </Text>
                    ) : null}
                  </Stack>
                </Group>
              </Checkbox.Card>
            );
          })}
        </SimpleGrid>
        {servicesError ? (
          <Text size="sm" c="red" role="alert">
            {servicesError}
          </Text>
        ) : null}
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <NumberInput
          label={t('trials.wizard.licenceQuantity')}
          description={t('trials.wizard.licenceQuantityHelp')}
          {...field('licenceQuantity')}
          onChange={(value) => form.setFieldValue('licenceQuantity', typeof value === 'number' ? value : '')}
          min={1}
          max={options.maxLicenceQuantity}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=" "
          disabled={onlyDevices}
          withAsterisk
          maw={340}
          data-testid="wizard-quantity"
        />
        <Stack gap={6} data-path="durationDays">
          <Text size="sm" fw={500} id="wizard-duration-label">
            {t('trials.wizard.duration')}
          </Text>
          <SegmentedControl
            aria-labelledby="wizard-duration-label"
            value={String(state.durationDays ?? '')}
            onChange={(value) => form.setFieldValue('durationDays', Number(value))}
            data={options.durations.map((d) => ({
              value: String(d),
              label: t('trials.wizard.durationDays', { count: d }),
            }))}
            data-testid="wizard-duration"
            w="fit-content"
          />
          <Text size="xs" c={errorOf('durationDays') ? 'red' : 'dimmed'}>
            {errorOf('durationDays') ??
              t(state.kind === 'new' ? 'trials.wizard.durationHelpNew' : 'trials.wizard.durationHelp')}
          </Text>
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
