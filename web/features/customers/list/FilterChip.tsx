/**
 * One filter of the filter bar (UI.md: chips, multi-select): a button that names the filter and what is chosen,
 * opening a list of checkboxes (in groups when the filter has them). Changes apply at once.
 */
import {
  Badge,
  Button,
  Checkbox,
  ColorSwatch,
  Group,
  Popover,
  ScrollArea,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconChevronDown, IconSearch } from '@tabler/icons-react';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface FilterOption {
  value: string;
  label: string;
  /** A colour swatch before the label (tags). */
  swatch?: string;
  group?: string;
}

const SEARCH_FROM = 9;
/** Options rendered at once; the search box reaches the rest. */
const MAX_SHOWN = 100;

export function FilterChip({
  label,
  options,
  selected,
  onChange,
  empty,
  onSearch,
  testId,
}: {
  label: string;
  options: readonly FilterOption[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
  /** Shown instead of the list when there is nothing to choose. */
  empty?: ReactNode;
  /** The options come matched by the server: what is typed goes there, and the list is not filtered again here. */
  onSearch?: (search: string) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [search, setLocalSearch] = useState('');
  const setSearch = (value: string) => {
    setLocalSearch(value);
    onSearch?.(value);
  };
  const groupId = useId();
  const chosen = options.filter((o) => selected.includes(o.value));
  const active = chosen.length > 0;
  const needle = search.trim().toLocaleLowerCase();
  const matching = needle && !onSearch ? options.filter((o) => o.label.toLocaleLowerCase().includes(needle)) : options;
  // A long list (every partner of an installation) renders its chosen options and the first matches only.
  const shown =
    matching.length > MAX_SHOWN
      ? [...chosen, ...matching.filter((o) => !selected.includes(o.value)).slice(0, MAX_SHOWN)]
      : matching;
  const groups = [...new Set(shown.map((o) => o.group ?? ''))];

  return (
    <Popover position="bottom-start" shadow="md" trapFocus withinPortal onClose={() => setSearch('')} width={300}>
      <Popover.Target>
        <Button
          variant={active ? 'light' : 'default'}
          size="xs"
          h={32}
          radius="xl"
          rightSection={<IconChevronDown size={14} stroke={1.8} aria-hidden="true" />}
          data-testid={testId}
          data-active={active || undefined}
          styles={{ label: { maxWidth: 260 } }}
        >
          <Text span size="sm" fw={600} inherit>
            {label}
          </Text>
          {active ? (
            <>
              <Text span size="sm" inherit fw={400} truncate="end" ml={6} maw={150}>
                {chosen[0]?.label}
              </Text>
              {chosen.length > 1 ? (
                <Badge
                  size="xs"
                  variant="filled"
                  circle
                  ml={6}
                  aria-label={t('customers.list.filters.moreSelected', { count: chosen.length - 1 })}
                >
                  +{chosen.length - 1}
                </Badge>
              ) : null}
            </>
          ) : null}
        </Button>
      </Popover.Target>
      <Popover.Dropdown p="xs">
        <Stack gap="xs">
          <Group justify="space-between" wrap="nowrap" px={4}>
            <Text size="sm" fw={700} id={groupId}>
              {label}
            </Text>
            <Button variant="subtle" size="compact-xs" onClick={() => onChange([])} disabled={!active}>
              {t('customers.list.filters.clear')}
            </Button>
          </Group>
          {onSearch || options.length >= SEARCH_FROM ? (
            <TextInput
              size="xs"
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              placeholder={t('customers.list.filters.findOption')}
              aria-label={t('customers.list.filters.findOptionIn', { filter: label })}
              leftSection={<IconSearch size={14} aria-hidden="true" />}
              data-autofocus
            />
          ) : null}
          {options.length === 0 && !needle ? (
            <Text size="sm" c="dimmed" px={4} pb={4}>
              {empty}
            </Text>
          ) : (
            <ScrollArea.Autosize mah={340} type="auto" offsetScrollbars>
              <Checkbox.Group value={[...selected]} onChange={onChange} aria-labelledby={groupId}>
                <Stack gap={4} px={4} pb={4}>
                  {groups.map((group) => (
                    <Stack
                      key={group || 'all'}
                      gap={6}
                      mt={group ? 4 : 0}
                      role={group ? 'group' : undefined}
                      aria-label={group || undefined}
                    >
                      {group ? (
                        <Text size="xs" fw={700} c="dimmed" tt="uppercase" aria-hidden="true">
                          {group}
                        </Text>
                      ) : null}
                      {shown
                        .filter((o) => (o.group ?? '') === group)
                        .map((o) => (
                          <Checkbox
                            key={o.value}
                            value={o.value}
                            size="sm"
                            label={
                              o.swatch ? (
                                <Group gap={6} wrap="nowrap">
                                  <ColorSwatch
                                    color={`var(--mantine-color-${o.swatch}-6)`}
                                    size={12}
                                    aria-hidden="true"
                                  />
                                  <span>{o.label}</span>
                                </Group>
                              ) : (
                                o.label
                              )
                            }
                          />
                        ))}
                    </Stack>
                  ))}
                  {matching.length > shown.length ? (
                    <Text size="xs" c="dimmed" data-testid="filter-more-options">
                      {t('customers.list.filters.moreOptions', { count: matching.length - shown.length })}
                    </Text>
                  ) : null}
                  {shown.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('customers.list.filters.noOptionMatches')}
                    </Text>
                  ) : null}
                </Stack>
              </Checkbox.Group>
            </ScrollArea.Autosize>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
