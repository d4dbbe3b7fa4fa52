import type { Clock } from '../../../domain/clock.ts';
import type { TagSummary } from '../../../domain/contracts/customers.ts';
import type { Actor } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { ensureFreeTagName, ensureMayManageTags, ensureMayReadTags } from './tag-rules.ts';
import { insertTag } from './tags.queries.ts';

/** TAG-1: a new tag of the actor's partner. */
export async function createTag(
  deps: { db: Database; clock: Clock },
  actor: Actor,
  input: { name: string; colour: string },
): Promise<TagSummary & { customers: number }> {
  ensureMayReadTags(actor);
  ensureMayManageTags(actor);
  return deps.db.transaction(async (tx) => {
    await ensureFreeTagName(tx, actor.organisationId, input.name);
    const tag = await insertTag(tx, {
      partnerId: actor.organisationId,
      name: input.name,
      colour: input.colour,
      createdByUserId: actor.userId,
      createdAt: deps.clock.now(),
    });
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'tag.created',
      targetType: 'tag',
      targetId: tag.id,
      after: tag,
    });
    return { ...tag, customers: 0 };
  });
}
