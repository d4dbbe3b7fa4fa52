import { asc, eq } from 'drizzle-orm';
import type { Clock } from '../../../domain/clock.ts';
import type { CustomerLookupResponse, MeetingSiteAvailability } from '../../../domain/contracts/trials.ts';
import type { Actor } from '../../../domain/roles.ts';
import { services } from '../../db/schema/index.ts';
import { ensure } from '../../platform/access.ts';
import type { Database } from '../../platform/db.ts';
import { customerFoundBy } from './start-trial.ts';
import { meetingSiteUrlOf } from './trial-terms.ts';
import { mayStartTrial } from './trials.policy.ts';
import {
  boughtServices,
  customerAdminEmails,
  isPayingCustomerOf,
  meetingSiteTaken,
  trialledServices,
} from './trials.queries.ts';

type Deps = { db: Database; clock: Clock };
const denied = 'Only sales administrators, sales full administrators and full administrators start trials.';

/**
 * TRI-4: the organisation an administrator's e-mail belongs to, for the partner to confirm, with the services it
 * may trial (not bought, not trialled by anyone). An unknown address is "no such organisation".
 */
export async function lookupCustomer(deps: Deps, actor: Actor, email: string): Promise<CustomerLookupResponse> {
  ensure(mayStartTrial(actor), denied);
  const customer = await customerFoundBy(deps.db, null, email);
  if (!customer) return { found: false };
  const now = deps.clock.now();
  const bought = await boughtServices(deps.db, customer.id, now);
  const trialled = await trialledServices(deps.db, customer.id);
  const catalogue = await deps.db
    .select()
    .from(services)
    .where(eq(services.trialable, true))
    .orderBy(asc(services.sortOrder));
  const fullAdmins = await customerAdminEmails(deps.db, customer.id, ['customer_full_admin']);
  return {
    found: true,
    customer,
    paying: await isPayingCustomerOf(deps.db, customer.id, actor.organisationId, now),
    emailIsFullAdmin: fullAdmins.some((a) => a.toLowerCase() === email.toLowerCase()),
    services: catalogue.map((s) => {
      const trial = trialled.find((t) => t.serviceId === s.id);
      const reason = bought.has(s.id)
        ? ('bought' as const)
        : trial
          ? trial.partnerId === actor.organisationId
            ? ('trialled_already' as const)
            : ('trialled_by_other_partner' as const)
          : null;
      return { serviceId: s.id, serviceName: s.name, available: reason === null, reason };
    }),
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
