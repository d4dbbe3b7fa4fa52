/** Choosing an administrator's roles: every role of the organisation's kind, each with what it may do. */
import { Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../domain/roles.ts';

export function RolePicker({
  roles,
  value,
  onChange,
  error,
  locked,
  'data-path': dataPath,
}: {
  roles: readonly Role[];
  value: Role[];
  onChange: (roles: Role[]) => void;
  error?: string | null;
  /** A role that stays as it is, with why (one's own full-administrator role). */
  locked?: { role: Role; reason: string } | undefined;
  /** Where useContractForm finds the group to focus it when it is invalid. */
  'data-path'?: string;
}) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group
      label={t('administrators.roles')}
      value={value}
      onChange={(next) => onChange(roles.filter((r) => next.includes(r)))}
      error={error}
      withAsterisk
      data-path={dataPath}
    >
      <Stack gap="xs" mt={6}>
        {roles.map((role) => (
          <Checkbox
            key={role}
            value={role}
            label={t(`roles.${role}`)}
            disabled={locked?.role === role}
            description={
              <Text span size="xs" c="dimmed">
                {locked?.role === role ? locked.reason : t(`administrators.roleHelp.${role}`)}
              </Text>
            }
            data-testid={`role-${role}`}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
