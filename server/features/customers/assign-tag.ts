import type { Clock } from '../../../domain/clock.ts';
import type { Actor } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { notFound } from '../../platform/errors.ts';
import { recordCustomersChanged } from '../webhooks/change-events.ts';
import { refreshCustomerListEntries } from './refresh-customer-list.ts';
import { tagToChange } from './tag-rules.ts';
import { deleteCustomerTag, insertCustomerTag, isTaggableCustomer } from './tags.queries.ts';

type Deps = { db: Database; clock: Clock };

/** TAG-1: puts a tag on a customer (idempotent). A customer outside the actor's scope is not found. */
export async function assignTag(deps: Deps, actor: Actor, customerId: string, tagId: string): Promise<void> {
  await changeCustomerTag(deps, actor, customerId, tagId, 'assigned');
}

/** TAG-1: takes a tag off a customer (idempotent). */
export async function unassignTag(deps: Deps, actor: Actor, customerId: string, tagId: string): Promise<void> {
  await changeCustomerTag(deps, actor, customerId, tagId, 'removed');
}

async function changeCustomerTag(
  deps: Deps,
  actor: Actor,
  customerId: string,
  tagId: string,
  change: 'assigned' | 'removed',
) {
  await deps.db.transaction(async (tx) => {
    const tag = await tagToChange(tx, actor, tagId);
    if (!(await isTaggableCustomer(tx, actor, customerId))) throw notFound('The customer');
    const partnerId = actor.organisationId;
    const changed =
      change === 'assigned'
        ? await insertCustomerTag(tx, { partnerId, customerId, tagId, createdAt: deps.clock.now() })
        : await deleteCustomerTag(tx, partnerId, customerId, tagId);
    if (!changed) return;
    await refreshCustomerListEntries(tx, [customerId]);
    await recordCustomersChanged(tx, deps.clock, { partnerId, customerIds: [customerId], changed: 'tags' });
    await recordAudit(tx, deps.clock, actor, {
      organisationId: partnerId,
      action: `tag.${change}`,
      targetType: 'customer',
      targetId: customerId,
      after: { tag },
    });
  });
}
