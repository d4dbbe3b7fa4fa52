/**
 * Cursor paging of the trials area's lists: the cursors of the pages seen so far, so "Previous" goes back without
 * the server keeping state, and the table's previous and next buttons.
 */
import { useState } from 'react';
import type { Paging } from '../../components/DataTable/DataTable.tsx';

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

/** The DataTable's paging controls over the cursors. */
export function cursorPaging(
  pages: ReturnType<typeof useCursorPages>,
  /** The next page's cursor from the current answer; none on the last page. */
  nextCursor: string | null | undefined,
  /** The answer shown is the previous page's, kept while the next loads. */
  loading: boolean,
): Paging {
  return {
    canPrevious: pages.canGoBack,
    canNext: Boolean(nextCursor) && !loading,
    onPrevious: pages.back,
    onNext: () => nextCursor && pages.next(nextCursor),
  };
}
