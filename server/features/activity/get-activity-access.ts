import { mayDelegateCustomerActivity, mayOpenCustomerActivity } from '../../../domain/activity.ts';
import type { ActivityAccess } from '../../../domain/contracts/activity.ts';
import type { Actor } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';
import { mayExportEducation } from './activity.policy.ts';
import { type ActivityDeps, todayOf, visibleWorkspaces } from './activity-scope.ts';

/**
 * ACT-2, ACT-3, ACT-7: whether the page opens for a customer's user, the workspace filter's choices and what
 * else they may do. Every user of a customer may ask, so one without access is told so rather than refused.
 */
export async function getActivityAccess(deps: ActivityDeps, actor: Actor): Promise<ActivityAccess> {
  ensure(actor.organisationKind === 'customer', 'Customer activity is the customer’s own page.');
  const mayOpen = mayOpenCustomerActivity(actor.roles);
  const mayExport = mayExportEducation(actor);
  return {
    mayOpen,
    workspaces: mayOpen || mayExport ? await visibleWorkspaces(deps.db, actor) : [],
    mayDelegate: mayDelegateCustomerActivity(actor.roles),
    mayExportEducationReport: mayExport,
    today: todayOf(deps.clock),
  };
}
