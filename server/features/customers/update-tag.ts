import type { Clock } from '../../../domain/clock.ts';
import type { TagSummary } from '../../../domain/contracts/customers.ts';
import type { Actor } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { recordCustomersChanged } from '../webhooks/change-events.ts';
import { refreshCustomerListEntries } from './refresh-customer-list.ts';
import { ensureFreeTagName, tagToChange } from './tag-rules.ts';
import { customersWithTag, updateTag } from './tags.queries.ts';

/** TAG-1: rename or recolour a tag; the list entries of its customers show the new name. */
export async function changeTag(
  deps: { db: Database; clock: Clock },
  actor: Actor,
  tagId: string,
  changes: { name?: string; colour?: string },
): Promise<TagSummary & { customers: number }> {
  return deps.db.transaction(async (tx) => {
    const before = await tagToChange(tx, actor, tagId);
    if (changes.name !== undefined) await ensureFreeTagName(tx, actor.organisationId, changes.name, tagId);
    await updateTag(tx, actor.organisationId, tagId, changes);
    const after = { ...before, ...changes };
    const customers = await customersWithTag(tx, actor.organisationId, tagId);
    await refreshCustomerListEntries(tx, customers);
    // A new colour changes no customer as integrators see it; a new name changes each tagged customer's tags.
    if (changes.name !== undefined && changes.name !== before.name) {
      await recordCustomersChanged(tx, deps.clock, {
        partnerId: actor.organisationId,
        customerIds: customers,
        changed: 'tags',
      });
    }
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'tag.changed',
      targetType: 'tag',
      targetId: tagId,
      before,
      after,
    });
    return { ...after, customers: customers.length };
  });
}
