/**
 * The start-trial wizard (UI.md "Start trial wizard", TRI-1, TRI-4, TRI-10): Customer → Services → Details →
 * Review, with a progress indicator. Each step is checked before the next; a 400 from the server naming a field
 * takes the user back to the step of that field and shows the message beside it.
 */
import { Alert, Button, Group, Modal, Stack, Stepper, Text, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { StartTrialResponse, TrialOptions } from '../../../../domain/contracts/trials.ts';
import { isApiError } from '../../../api/client.ts';
import { withoutFieldPrefix } from '../../../components/forms/fieldErrors.ts';
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
  type Problems,
  problemsOf,
  type Step,
  stepOfServerField,
  steps,
  type WizardState,
} from './state.ts';

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
  const [state, setState] = useState<WizardState>(() => initialState(customer));
  const [active, setActive] = useState(0);
  const [checked, setChecked] = useState<ReadonlySet<Step>>(new Set());
  const [serverError, setServerError] = useState<{ field: ProblemField; message: string } | null>(null);
  const [result, setResult] = useState<StartTrialResponse | null>(null);

  const update = (patch: Partial<WizardState>) => {
    setState((s) => ({ ...s, ...patch }));
    setServerError(null);
  };

  // From a customer's page the organisation is known: look it up at once, the partner still confirms it (TRI-4).
  const prefilledEmail = customer?.adminEmail ?? null;
  useEffect(() => {
    if (!prefilledEmail) return;
    let live = true;
    lookupCustomer(prefilledEmail)
      .then((lookup) => live && setState((s) => (s.lookup ? s : { ...s, lookup })))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [prefilledEmail]);

  const step = steps[Math.min(active, steps.length - 1)] ?? 'customer';
  const problems: Problems = checked.has(step) ? problemsOf(step, state, options) : {};
  const errorOf = (field: ProblemField): string | null => {
    if (serverError?.field === field) return serverError.message;
    const key = problems[field];
    if (!key) return null;
    return t(`forms.errors.${key}`, { min: 1, max: options.maxLicenceQuantity });
  };

  const start = useMutation({
    mutationFn: async () => {
      if (state.kind === 'new') return startTrialForNewCustomer(newCustomerRequest(state, options));
      if (!state.lookup?.found) throw new Error('no organisation confirmed');
      return startTrialForExistingCustomer(existingCustomerRequest(state, options));
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
      const field = state.kind === 'existing' && placed.field === 'adminEmail' ? 'lookupEmail' : placed.field;
      setServerError({ field, message: withoutFieldPrefix(error.message, error.field) });
      setActive(steps.indexOf(placed.step));
    },
  });

  const next = () => {
    setChecked((c) => new Set(c).add(step));
    if (Object.keys(problemsOf(step, state, options)).length > 0) return;
    setActive((a) => a + 1);
  };
  const send = () => {
    const firstBad = steps.find((s) => Object.keys(problemsOf(s, state, options)).length > 0);
    if (firstBad) {
      setChecked(new Set(steps));
      setActive(steps.indexOf(firstBad));
      return;
    }
    start.mutate();
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
        email={state.kind === 'new' ? state.adminEmail.trim() : state.lookupEmail.trim()}
        isNew={state.kind === 'new'}
        onClose={onClose}
        onOpen={(path) => {
          onClose();
          navigate(path);
        }}
      />
    );
  }

  const stepProps = { state, update, options, errorOf };
  return (
    <Stack gap="lg">
      <Stepper
        active={active}
        onStepClick={(index) => index < active && setActive(index)}
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
          <ReviewStep state={state} update={update} options={options} />
        </Stepper.Step>
      </Stepper>
      {generalError ? (
        <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle size={18} />}>
          {generalError}
        </Alert>
      ) : null}
      {checked.has(step) && Object.keys(problems).length > 0 ? (
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
            <Button variant="default" onClick={() => setActive((a) => a - 1)} disabled={start.isPending}>
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
