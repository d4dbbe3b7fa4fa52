import { z } from 'zod';
import type { PartnerList, PartnerListItem, partnerListQuery } from '../../../domain/contracts/partners.ts';
import type { PartnerSortKey } from '../../../domain/partners.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { Database } from '../../platform/db.ts';
import { badRequest } from '../../platform/errors.ts';
import { ensureVendorOperator } from './organisations.policy.ts';
import { countPartners, type PartnerPosition, type PartnerRow, selectPartnerPage } from './partners.queries.ts';

type ListQuery = z.output<typeof partnerListQuery>;

/** The keyset cursor, opaque to clients: the sort it belongs to and the last row's position in it. */
const cursorShape = z.object({
  sort: z.string(),
  value: z.number().int().nullable(),
  nameKey: z.string(),
  id: z.uuid(),
});

const encodeCursor = (sort: string, p: PartnerPosition) =>
  Buffer.from(JSON.stringify({ sort, ...p })).toString('base64url');

function decodeCursor(cursor: string, sort: string): PartnerPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badRequest('cursor', 'The cursor is not valid.');
  }
  const result = cursorShape.safeParse(parsed);
  if (!result.success) throw badRequest('cursor', 'The cursor is not valid.');
  if (result.data.sort !== sort) throw badRequest('cursor', 'The cursor belongs to another sort order.');
  return { value: result.data.value, nameKey: result.data.nameKey, id: result.data.id };
}

export function toPartnerListItem(row: PartnerRow): PartnerListItem {
  return {
    id: row.id,
    name: row.name,
    tier: row.tier,
    distributor: row.distributorId ? { id: row.distributorId, name: row.distributorName ?? '' } : null,
    country: row.country,
    timeZone: row.timeZone,
    status: row.status,
    suspendedAt: row.suspendedAt?.toISOString() ?? null,
    customers: row.customers,
    admins: row.admins,
  };
}

/**
 * The partners of the installation for vendor operators (ROL-5): searched by name, filtered by tier, distributor
 * and status, sorted by name or a count, paged by keyset. Also the partner picker of the customer list and
 * analytics (which ask for a page of the maximum size).
 */
export async function listPartners(deps: { db: Database }, actor: Actor, query: ListQuery): Promise<PartnerList> {
  ensureVendorOperator(actor, 'Only vendor operators see every partner.');
  const descending = query.sort.startsWith('-');
  const sort = query.sort.replace(/^-/, '') as PartnerSortKey;
  const filters = { q: query.q, tier: query.tier, distributorId: query.distributorId, status: query.status };
  const after = query.cursor ? decodeCursor(query.cursor, query.sort) : null;
  const [rows, total] = await Promise.all([
    selectPartnerPage(deps.db, { ...filters, sort, descending, after, limit: query.limit }),
    countPartners(deps.db, filters),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > query.limit && last
      ? encodeCursor(query.sort, {
          value: sort === 'name' ? null : last[sort],
          nameKey: last.nameKey,
          id: last.id,
        })
      : null;
  return { items: page.map(toPartnerListItem), nextCursor, total };
}
