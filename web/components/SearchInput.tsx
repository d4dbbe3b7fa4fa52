import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

/**
 * The text of a list's search box over a URL parameter: what is typed shows at once and is applied 300 ms after
 * the last keystroke (trimmed; empty is `null`); the clear button applies at once. `reset` empties the box when
 * the page clears every filter itself. Spread the result's `value`, `onChange` and `onClear` on `SearchInput`.
 */
export function useSearchText(initial: string, apply: (q: string | null, how: 'typed' | 'cleared') => void) {
  const [value, setValue] = useState(initial);
  const applyTyped = useDebouncedCallback((text: string) => apply(text.trim() || null, 'typed'), 300);
  return {
    value,
    onChange: (text: string) => {
      setValue(text);
      applyTyped(text);
    },
    onClear: () => {
      setValue('');
      apply(null, 'cleared');
    },
    reset: () => setValue(''),
  };
}

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
