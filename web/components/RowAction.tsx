/**
 * One action on a row of a table (UI.md): an icon button with a tooltip. Its accessible name says what it does to
 * which record ("Rename “Nordic”"); the tooltip may say it shorter, or why it is disabled. Destructive actions are red.
 */
import { ActionIcon, Group, Tooltip } from '@mantine/core';
import type { TablerIcon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export function RowAction({
  label,
  tooltip = label,
  icon: Icon,
  destructive = false,
  disabled = false,
  loading = false,
  onClick,
  testId,
}: {
  /** The accessible name, naming the record. */
  label: string;
  tooltip?: string;
  icon: TablerIcon;
  destructive?: boolean;
  disabled?: boolean;
  /** Its request is under way (the button shows a loader and takes no clicks). */
  loading?: boolean;
  onClick: () => void;
  testId?: string;
}) {
  return (
    <Tooltip label={tooltip}>
      <ActionIcon
        variant="subtle"
        color={destructive ? 'red' : 'gray'}
        aria-label={label}
        disabled={disabled}
        loading={loading}
        onClick={onClick}
        data-testid={testId}
      >
        <Icon size={18} stroke={1.7} aria-hidden="true" />
      </ActionIcon>
    </Tooltip>
  );
}

/** A row's actions side by side. */
export function RowActions({ children }: { children: ReactNode }) {
  return (
    <Group gap={2} wrap="nowrap">
      {children}
    </Group>
  );
}
