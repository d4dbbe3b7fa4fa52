import type {
  SupportCase,
  SupportCaseListQuery,
  SupportCaseListResponse,
} from '../../../domain/contracts/resources.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { Database } from '../../platform/db.ts';
import { badRequest, notFound } from '../../platform/errors.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { ensureMayReadSupportCases } from './resources.policy.ts';
import { caseScopeOf } from './support-case-scope.ts';
import { toSupportCase, toSupportCaseSummary } from './support-case-views.ts';
import { selectCase, selectCaseEvents, selectCasePage } from './support-cases.queries.ts';

/** RES-2: the operators' queue (every partner's cases), or a partner user's own cases; newest first. */
export async function listSupportCases(
  deps: { db: Database },
  actor: Actor,
  input: SupportCaseListQuery,
): Promise<SupportCaseListResponse> {
  ensureMayReadSupportCases(actor);
  const rows = await selectCasePage(
    deps.db,
    caseScopeOf(actor),
    { statuses: input.status, products: input.product },
    { afterNumber: input.cursor === undefined ? undefined : positionOf(input.cursor), limit: input.limit },
  );
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(toSupportCaseSummary),
    nextCursor: rows.length > input.limit && last ? encodeCursor([last.number]) : null,
  };
}

/** RES-2: one case with its answers; another requester's case reads as not found. */
export async function getSupportCase(deps: { db: Database }, actor: Actor, id: string): Promise<SupportCase> {
  ensureMayReadSupportCases(actor);
  const row = await selectCase(deps.db, caseScopeOf(actor), id);
  if (!row) throw notFound('The helpdesk case');
  return toSupportCase(row, await selectCaseEvents(deps.db, row.partnerId, row.id));
}

function positionOf(cursor: string): number {
  const [number] = (decodeCursor(cursor, ['number']) ?? []) as number[];
  if (number === undefined || !Number.isSafeInteger(number)) throw badRequest('cursor', 'The cursor is not valid.');
  return number;
}
