import type { Actor } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { mayManageTags, mayReadTags } from './customers.policy.ts';
import { findTag, tagNameTaken } from './tags.queries.ts';

/** Checks shared by the tag use cases (TAG-2): a foreign tag is not found; then who may change tags. */

export function ensureMayReadTags(actor: Actor) {
  ensure(mayReadTags(actor), 'Tags belong to partner organisations.');
}

/** The actor's partner's tag, or 404 (another partner's tag is not found); then 403 unless the actor manages tags. */
export async function tagToChange(db: Database, actor: Actor, tagId: string) {
  ensureMayReadTags(actor);
  const tag = await findTag(db, actor.organisationId, tagId);
  if (!tag) throw notFound('The tag');
  ensureMayManageTags(actor);
  return tag;
}

export function ensureMayManageTags(actor: Actor) {
  ensure(mayManageTags(actor), 'Only full administrators and partner administrators change tags.');
}

export async function ensureFreeTagName(db: Database, partnerId: string, name: string, exceptId?: string) {
  if (await tagNameTaken(db, partnerId, name, exceptId)) {
    throw new AppError(409, 'conflict', `A tag named “${name}” exists already.`, 'name');
  }
}
