import type { Clock } from '../../../domain/clock.ts';
import type { Actor } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { recordCustomersChanged } from '../webhooks/change-events.ts';
import { refreshCustomerListEntries } from './refresh-customer-list.ts';
import { tagToChange } from './tag-rules.ts';
import { deleteTag } from './tags.queries.ts';

/** TAG-1: deletes a tag and takes it off every customer that had it. */
export async function removeTag(deps: { db: Database; clock: Clock }, actor: Actor, tagId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const before = await tagToChange(tx, actor, tagId);
    const customers = await deleteTag(tx, actor.organisationId, tagId);
    await refreshCustomerListEntries(tx, customers);
    await recordCustomersChanged(tx, deps.clock, {
      partnerId: actor.organisationId,
      customerIds: customers,
      changed: 'tags',
    });
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'tag.deleted',
      targetType: 'tag',
      targetId: tagId,
      before: { ...before, customers: customers.length },
    });
  });
}
