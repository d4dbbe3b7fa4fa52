import type { Clock } from '../../../domain/clock.ts';
import type { CustomerLookupResponse, MeetingSiteAvailability } from '../../../domain/contracts/trials.ts';
import type { Actor } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { ACCOUNT_ATTEMPTS_PER_MINUTE, admitAttempt } from '../auth/sign-in-throttle.ts';
import { trialableServices } from './trial-catalogue.ts';
import { boughtServices, customerFoundBy, isPayingCustomerOf, trialledServices } from './trial-requests.queries.ts';
import { meetingSiteUrlOf } from './trial-terms.ts';
import { mayStartTrial } from './trials.policy.ts';
import { meetingSiteTaken } from './trials.queries.ts';

type Deps = { db: Database; clock: Clock };
/** TRI-4 look-ups a user may make a minute (as many as sign-in attempts an account may). */
const CUSTOMER_LOOKUPS_PER_MINUTE = ACCOUNT_ATTEMPTS_PER_MINUTE;
const denied = 'Only sales administrators, sales full administrators and full administrators start trials.';

/**
 * TRI-4: the organisation an administrator's e-mail belongs to, for the partner to confirm, with the services it
 * may trial (not bought, not trialled by anyone). An unknown address is "no such organisation". The answer says no
 * more than that (see the contract); every look-up is audit-logged in the asking partner's log, and the route
 * limits how many a user makes.
 */
export async function lookupCustomer(deps: Deps, actor: Actor, email: string): Promise<CustomerLookupResponse> {
  ensure(mayStartTrial(actor), denied);
  // Each look-up names an organisation for an e-mail: limited per user like sign-in, so nobody harvests them.
  await admitAttempt(deps.db, deps.clock, `lookup:${actor.userId}`, CUSTOMER_LOOKUPS_PER_MINUTE, 'customer look-ups');
  const customer = await customerFoundBy(deps.db, null, email);
  await recordAudit(deps.db, deps.clock, actor, {
    organisationId: actor.organisationId,
    action: 'trial.customer_lookup',
    targetType: customer ? 'organisation' : 'email',
    targetId: customer?.id ?? email.toLowerCase(),
    after: { email: email.toLowerCase(), found: customer !== null },
  });
  if (!customer) return { found: false };
  const now = deps.clock.now();
  const bought = await boughtServices(deps.db, customer.id, now);
  const trialled = new Set((await trialledServices(deps.db, customer.id)).map((t) => t.serviceId));
  const catalogue = await trialableServices(deps.db);
  return {
    found: true,
    customer: { name: customer.name },
    paying: await isPayingCustomerOf(deps.db, customer.id, actor.organisationId, now),
    choosableServices: catalogue
      .filter((s) => !bought.has(s.id) && !trialled.has(s.id))
      .map((s) => ({ serviceId: s.id, serviceName: s.name })),
  };
}

/** TRI-1: whether a meeting site name is free (case-insensitive; released and cancelled trials free theirs). */
export async function meetingSiteAvailability(
  deps: Deps,
  actor: Actor,
  name: string,
): Promise<MeetingSiteAvailability> {
  ensure(mayStartTrial(actor), denied);
  const url = meetingSiteUrlOf(name);
  return { name, url: `https://${url}`, available: !(await meetingSiteTaken(deps.db, url)) };
}
