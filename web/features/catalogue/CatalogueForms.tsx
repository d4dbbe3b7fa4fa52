/**
 * The catalogue's forms (SPEC §1), each on the server's contract: a service or edition (id when new, name, the
 * top-level service it is an edition of, licence unit, trialable, device, order) and a device type (id when new,
 * name, order). A taken id or a refused parent shows on its field. One dialog, kept mounted, so Mantine gives
 * the focus back to the button that opened it.
 */
import { Alert, Button, Checkbox, Group, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  createDeviceTypeRequest,
  createServiceRequest,
  maxSortOrder,
  updateDeviceTypeRequest,
  updateServiceRequest,
} from '../../../domain/contracts/catalogue.ts';
import { isApiError } from '../../api/client.ts';
import { generalErrorOf, useContractForm } from '../../components/forms/useContractForm.ts';
import {
  type CatalogueDeviceType,
  type CatalogueService,
  createDeviceType,
  createService,
  refreshCatalogue,
  updateDeviceType,
  updateService,
} from './api.ts';

/** What the dialog edits: a new entry (with the order it gets by default) or an existing one. */
export type CatalogueEditing =
  | { kind: 'service'; service: CatalogueService | null; nextOrder: number }
  | { kind: 'deviceType'; deviceType: CatalogueDeviceType | null; nextOrder: number };

const newServiceForm = createServiceRequest.required({ isDevice: true, sortOrder: true });
const editServiceForm = updateServiceRequest
  .pick({ name: true, parentServiceId: true, licenceUnit: true, trialable: true, isDevice: true, sortOrder: true })
  .required();
const newDeviceTypeForm = createDeviceTypeRequest.required({ sortOrder: true });
const editDeviceTypeForm = updateDeviceTypeRequest.pick({ name: true, sortOrder: true }).required();

const idTaken = (error: unknown) => isApiError(error) && error.status === 409 && error.field === 'id';

export function CatalogueDialog({
  editing,
  opened,
  services,
  onClose,
}: {
  editing: CatalogueEditing | null;
  opened: boolean;
  /** Every service, for the choice of a parent. */
  services: readonly CatalogueService[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const title =
    editing?.kind === 'service'
      ? editing.service
        ? t('catalogue.form.editServiceTitle', { name: editing.service.name })
        : t('catalogue.form.addServiceTitle')
      : editing?.deviceType
        ? t('catalogue.form.editDeviceTypeTitle', { name: editing.deviceType.name })
        : t('catalogue.form.addDeviceTypeTitle');
  const key =
    editing?.kind === 'service'
      ? `service:${editing.service?.id ?? 'new'}`
      : `deviceType:${editing?.deviceType?.id ?? 'new'}`;
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered size="md" data-testid="catalogue-dialog">
      {editing?.kind === 'service' ? (
        <ServiceForm key={key} editing={editing} services={services} onDone={onClose} />
      ) : editing ? (
        <DeviceTypeForm key={key} editing={editing} onDone={onClose} />
      ) : null}
    </Modal>
  );
}

type FieldOf = ReturnType<typeof useContractForm>['field'];

/**
 * What both forms share: the contract form (the create or the update contract), the save with its
 * notification and refresh, a taken id shown on its field, and the general error for the rest.
 */
function useCatalogueForm<Entry extends { id: string; name: string }>({
  current,
  createSchema,
  updateSchema,
  initialValues,
  create,
  update,
  onDone,
}: {
  current: Entry | null;
  createSchema: Parameters<typeof useContractForm>[0]['schema'];
  updateSchema: Parameters<typeof useContractForm>[0]['schema'];
  /** The values besides the id, which only a new entry has. */
  initialValues: Record<string, unknown>;
  create: (request: never) => Promise<{ name: string }>;
  update: (request: never) => Promise<{ name: string }>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const isNew = current === null;
  const { form, field, onSubmit, placeServerError } = useContractForm({
    schema: isNew ? createSchema : updateSchema,
    initialValues: { ...(isNew ? { id: '' } : {}), ...initialValues },
  });
  const save = useMutation({
    mutationFn: (request: Record<string, unknown>) =>
      current === null ? create(request as never) : update({ id: current.id, ...request } as never),
    onSuccess: async (saved) => {
      notifications.show({
        color: 'brand',
        message: isNew ? t('catalogue.created', { name: saved.name }) : t('catalogue.saved', { name: saved.name }),
      });
      await refreshCatalogue(queryClient);
      onDone();
    },
  });
  const onError = (error: unknown) => {
    if (idTaken(error)) form.setFieldError('id', t('catalogue.form.idTaken'));
    else placeServerError(error);
  };
  const generalError = idTaken(save.error)
    ? null
    : generalErrorOf(save.error, form.getValues(), t('catalogue.form.failed'));
  return {
    t,
    isNew,
    field,
    generalError,
    saving: save.isPending,
    submit: onSubmit((request) => save.mutate(request as Record<string, unknown>, { onError })),
  };
}

/** The id (a new entry only) and the name, first in both forms. */
function IdAndName({ t, field, isNew }: { t: TFunction; field: FieldOf; isNew: boolean }) {
  return (
    <>
      {isNew ? (
        <TextInput
          label={t('catalogue.form.id')}
          description={t('catalogue.form.idHint')}
          {...field('id')}
          maxLength={64}
          withAsterisk
          data-autofocus
          data-testid="catalogue-id"
        />
      ) : null}
      <TextInput
        label={t('catalogue.form.name')}
        {...field('name')}
        maxLength={100}
        withAsterisk
        data-autofocus={isNew ? undefined : true}
        data-testid="catalogue-name"
      />
    </>
  );
}

/** The order, the general error and the buttons, last in both forms. */
function OrderAndButtons({
  t,
  field,
  isNew,
  generalError,
  saving,
  onCancel,
}: {
  t: TFunction;
  field: FieldOf;
  isNew: boolean;
  generalError: string | null;
  saving: boolean;
  onCancel: () => void;
}) {
  return (
    <>
      <NumberInput
        label={t('catalogue.form.order')}
        {...field('sortOrder')}
        min={0}
        max={maxSortOrder}
        allowDecimal={false}
        allowNegative={false}
        w={160}
        data-testid="catalogue-order"
      />
      {generalError ? (
        <Alert color="red" variant="light" role="alert">
          {generalError}
        </Alert>
      ) : null}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel}>
          {t('catalogue.form.cancel')}
        </Button>
        <Button type="submit" loading={saving} data-testid="catalogue-save">
          {isNew ? t('catalogue.form.add') : t('catalogue.form.save')}
        </Button>
      </Group>
    </>
  );
}

function ServiceForm({
  editing,
  services,
  onDone,
}: {
  editing: Extract<CatalogueEditing, { kind: 'service' }>;
  services: readonly CatalogueService[];
  onDone: () => void;
}) {
  const current = editing.service;
  const { t, isNew, field, generalError, saving, submit } = useCatalogueForm({
    current,
    createSchema: newServiceForm,
    updateSchema: editServiceForm,
    initialValues: {
      name: current?.name ?? '',
      parentServiceId: current?.parentServiceId ?? null,
      licenceUnit: current?.licenceUnit ?? 'user',
      trialable: current?.trialable ?? true,
      isDevice: current?.isDevice ?? false,
      sortOrder: current?.sortOrder ?? editing.nextOrder,
    },
    create: createService,
    update: updateService,
    onDone,
  });
  // The parents an edition may have: top-level services other than itself (the server checks the rest).
  const parents = services
    .filter((s) => s.parentServiceId === null && s.id !== current?.id)
    .map((s) => ({ value: s.id, label: s.active ? s.name : `${s.name} (${t('catalogue.retired')})` }));

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="sm">
        <IdAndName t={t} field={field} isNew={isNew} />
        <Select
          label={t('catalogue.form.parent')}
          description={t('catalogue.form.parentHint')}
          placeholder={t('catalogue.form.parentNone')}
          data={parents}
          {...field('parentServiceId')}
          clearable
          searchable
          nothingFoundMessage="—"
          data-testid="catalogue-parent"
        />
        <TextInput
          label={t('catalogue.form.licenceUnit')}
          description={t('catalogue.form.licenceUnitHint')}
          {...field('licenceUnit')}
          maxLength={40}
          withAsterisk
          data-testid="catalogue-licence-unit"
        />
        <Checkbox
          label={t('catalogue.form.trialable')}
          {...field('trialable', { type: 'checkbox' })}
          data-testid="catalogue-trialable"
        />
        <Checkbox
          label={t('catalogue.form.device')}
          {...field('isDevice', { type: 'checkbox' })}
          data-testid="catalogue-device"
        />
        <OrderAndButtons
          t={t}
          field={field}
          isNew={isNew}
          generalError={generalError}
          saving={saving}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}

function DeviceTypeForm({
  editing,
  onDone,
}: {
  editing: Extract<CatalogueEditing, { kind: 'deviceType' }>;
  onDone: () => void;
}) {
  const current = editing.deviceType;
  const { t, isNew, field, generalError, saving, submit } = useCatalogueForm({
    current,
    createSchema: newDeviceTypeForm,
    updateSchema: editDeviceTypeForm,
    initialValues: { name: current?.name ?? '', sortOrder: current?.sortOrder ?? editing.nextOrder },
    create: createDeviceType,
    update: updateDeviceType,
    onDone,
  });
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="sm">
        <IdAndName t={t} field={field} isNew={isNew} />
        <OrderAndButtons
          t={t}
          field={field}
          isNew={isNew}
          generalError={generalError}
          saving={saving}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
