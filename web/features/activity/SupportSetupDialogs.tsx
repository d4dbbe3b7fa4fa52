/**
 * ACT-1: the vendor operator's dialogs that set up a customer's support, each a form on the server's own contract:
 * a workspace and its members, an agreement, a package, an entitlement, a support group.
 */
import { Modal, MultiSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
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
import { AgreementForm, EntitlementForm, PackageForm } from './AgreementSetupForms.tsx';
import { type Choice, FormFooter, FormFrame, useSave } from './SetupFormParts.tsx';

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
