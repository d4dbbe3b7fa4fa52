import type { Clock } from '../../../domain/clock.ts';
import { customerListQuery } from '../../../domain/contracts/customers.ts';
import type { Actor } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { badRequest, notFound } from '../../platform/errors.ts';
import { mayChangeView, mayKeepViews } from './customers.policy.ts';
import { deleteView, findView, insertView, selectViews, updateView } from './views.queries.ts';

/**
 * Saved views of the customer list (CUS-6, BEY-4): the list's URL query under a name, kept per user and
 * optionally shared with everyone of the organisation. A view of another organisation, or another user's
 * unshared view, is not found; a colleague's shared view can be opened but only its owner changes it.
 */

type Deps = { db: Database; clock: Clock };
type ViewRow = NonNullable<Awaited<ReturnType<typeof findView>>>;

const toView = (actor: Actor, row: ViewRow) => ({
  id: row.id,
  name: row.name,
  query: row.query,
  shared: row.shared,
  ownedByMe: row.userId === actor.userId,
});

/** A view's query must be one the list accepts, so opening it never fails (400 naming `query`). */
function validQuery(query: string): string {
  const normalised = query.replace(/^\?/, '');
  const parsed = customerListQuery.safeParse(Object.fromEntries(new URLSearchParams(normalised)));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badRequest('query', `The view's query is not valid: ${issue?.path.join('.')} ${issue?.message}`.trim());
  }
  return normalised;
}

function ensureMayKeepViews(actor: Actor) {
  ensure(mayKeepViews(actor), 'Saved views belong to the customer list.');
}

export async function listViews(deps: Deps, actor: Actor) {
  ensureMayKeepViews(actor);
  const rows = await selectViews(deps.db, actor.organisationId, actor.userId);
  return { items: rows.map((row) => toView(actor, row)) };
}

export async function createView(deps: Deps, actor: Actor, input: { name: string; query: string; shared: boolean }) {
  ensureMayKeepViews(actor);
  const query = validQuery(input.query);
  return deps.db.transaction(async (tx) => {
    const row = await insertView(tx, {
      partnerId: actor.organisationId,
      userId: actor.userId,
      name: input.name,
      query,
      shared: input.shared,
      at: deps.clock.now(),
    });
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'view.created',
      targetType: 'saved_view',
      targetId: row.id,
      after: row,
    });
    return toView(actor, row);
  });
}

export async function changeView(
  deps: Deps,
  actor: Actor,
  id: string,
  changes: { name?: string; query?: string; shared?: boolean },
) {
  ensureMayKeepViews(actor);
  const query = changes.query === undefined ? undefined : validQuery(changes.query);
  return deps.db.transaction(async (tx) => {
    const before = await viewToChange(tx, actor, id);
    const after = await updateView(tx, actor.organisationId, id, { ...changes, query }, deps.clock.now());
    if (!after) throw notFound('The view');
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'view.changed',
      targetType: 'saved_view',
      targetId: id,
      before,
      after,
    });
    return toView(actor, after);
  });
}

export async function removeView(deps: Deps, actor: Actor, id: string): Promise<void> {
  ensureMayKeepViews(actor);
  await deps.db.transaction(async (tx) => {
    const before = await viewToChange(tx, actor, id);
    await deleteView(tx, actor.organisationId, id);
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'view.deleted',
      targetType: 'saved_view',
      targetId: id,
      before,
    });
  });
}

async function viewToChange(db: Database, actor: Actor, id: string) {
  const view = await findView(db, actor.organisationId, actor.userId, id);
  if (!view) throw notFound('The view');
  ensure(mayChangeView(actor, view), 'Only the user who saved a view changes it.');
  return view;
}
