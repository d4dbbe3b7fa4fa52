import { type Actor, isVendorOperator } from '../../../domain/roles.ts';
import type { Database } from '../../platform/db.ts';
import { ensureMayReadTags } from './tag-rules.ts';
import { selectTags } from './tags.queries.ts';

/**
 * TAG-2: every partner administrator sees the partner's tags, with how many customers carry each. Vendor
 * operators have no tags of their own (tags are per partner), so theirs is an empty list.
 */
export async function listTags(deps: { db: Database }, actor: Actor) {
  if (isVendorOperator(actor)) return { items: [] };
  ensureMayReadTags(actor);
  return { items: await selectTags(deps.db, actor.organisationId) };
}
