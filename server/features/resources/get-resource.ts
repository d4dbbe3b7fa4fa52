import type { Resource } from '../../../domain/contracts/resources.ts';
import { type Actor, can } from '../../../domain/roles.ts';
import type { Database } from '../../platform/db.ts';
import { notFound } from '../../platform/errors.ts';
import { toResource } from './resource-views.ts';
import { selectResource } from './resources.queries.ts';

/** RES-1: one resource with its Markdown body; a retired one is found by vendor operators only. */
export async function getResource(deps: { db: Database }, actor: Actor, id: string): Promise<Resource> {
  const row = await selectResource(deps.db, id);
  if (!row || (row.retiredAt && !can(actor, 'manageResources'))) throw notFound('The resource');
  return toResource(row);
}
