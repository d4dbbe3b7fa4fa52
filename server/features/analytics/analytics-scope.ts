import type { Actor } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';
import type { Database } from '../../platform/db.ts';
import { notFound } from '../../platform/errors.ts';
import { mayFilterByAnyPartner, mayReadAnalytics } from './analytics.policy.ts';
import { partnerExists, type Scope } from './analytics.queries.ts';

/**
 * Checks the actor may read analytics and resolves the partner filter: a vendor operator may name any partner
 * (an unknown one is 404); a partner may name only itself, another partner reads as not found (tenancy).
 */
export async function analyticsScope(db: Database, actor: Actor, partnerId: string | undefined): Promise<Scope> {
  ensure(mayReadAnalytics(actor), 'Analytics are for partner administrators and vendor operators.');
  if (partnerId === undefined) return { actor };
  if (mayFilterByAnyPartner(actor)) {
    if (!(await partnerExists(db, partnerId))) throw notFound('The partner');
    return { actor, partnerId };
  }
  if (partnerId !== actor.organisationId) throw notFound('The partner');
  return { actor };
}
