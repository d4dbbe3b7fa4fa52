/**
 * ACT-1: the vendor operator's dialogs that set up a customer's support, each a form on the server's own contract:
 * a workspace and its members, an agreement, a package, an entitlement, a support group.
 */
import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { entitlementCategories, entitlementKinds } from '../../../domain/activity.ts';
import {
  agreementRequest,
  entitlementRequest,
  packageKinds,
  packageRequest,
  type SetupAgreement,
  type SetupEntitlement,
  type SetupGroup,
  type SetupPackage,
  type SetupWorkspace,
  type SupportSetup,
  supportGroupRequest,
  workspaceRequest,
} from '../../../domain/contracts/activity.ts';
import { generalErrorOf, useContractForm } from '../../components/forms/useContractForm.ts';
import { useSetupWrite } from './api.ts';

/** What a dialog is open for: a new object (with what it goes into) or an existing one. */
export type SetupDialogState =
  | { kind: 'workspace'; workspace: SetupWorkspace | null }
  | { kind: 'agreement'; agreement: SetupAgreement | null }
  | { kind: 'package'; agreement: SetupAgreement; pkg: SetupPackage | null }
  | { kind: 'entitlement'; pkg: SetupPackage; entitlement: SetupEntitlement | null }
  | { kind: 'group'; group: SetupGroup | null };

export function SupportSetupDialog({
  customerId,
  setup,
  state,
  onClose,
}: {
  customerId: string;
  setup: SupportSetup;
  state: SetupDialogState | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const titleOf = (s: SetupDialogState): string => {
    switch (s.kind) {
      case 'workspace':
        return s.workspace
          ? t('activity.setup.editWorkspaceOf', { name: s.workspace.name })
          : t('activity.setup.addWorkspace');
      case 'agreement':
        return s.agreement
          ? t('activity.setup.editAgreementOf', { name: s.agreement.number })
          : t('activity.setup.addAgreement');
      case 'package':
        return s.pkg
          ? t('activity.setup.editPackageOf', { name: s.pkg.name })
          : t('activity.setup.addPackageTo', { name: s.agreement.number });
      case 'entitlement':
        return s.entitlement
          ? t('activity.setup.editEntitlementOf', { name: s.entitlement.name })
          : t('activity.setup.addEntitlementTo', { name: s.pkg.name });
      case 'group':
        return s.group ? t('activity.setup.editGroupOf', { name: s.group.name }) : t('activity.setup.addGroup');
    }
  };
  const users = setup.users.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }));
  return (
    <Modal
      opened={state !== null}
      onClose={onClose}
      title={state ? titleOf(state) : ''}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('activity.setup.cancel') }}
      data-testid="support-setup-dialog"
    >
      {state?.kind === 'workspace' ? (
        <WorkspaceForm customerId={customerId} users={users} workspace={state.workspace} onDone={onClose} />
      ) : null}
      {state?.kind === 'agreement' ? (
        <AgreementForm
          customerId={customerId}
          workspaces={setup.workspaces}
          agreement={state.agreement}
          onDone={onClose}
        />
      ) : null}
      {state?.kind === 'package' ? (
        <PackageForm customerId={customerId} agreement={state.agreement} pkg={state.pkg} onDone={onClose} />
      ) : null}
      {state?.kind === 'entitlement' ? (
        <EntitlementForm customerId={customerId} pkg={state.pkg} entitlement={state.entitlement} onDone={onClose} />
      ) : null}
      {state?.kind === 'group' ? (
        <GroupForm
          customerId={customerId}
          users={users}
          requests={setup.requests.map((r) => ({ value: r.id, label: `${r.number} · ${r.title}` }))}
          group={state.group}
          onDone={onClose}
        />
      ) : null}
    </Modal>
  );
}

type Choice = { value: string; label: string };

/** Saves one form's request at `path` (POST to create, PUT to edit), then says so and closes. */
function useSave<Schema extends z.ZodType>(customerId: string, onDone: () => void) {
  const { t } = useTranslation();
  const write = useSetupWrite(customerId);
  const save = (
    method: 'POST' | 'PUT',
    path: string,
    body: z.output<Schema>,
    name: string,
    onError: (error: unknown) => void,
  ) =>
    write.mutate(
      { method, path, body },
      {
        onSuccess: () => {
          notifications.show({ color: 'brand', message: t('activity.setup.saved', { name }) });
          onDone();
        },
        onError,
      },
    );
  return { write, save };
}

function FormFooter({
  error,
  pending,
  onCancel,
  testId,
}: {
  error: string | null;
  pending: boolean;
  onCancel: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {error ? (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      ) : null}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel}>
          {t('activity.setup.cancel')}
        </Button>
        <Button type="submit" loading={pending} data-testid={testId}>
          {t('activity.setup.save')}
        </Button>
      </Group>
    </>
  );
}

function FormFrame({
  onSubmit,
  children,
}: {
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  return (
    <form noValidate onSubmit={onSubmit}>
      <Stack gap="sm">{children}</Stack>
    </form>
  );
}

function WorkspaceForm({
  customerId,
  users,
  workspace,
  onDone,
}: {
  customerId: string;
  users: Choice[];
  workspace: SetupWorkspace | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { form, field, onSubmit, placeServerError } = useContractForm({
    schema: workspaceRequest,
    initialValues: { name: workspace?.name ?? '', memberIds: workspace?.memberIds ?? [] } as Record<string, unknown>,
  });
  const { write, save } = useSave<typeof workspaceRequest>(customerId, onDone);
  const path = workspace ? `/workspaces/${workspace.id}` : '/workspaces';
  return (
    <FormFrame
      onSubmit={onSubmit((body) => save(workspace ? 'PUT' : 'POST', path, body, body.name, (e) => placeServerError(e)))}
    >
      <TextInput
        label={t('activity.setup.fields.name')}
        {...field('name')}
        maxLength={200}
        withAsterisk
        data-autofocus
      />
      <MultiSelect
        label={t('activity.setup.fields.members')}
        description={t('activity.setup.fields.membersHint')}
        data={users}
        searchable
        {...field('memberIds')}
      />
      <FormFooter
        error={generalErrorOf(write.error, form.getValues(), t('activity.setup.failed'))}
        pending={write.isPending}
        onCancel={onDone}
        testId="setup-save"
      />
    </FormFrame>
  );
}

function AgreementForm({
  customerId,
  workspaces,
  agreement,
  onDone,
}: {
  customerId: string;
  workspaces: SetupWorkspace[];
  agreement: SetupAgreement | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { form, field, onSubmit, placeServerError } = useContractForm({
    schema: agreementRequest,
    initialValues: {
      workspaceId: agreement?.workspaceId ?? workspaces[0]?.id ?? '',
      number: agreement?.number ?? '',
      name: agreement?.name ?? '',
      startsOn: agreement?.startsOn ?? '',
      endsOn: agreement?.endsOn ?? '',
    } as Record<string, unknown>,
  });
  const { write, save } = useSave<typeof agreementRequest>(customerId, onDone);
  const path = agreement ? `/agreements/${agreement.id}` : '/agreements';
  return (
    <FormFrame
      onSubmit={onSubmit((body) =>
        save(agreement ? 'PUT' : 'POST', path, body, body.number, (e) => placeServerError(e)),
      )}
    >
      <Select
        label={t('activity.setup.fields.workspace')}
        data={workspaces.map((w) => ({ value: w.id, label: w.name }))}
        allowDeselect={false}
        withAsterisk
        {...field('workspaceId')}
      />
      <Group grow align="flex-start">
        <TextInput
          label={t('activity.setup.fields.number')}
          {...field('number')}
          maxLength={40}
          withAsterisk
          data-autofocus
        />
        <TextInput label={t('activity.setup.fields.name')} {...field('name')} maxLength={200} withAsterisk />
      </Group>
      <Group grow align="flex-start">
        <TextInput label={t('activity.setup.fields.startsOn')} type="date" {...field('startsOn')} withAsterisk />
        <TextInput label={t('activity.setup.fields.endsOn')} type="date" {...field('endsOn')} withAsterisk />
      </Group>
      <FormFooter
        error={generalErrorOf(write.error, form.getValues(), t('activity.setup.failed'))}
        pending={write.isPending}
        onCancel={onDone}
        testId="setup-save"
      />
    </FormFrame>
  );
}

function PackageForm({
  customerId,
  agreement,
  pkg,
  onDone,
}: {
  customerId: string;
  agreement: SetupAgreement;
  pkg: SetupPackage | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { form, field, onSubmit, placeServerError } = useContractForm({
    schema: packageRequest,
    initialValues: {
      kind: pkg?.kind ?? 'add_on',
      name: pkg?.name ?? '',
      startsOn: pkg?.startsOn ?? agreement.startsOn,
      endsOn: pkg?.endsOn ?? agreement.endsOn,
    } as Record<string, unknown>,
  });
  const { write, save } = useSave<typeof packageRequest>(customerId, onDone);
  const path = pkg ? `/packages/${pkg.id}` : `/agreements/${agreement.id}/packages`;
  return (
    <FormFrame
      onSubmit={onSubmit((body) => save(pkg ? 'PUT' : 'POST', path, body, body.name, (e) => placeServerError(e)))}
    >
      <Select
        label={t('activity.setup.fields.packageKind')}
        data={packageKinds.map((k) => ({ value: k, label: t(`activity.setup.packageKinds.${k}`) }))}
        allowDeselect={false}
        withAsterisk
        {...field('kind')}
      />
      <TextInput
        label={t('activity.setup.fields.name')}
        {...field('name')}
        maxLength={200}
        withAsterisk
        data-autofocus
      />
      <Group grow align="flex-start">
        <TextInput label={t('activity.setup.fields.startsOn')} type="date" {...field('startsOn')} withAsterisk />
        <TextInput label={t('activity.setup.fields.expiresOn')} type="date" {...field('endsOn')} withAsterisk />
      </Group>
      <FormFooter
        error={generalErrorOf(write.error, form.getValues(), t('activity.setup.failed'))}
        pending={write.isPending}
        onCancel={onDone}
        testId="setup-save"
      />
    </FormFrame>
  );
}

function EntitlementForm({
  customerId,
  pkg,
  entitlement,
  onDone,
}: {
  customerId: string;
  pkg: SetupPackage;
  entitlement: SetupEntitlement | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { form, field, onSubmit, placeServerError } = useContractForm({
    schema: entitlementRequest,
    initialValues: {
      category: entitlement?.category ?? 'reactive_support',
      kind: entitlement?.kind ?? 'consumable',
      name: entitlement?.name ?? '',
      description: entitlement?.description ?? '',
      unit: entitlement?.unit ?? 'hours',
      quantityBought: entitlement ? entitlement.quantityBought : null,
    } as Record<string, unknown>,
  });
  const { write, save } = useSave<typeof entitlementRequest>(customerId, onDone);
  const path = entitlement ? `/entitlements/${entitlement.id}` : `/packages/${pkg.id}/entitlements`;
  const isBenefit = form.getValues().kind === 'additional_benefit';
  const quantity = field('quantityBought');
  return (
    <FormFrame
      onSubmit={onSubmit((body) =>
        save(entitlement ? 'PUT' : 'POST', path, body, body.name, (e) => placeServerError(e)),
      )}
    >
      <Group grow align="flex-start">
        <Select
          label={t('activity.setup.fields.category')}
          data={entitlementCategories.map((c) => ({ value: c, label: t(`activity.drillDowns.${c}`) }))}
          allowDeselect={false}
          withAsterisk
          {...field('category')}
        />
        <Select
          label={t('activity.setup.fields.kind')}
          data={entitlementKinds.map((k) => ({ value: k, label: t(`activity.kinds.${k}`) }))}
          allowDeselect={false}
          withAsterisk
          {...field('kind')}
          onChange={(kind) => {
            form.setFieldValue('kind', kind);
            // A benefit is listed, not consumed: it has no quantity bought.
            if (kind === 'additional_benefit') form.setFieldValue('quantityBought', null);
          }}
        />
      </Group>
      <TextInput
        label={t('activity.setup.fields.name')}
        {...field('name')}
        maxLength={200}
        withAsterisk
        data-autofocus
      />
      <Textarea
        label={t('activity.setup.fields.description')}
        {...field('description')}
        maxLength={1000}
        autosize
        minRows={2}
      />
      <Group grow align="flex-start">
        <TextInput
          label={t('activity.setup.fields.unit')}
          description={t('activity.setup.fields.unitHint')}
          {...field('unit')}
          maxLength={40}
          withAsterisk
        />
        <NumberInput
          label={t('activity.setup.fields.quantityBought')}
          description={t('activity.setup.fields.quantityHint')}
          min={0}
          disabled={isBenefit}
          withAsterisk={!isBenefit}
          {...quantity}
          value={quantity.value ?? ''}
          onChange={(value) => form.setFieldValue('quantityBought', typeof value === 'number' ? value : null)}
        />
      </Group>
      <FormFooter
        error={generalErrorOf(write.error, form.getValues(), t('activity.setup.failed'))}
        pending={write.isPending}
        onCancel={onDone}
        testId="setup-save"
      />
    </FormFrame>
  );
}

function GroupForm({
  customerId,
  users,
  requests,
  group,
  onDone,
}: {
  customerId: string;
  users: Choice[];
  requests: Choice[];
  group: SetupGroup | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { form, field, onSubmit, placeServerError } = useContractForm({
    schema: supportGroupRequest,
    initialValues: {
      name: group?.name ?? '',
      memberIds: group?.memberIds ?? [],
      requestIds: group?.requestIds ?? [],
    } as Record<string, unknown>,
  });
  const { write, save } = useSave<typeof supportGroupRequest>(customerId, onDone);
  const path = group ? `/groups/${group.id}` : '/groups';
  return (
    <FormFrame
      onSubmit={onSubmit((body) => save(group ? 'PUT' : 'POST', path, body, body.name, (e) => placeServerError(e)))}
    >
      <TextInput
        label={t('activity.setup.fields.name')}
        {...field('name')}
        maxLength={200}
        withAsterisk
        data-autofocus
      />
      <MultiSelect
        label={t('activity.setup.fields.members')}
        description={t('activity.setup.fields.groupMembersHint')}
        data={users}
        searchable
        {...field('memberIds')}
      />
      <MultiSelect label={t('activity.setup.fields.requests')} data={requests} searchable {...field('requestIds')} />
      <FormFooter
        error={generalErrorOf(write.error, form.getValues(), t('activity.setup.failed'))}
        pending={write.isPending}
        onCancel={onDone}
        testId="setup-save"
      />
    </FormFrame>
  );
}
