/**
 * The start-trial wizard (UI.md "Start trial wizard", TRI-1, TRI-4, TRI-10): Customer → Services → Details →
 * Review, with a progress indicator, on one @mantine/form. Each step is checked before the next and focus goes to
 * its first invalid field; a 400 from the server naming a field takes the user back to the step of that field and
 * shows the message on it.
 */
import { Alert, Button, Group, Modal, Stack, Stepper, Text, ThemeIcon, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { StartTrialResponse, TrialOptions } from '../../../../domain/contracts/trials.ts';
import { isApiError } from '../../../api/client.ts';
import { type FieldErrorKey, withoutFieldPrefix } from '../../../components/forms/fieldErrors.ts';
import { focusFirstField } from '../../../components/forms/useContractForm.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageSkeleton } from '../../../components/PageSkeleton.tsx';
import { consolePath, customerPath } from '../../customers/detail/paths.ts';
import {
  lookupCustomer,
  refreshAfterTrialChange,
  startTrialForExistingCustomer,
  startTrialForNewCustomer,
  useTrialOptions,
} from '../api.ts';
import { CustomerStep } from './CustomerStep.tsx';
import { DetailsStep } from './DetailsStep.tsx';
import { ReviewStep } from './ReviewStep.tsx';
import { ServicesStep } from './ServicesStep.tsx';
import {
  existingCustomerRequest,
  initialState,
  newCustomerRequest,
  type ProblemField,
  STEP_ERROR_PREFIX,
  type Step,
  stepErrors,
  stepOfServerField,
  steps,
  type WizardForm,
  type WizardState,
} from './state.ts';

/** What every step gets: the wizard's form, an input's props with its translated error, and a field's error. */
export interface StepProps {
  form: WizardForm;
  field: (
    path: ProblemField,
    options?: { type?: 'input' | 'checkbox' },
  ) => ReturnType<WizardForm['getInputProps']> & { error: string | undefined };
  options: TrialOptions;
  errorOf: (field: ProblemField) => string | undefined;
}

export interface WizardCustomer {
  id: string;
  name: string;
  adminEmail: string | null;
}

interface StartTrialWizardProps {
  opened: boolean;
  onClose: () => void;
  /** Started from a customer's page: the trial is for this existing customer. */
  customer?: WizardCustomer;
}

export default function StartTrialWizard({ opened, onClose, customer }: StartTrialWizardProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      opened={opened}
      onClose={() => !busy && onClose()}
      title={
        <Text fw={700} size="lg">
          {customer ? t('trials.wizard.titleFor', { customer: customer.name }) : t('trials.wizard.title')}
        </Text>
      }
      size={900}
      centered
      closeButtonProps={{ 'aria-label': t('trials.wizard.close') }}
      data-testid="start-trial-wizard"
    >
      {opened ? <WizardBody onClose={onClose} customer={customer} onBusy={setBusy} /> : null}
    </Modal>
  );
}

function WizardBody({
  onClose,
  customer,
  onBusy,
}: {
  onClose: () => void;
  customer?: WizardCustomer;
  onBusy: (busy: boolean) => void;
}) {
  const { t } = useTranslation();
  const options = useTrialOptions();
  if (options.isPending) return <PageSkeleton />;
  if (options.isError) {
    return <LoadError error={options.error} what={t('trials.wizard.title')} onRetry={() => options.refetch()} />;
  }
  return <Wizard options={options.data} onClose={onClose} customer={customer} onBusy={onBusy} />;
}

function Wizard({
  options,
  onClose,
  customer,
  onBusy,
}: {
  options: TrialOptions;
  onClose: () => void;
  customer?: WizardCustomer;
  onBusy: (busy: boolean) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // One form across the steps: each step checks its own fields on Next, and Back keeps every value.
  const form = useForm<WizardState>({ mode: 'controlled', initialValues: initialState(customer) });
  const values = form.getValues();
  const [active, setActive] = useState(0);
  const [result, setResult] = useState<StartTrialResponse | null>(null);
  // Focus goes to the first invalid field once the step showing it has rendered.
  const [focusPending, setFocusPending] = useState<string[] | null>(null);
  const { getInputNode } = form;
  useEffect(() => {
    if (!focusPending) return;
    focusFirstField(focusPending.map((path) => getInputNode(path)));
    setFocusPending(null);
  }, [focusPending, getInputNode]);

  // From a customer's page the organisation is known: look it up at once, the partner still confirms it (TRI-4).
  const prefilledEmail = customer?.adminEmail ?? null;
  const { getValues, setFieldValue } = form;
  useEffect(() => {
    if (!prefilledEmail) return;
    let live = true;
    lookupCustomer(prefilledEmail)
      .then((lookup) => live && !getValues().lookup && setFieldValue('lookup', lookup))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [prefilledEmail, getValues, setFieldValue]);

  const step = steps[Math.min(active, steps.length - 1)] ?? 'customer';
  const errorOf = (field: ProblemField): string | undefined => {
    const error = form.errors[field];
    if (typeof error !== 'string') return undefined;
    if (!error.startsWith(STEP_ERROR_PREFIX)) return error;
    return t(error as `forms.errors.${FieldErrorKey}`, { min: 1, max: options.maxLicenceQuantity });
  };
  const field = (path: ProblemField, inputOptions?: { type?: 'input' | 'checkbox' }) => {
    const error = errorOf(path);
    return { ...form.getInputProps(path, inputOptions), error, 'aria-invalid': error ? true : undefined };
  };

  const start = useMutation({
    mutationFn: async () => {
      if (values.kind === 'new') return startTrialForNewCustomer(newCustomerRequest(values, options));
      if (!values.lookup?.found) throw new Error('no organisation confirmed');
      return startTrialForExistingCustomer(existingCustomerRequest(values, options));
    },
    onMutate: () => onBusy(true),
    onSettled: () => onBusy(false),
    onSuccess: async (answer) => {
      setResult(answer);
      setActive(steps.length);
      await refreshAfterTrialChange(queryClient, answer.customerId);
    },
    onError: (error) => {
      if (!isApiError(error)) return;
      const placed = stepOfServerField(error.field);
      if (!placed) return;
      const path = values.kind === 'existing' && placed.field === 'adminEmail' ? 'lookupEmail' : placed.field;
      form.setFieldError(path, withoutFieldPrefix(error.message, error.field));
      setActive(steps.indexOf(placed.step));
      setFocusPending([path]);
    },
  });

  /** Sets the step's errors; true when it has none. */
  const check = (checked: Step) => {
    const errors = stepErrors(checked, form.getValues(), options);
    form.setErrors(errors);
    const invalid = Object.keys(errors);
    if (invalid.length > 0) setFocusPending(invalid);
    return invalid.length === 0;
  };
  const next = () => {
    if (check(step)) setActive((a) => a + 1);
  };
  // Back keeps the values; the errors of the step left are checked again when it is next left.
  const backTo = (index: number) => {
    form.clearErrors();
    setActive(index);
  };
  const send = () => {
    const firstBad = steps.find((s) => Object.keys(stepErrors(s, form.getValues(), options)).length > 0);
    if (!firstBad) {
      start.mutate();
      return;
    }
    setActive(steps.indexOf(firstBad));
    check(firstBad);
  };

  const generalError =
    start.error && !(isApiError(start.error) && stepOfServerField(start.error.field))
      ? isApiError(start.error)
        ? start.error.message
        : t('trials.wizard.errors.unexpected')
      : null;

  if (result) {
    return (
      <Done
        result={result}
        email={values.kind === 'new' ? values.adminEmail.trim() : values.lookupEmail.trim()}
        isNew={values.kind === 'new'}
        onClose={onClose}
        onOpen={(path) => {
          onClose();
          navigate(path);
        }}
      />
    );
  }

  const stepProps = { form, field, options, errorOf };
  return (
    <Stack gap="lg">
      <Stepper
        active={active}
        onStepClick={(index) => index < active && backTo(index)}
        allowNextStepsSelect={false}
        size="sm"
        iconSize={32}
      >
        <Stepper.Step
          label={t('trials.wizard.steps.customer')}
          description={t('trials.wizard.steps.customerDescription')}
        >
          <CustomerStep {...stepProps} fixedCustomer={customer !== undefined} />
        </Stepper.Step>
        <Stepper.Step
          label={t('trials.wizard.steps.services')}
          description={t('trials.wizard.steps.servicesDescription')}
        >
          <ServicesStep {...stepProps} />
        </Stepper.Step>
        <Stepper.Step
          label={t('trials.wizard.steps.details')}
          description={t('trials.wizard.steps.detailsDescription')}
        >
          <DetailsStep {...stepProps} />
        </Stepper.Step>
        <Stepper.Step label={t('trials.wizard.steps.review')} description={t('trials.wizard.steps.reviewDescription')}>
          <ReviewStep form={form} options={options} />
        </Stepper.Step>
      </Stepper>
      {generalError ? (
        <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle size={18} />}>
          {generalError}
        </Alert>
      ) : null}
      {Object.keys(form.errors).length > 0 ? (
        <Text size="sm" c="red" ta="right" role="status">
          {t('trials.wizard.errors.fixBefore')}
        </Text>
      ) : null}
      <Group justify="space-between">
        <Button variant="subtle" color="gray" onClick={onClose} disabled={start.isPending}>
          {t('trials.wizard.cancel')}
        </Button>
        <Group gap="sm">
          {active > 0 ? (
            <Button variant="default" onClick={() => backTo(active - 1)} disabled={start.isPending}>
              {t('trials.wizard.back')}
            </Button>
          ) : null}
          {step === 'review' ? (
            <Button onClick={send} loading={start.isPending} data-testid="wizard-send">
              {t('trials.wizard.send')}
            </Button>
          ) : (
            <Button onClick={next} data-testid="wizard-next">
              {t('trials.wizard.next')}
            </Button>
          )}
        </Group>
      </Group>
    </Stack>
  );
}

function Done({
  result,
  email,
  isNew,
  onClose,
  onOpen,
}: {
  result: StartTrialResponse;
  email: string;
  isNew: boolean;
  onClose: () => void;
  onOpen: (path: string) => void;
}) {
  const { t } = useTranslation();
  const { trial } = result;
  useEffect(() => {
    notifications.show({ color: 'teal', message: t('trials.wizard.done.toast', { number: trial.number }) });
  }, [t, trial.number]);
  const waiting = trial.state === 'pending_consent';
  return (
    <Stack align="center" gap="sm" py="md" data-testid="wizard-done">
      <ThemeIcon size={56} radius="xl" variant="light" color="teal" aria-hidden="true">
        <IconCircleCheck size={30} />
      </ThemeIcon>
      <Title order={2} fz="lg">
        {waiting ? t('trials.wizard.done.title') : t('trials.wizard.done.titleStarted')}
      </Title>
      <Text size="sm" ta="center" maw={520} data-testid="wizard-done-body">
        {waiting
          ? t('trials.wizard.done.body', { number: trial.number, customer: trial.customer.name, email })
          : isNew
            ? t('trials.wizard.done.bodyStartedNew', { number: trial.number, customer: trial.customer.name, email })
            : t('trials.wizard.done.bodyStarted', { number: trial.number, customer: trial.customer.name })}
      </Text>
      <Group gap="sm" mt="sm">
        {result.openSetup ? (
          <>
            <Button variant="default" onClick={onClose} data-testid="wizard-later">
              {t('trials.wizard.done.later')}
            </Button>
            <Button onClick={() => onOpen(consolePath(result.customerId))} data-testid="wizard-setup-now">
              {t('trials.wizard.done.setupNow')}
            </Button>
          </>
        ) : (
          <>
            <Button variant="default" onClick={onClose} data-testid="wizard-close">
              {t('trials.wizard.close')}
            </Button>
            <Button
              onClick={() => onOpen(customerPath(result.customerId, 'trials'))}
              data-testid="wizard-open-customer"
            >
              {t('trials.wizard.done.openTrial')}
            </Button>
          </>
        )}
      </Group>
    </Stack>
  );
}
