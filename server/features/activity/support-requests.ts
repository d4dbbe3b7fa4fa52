import type { SupportRequestStatus } from '../../../domain/activity.ts';
import type {
  SupportRequest,
  SupportRequestDetail,
  SupportRequestsResponse,
} from '../../../domain/contracts/activity.ts';
import type { Actor } from '../../../domain/roles.ts';
import { badRequest, notFound } from '../../platform/errors.ts';
import { ensureMayReadSupportRequests, mayLogSupportWork, mayShare } from './activity.policy.ts';
import type { ActivityDeps } from './activity-scope.ts';
import {
  consumedOnRequest,
  findSupportRequest,
  historyOf,
  listSupportRequests as listRows,
  type SupportRequestRow,
} from './support-requests.queries.ts';

/** Reading support requests: a customer's (those ACT-2 lets the user see), or the vendor operators' queue. */

const PAGE_SIZE = 50;
const iso = (d: Date | string) => new Date(d).toISOString();

export const requestOut = ({
  entitlementId: _entitlement,
  primaryContactUserId: _contact,
  createdByUserId: _creator,
  ...row
}: SupportRequestRow): SupportRequest => ({
  ...row,
  openedAt: iso(row.openedAt),
  closedAt: row.closedAt ? iso(row.closedAt) : null,
});

function parseAfter(after: string | undefined) {
  if (!after) return null;
  const [openedAt, id] = after.split('|');
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  if (!openedAt || !id || Number.isNaN(Date.parse(openedAt)) || !uuid.test(id)) {
    throw badRequest('after', 'Not a position in this list.');
  }
  return { openedAt, id };
}

export async function listSupportRequests(
  deps: ActivityDeps,
  actor: Actor,
  input: { status?: SupportRequestStatus; after?: string },
): Promise<SupportRequestsResponse> {
  ensureMayReadSupportRequests(actor);
  const found = await listRows(deps.db, actor, {
    status: input.status ?? null,
    after: parseAfter(input.after),
    limit: PAGE_SIZE + 1,
  });
  const items = found.slice(0, PAGE_SIZE).map(requestOut);
  const last = items.at(-1);
  return {
    items,
    next: found.length > PAGE_SIZE && last ? `${last.openedAt}|${last.id}` : null,
    mayLogWork: mayLogSupportWork(actor),
  };
}

/** One request with its history; one the user may not see (ACT-2), or another customer's, reads as 404. */
export async function getSupportRequest(
  deps: ActivityDeps,
  actor: Actor,
  customerId: string,
  id: string,
): Promise<SupportRequestDetail> {
  ensureMayReadSupportRequests(actor);
  const row = await findSupportRequest(deps.db, actor, customerId, id);
  if (!row) throw notFound('The support request');
  const history = await historyOf(deps.db, customerId, id);
  return {
    ...requestOut(row),
    consumed: await consumedOnRequest(deps.db, customerId, id),
    history: history.map((h) => ({ ...h, at: iso(h.at) })),
    mayLogWork: mayLogSupportWork(actor),
    mayShare: mayShare(actor, ownershipOf(actor, row)),
  };
}

/** How the request is the actor's own (ACT-2: its owner and primary contact share it). */
export const ownershipOf = (actor: Actor, row: SupportRequestRow) => ({
  isPrimaryContact: row.primaryContactUserId === actor.userId,
  isCreator: row.createdByUserId === actor.userId,
});
