import type { ResourceListQuery, ResourceListResponse } from '../../../domain/contracts/resources.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { Database } from '../../platform/db.ts';
import { badRequest } from '../../platform/errors.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { toResourceSummary } from './resource-views.ts';
import { ensureMaySeeRetiredResources } from './resources.policy.ts';
import { countResources, type ResourcePosition, selectResourcePage } from './resources.queries.ts';

/**
 * RES-1: the library — quick links (`quickLink`), featured resources (`featured`) and all resources, searched by
 * words in their own language and filtered by type, product and language. Retired ones for operators only.
 */
export async function listResources(
  deps: { db: Database },
  actor: Actor,
  input: ResourceListQuery,
): Promise<ResourceListResponse> {
  if (input.includeRetired) ensureMaySeeRetiredResources(actor);
  const q = input.q || undefined;
  const filters = {
    q,
    types: input.type,
    products: input.product,
    languages: input.language,
    featured: input.featured,
    quickLink: input.quickLink,
    includeRetired: input.includeRetired === true,
  };
  const after = input.cursor === undefined ? undefined : positionOf(input.cursor, q !== undefined);
  const [rows, total] = await Promise.all([
    selectResourcePage(deps.db, filters, { after, limit: input.limit }),
    countResources(deps.db, filters),
  ]);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(toResourceSummary),
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor(last.rank === null ? [last.updatedAt.toISOString(), last.id] : [last.rank, last.id])
        : null,
    total,
  };
}

function positionOf(cursor: string, searching: boolean): ResourcePosition {
  const position = decodeCursor(cursor, ['string', 'string']);
  const [first, id] = (position ?? []) as string[];
  if (first !== undefined && id !== undefined) {
    if (searching && /^\d+(\.\d+)?$/.test(first)) return { rank: first, id };
    const updatedAt = new Date(first);
    if (!searching && !Number.isNaN(updatedAt.getTime())) return { updatedAt, id };
  }
  throw badRequest('cursor', 'The cursor is not valid.');
}
