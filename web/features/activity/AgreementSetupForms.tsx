/** ACT-1: the dialogs' forms of what a customer bought: an agreement, a package, an entitlement. */
import { Group, NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { entitlementCategories, entitlementKinds } from '../../../domain/activity.ts';
import {
  agreementRequest,
  entitlementRequest,
  packageKinds,
  packageRequest,
  type SetupAgreement,
  type SetupEntitlement,
  type SetupPackage,
  type SetupWorkspace,
} from '../../../domain/contracts/activity.ts';
import { generalErrorOf, useContractForm } from '../../components/forms/useContractForm.ts';
import { FormFooter, FormFrame, useSave } from './SetupFormParts.tsx';

export function AgreementForm({
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

export function PackageForm({
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

export function EntitlementForm({
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
