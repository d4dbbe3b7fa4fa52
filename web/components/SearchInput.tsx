import { CloseButton, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';

/**
 * A list's search box: a magnifier, and a clear button once something is typed. The page keeps the text and
 * decides when the search applies (`onChange` on every keystroke, `onClear` at once).
 */
export function SearchInput({
  label,
  placeholder,
  clearLabel,
  value,
  onChange,
  onClear,
  width,
  testId,
}: {
  label: string;
  placeholder: string;
  clearLabel: string;
  value: string;
  onChange: (value: string) => void;
  onClear: () => void;
  width: number;
  testId: string;
}) {
  return (
    <TextInput
      aria-label={label}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} aria-hidden="true" />}
      rightSection={value ? <CloseButton size="sm" aria-label={clearLabel} onClick={onClear} /> : null}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      w={width}
      size="sm"
      data-testid={testId}
    />
  );
}
