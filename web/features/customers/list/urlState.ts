/**
 * CUS-6: the customer list's whole view — filters, search, sort, page size and cursor page — lives in the URL
 * query string, in the API's own format (comma-separated lists), so a URL is a bookmarkable, shareable view and
 * a saved view is just that query string. Values the app does not know are dropped rather than sent.
 *
 * Paging is by cursor: `cursor` is the current page, `prev` (repeated) the cursors of the pages before it, so
 * "Previous", reload and the back button all work.
 */
import type { CustomerSortKey, managedByValues, subscriptionTypes } from '../../../../domain/contracts/customers.ts';
import {
  customerStatusOrder,
  provisioningStatusImportance,
  subscriptionStatusOrder,
} from '../../../../domain/customer-status.ts';

const sortKeys = [
  'name',
  'status',
  'provisioning',
  'subscriptionStatus',
  'products',
  'managedBy',
  'tags',
  'licences',
  'nextExpiry',
] as const satisfies readonly CustomerSortKey[];
// Every sort key of the contract is here (tsc fails when the contract gains one).
true satisfies [Exclude<CustomerSortKey, (typeof sortKeys)[number]>] extends [never] ? true : never;

export const managedByOptions = ['own', 'external'] as const satisfies readonly (typeof managedByValues)[number][];
export const subscriptionTypeOptions = [
  'paid',
  'trial',
] as const satisfies readonly (typeof subscriptionTypes)[number][];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOKEN = /^[a-z0-9][a-z0-9_-]{0,63}$/i;

const oneOf =
  (values: readonly string[]) =>
  (v: string): boolean =>
    values.includes(v);

/** Each list filter: its query parameter and which values are valid. */
const filterDefs = {
  status: oneOf(customerStatusOrder),
  provisioning: oneOf(provisioningStatusImportance),
  subscriptionStatus: oneOf(subscriptionStatusOrder),
  product: (v: string) => TOKEN.test(v),
  managedBy: oneOf(managedByOptions),
  type: oneOf(subscriptionTypeOptions),
  tag: (v: string) => UUID.test(v),
  needsAttention: (v: string) => v === 'true',
  partner: (v: string) => UUID.test(v),
} as const;
type FilterKey = keyof typeof filterDefs;
const filterKeys = Object.keys(filterDefs) as FilterKey[];
export type Filters = Record<FilterKey, string[]>;

export const pageSizes = [25, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 50;
const DEFAULT_SORT: Sort = { key: 'name', desc: false };

export interface Sort {
  key: CustomerSortKey;
  desc: boolean;
}

export interface ListState {
  q: string;
  filters: Filters;
  sort: Sort;
  limit: number;
  cursor: string | undefined;
  /** Cursors of the earlier pages, oldest first (the first page has none). */
  prev: string[];
}

/** The query of GET /api/v1/customers (and of the CSV export). */
export type ApiListQuery = Partial<Record<FilterKey | 'q' | 'sort' | 'cursor', string>> & { limit?: number };

export const emptyFilters = (): Filters =>
  Object.fromEntries(filterKeys.map((k) => [k, [] as string[]])) as unknown as Filters;

function readList(params: URLSearchParams, key: FilterKey): string[] {
  const valid = filterDefs[key];
  const seen = new Set<string>();
  for (const raw of params.getAll(key)) {
    for (const v of raw.split(',')) {
      const value = v.trim();
      if (value && valid(value)) seen.add(value);
    }
  }
  return [...seen];
}

function parseSort(raw: string | null): Sort {
  if (!raw) return DEFAULT_SORT;
  const desc = raw.startsWith('-');
  const key = desc ? raw.slice(1) : raw;
  return (sortKeys as readonly string[]).includes(key) ? { key: key as CustomerSortKey, desc } : DEFAULT_SORT;
}

const formatSort = (sort: Sort): string => `${sort.desc ? '-' : ''}${sort.key}`;

export function readState(params: URLSearchParams): ListState {
  const filters = emptyFilters();
  for (const key of filterKeys) filters[key] = readList(params, key);
  const limit = Number(params.get('limit'));
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    filters,
    sort: parseSort(params.get('sort')),
    limit: (pageSizes as readonly number[]).includes(limit) ? limit : DEFAULT_PAGE_SIZE,
    cursor: params.get('cursor') || undefined,
    prev: params.getAll('prev').filter(Boolean),
  };
}

/** The URL of a state, in one canonical order (so equal views have equal URLs). */
export function toSearchParams(state: ListState, { paging = true } = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of filterKeys) if (state.filters[key].length > 0) params.set(key, state.filters[key].join(','));
  if (state.sort.key !== DEFAULT_SORT.key || state.sort.desc !== DEFAULT_SORT.desc) {
    params.set('sort', formatSort(state.sort));
  }
  if (state.limit !== DEFAULT_PAGE_SIZE) params.set('limit', String(state.limit));
  if (paging && state.cursor) {
    for (const p of state.prev) params.append('prev', p);
    params.set('cursor', state.cursor);
  }
  return params;
}

/** What a saved view stores: the view without its page. */
export const viewQueryOf = (state: ListState): string => toSearchParams(state, { paging: false }).toString();

/** A saved view's query, cleaned the same way as a URL. */
export const normaliseViewQuery = (query: string): string => viewQueryOf(readState(new URLSearchParams(query)));

export function apiQueryOf(state: ListState): ApiListQuery {
  const query: ApiListQuery = { sort: formatSort(state.sort), limit: state.limit };
  if (state.q) query.q = state.q;
  for (const key of filterKeys) if (state.filters[key].length > 0) query[key] = state.filters[key].join(',');
  if (state.cursor) query.cursor = state.cursor;
  return query;
}

export const activeFilterCount = (state: Pick<ListState, 'filters' | 'q'>): number =>
  filterKeys.reduce((n, k) => n + state.filters[k].length, 0) + (state.q ? 1 : 0);

/** The same filters (order of values ignored) and the same search. */
export function sameFilters(a: Filters, b: Partial<Filters>): boolean {
  return filterKeys.every((k) => {
    const x = a[k];
    const y = b[k] ?? [];
    return x.length === y.length && x.every((v) => y.includes(v));
  });
}
