/**
 * Cursor paging of the trials area's lists: the cursors of the pages seen so far, so "Previous" goes back without
 * the server keeping state, and the two buttons under a table.
 */
import { Button, Group } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function useCursorPages() {
  const [pages, setPages] = useState<(string | undefined)[]>([undefined]);
  return {
    cursor: pages[pages.length - 1],
    canGoBack: pages.length > 1,
    back: () => setPages((p) => p.slice(0, -1)),
    next: (cursor: string) => setPages((p) => [...p, cursor]),
    reset: () => setPages([undefined]),
  };
}

export function CursorPager({
  paging,
  nextCursor,
  loading,
}: {
  paging: ReturnType<typeof useCursorPages>;
  /** The next page's cursor from the current answer; none on the last page. */
  nextCursor: string | null | undefined;
  /** The answer shown is the previous page's, kept while the next loads. */
  loading: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm" px="md" py="xs">
      <Button
        variant="default"
        size="xs"
        leftSection={<IconChevronLeft size={14} aria-hidden="true" />}
        disabled={!paging.canGoBack}
        onClick={paging.back}
      >
        {t('trials.list.previous')}
      </Button>
      <Button
        variant="default"
        size="xs"
        rightSection={<IconChevronRight size={14} aria-hidden="true" />}
        disabled={!nextCursor || loading}
        onClick={() => nextCursor && paging.next(nextCursor)}
      >
        {t('trials.list.next')}
      </Button>
    </Group>
  );
}
