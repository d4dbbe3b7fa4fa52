import type { Clock } from '../../../domain/clock.ts';
import type { CustomerConsole } from '../../../domain/contracts/console.ts';
import {
  isLiveSubscription,
  isOngoingTrial,
  provisioningStatusOf,
  type ServiceProvisioning,
  type StatusContext,
} from '../../../domain/customer-status.ts';
import { licenceTotals } from '../../../domain/licences.ts';
import { type Actor, can, isVendorOperator } from '../../../domain/roles.ts';
import { consentDaysLeft, consentLapsesAt } from '../../../domain/trial-lifecycle.ts';
import { ensure } from '../../platform/access.ts';
import type { Database } from '../../platform/db.ts';
import { notFound } from '../../platform/errors.ts';
import {
  assignmentsPerSource,
  catalogueServices,
  consoleAdmins,
  consoleUsers,
  type LicenceSource,
  organisationRef,
  pendingConsentTrials,
} from './customer-console.queries.ts';
import { mayLaunchCustomer } from './customer-detail.policy.ts';
import {
  findVisibleCustomer,
  loadCustomerFacts,
  subscriptionServiceLicences,
  trialServiceRows,
  usedSince,
} from './customer-detail.queries.ts';

type Deps = { db: Database; clock: Clock };

/**
 * Who enters the console and with which rights (CUS-7, ROL-3): the customer's own full and read-only
 * administrators; partners in scope with the level the customer gave them; vendor operators with full rights.
 * A foreign customer is 404; a plain user of the customer, 403.
 */
export async function consoleAccess(db: Database, actor: Actor, customerId: string) {
  const found = await findVisibleCustomer(db, actor, customerId);
  if (!found) throw notFound('The customer');
  const { customer } = found;
  if (actor.organisationKind === 'customer') {
    ensure(can(actor, 'openOwnConsole'), 'Only your organisation’s administrators open the console.');
    return {
      customer,
      viewer: {
        kind: 'customer' as const,
        organisation: { id: customer.id, name: customer.name },
        adminLevel: 'full' as const,
        mayManageUsersAndLicences: can(actor, 'manageUsersAndLicences'),
      },
    };
  }
  ensure(mayLaunchCustomer(actor));
  const vendor = isVendorOperator(actor);
  const adminLevel = vendor ? 'full' : (found.adminLevel ?? 'full');
  return {
    customer,
    viewer: {
      kind: vendor ? ('vendor' as const) : ('partner' as const),
      organisation: await organisationRef(db, actor.organisationId),
      adminLevel,
      // ROL-3: provisioning administration may not manage users and licences; ROL-2: read-only changes nothing.
      mayManageUsersAndLicences: adminLevel === 'full' && can(actor, 'manageUsersAndLicences'),
    },
  };
}

export async function getCustomerConsole(deps: Deps, actor: Actor, customerId: string): Promise<CustomerConsole> {
  const { db } = deps;
  const { customer, viewer } = await consoleAccess(db, actor, customerId);
  const now = deps.clock.now();
  // The customer's own calendar decides what is live, as the customer would see it.
  const ctx: StatusContext = { now, timeZone: customer.timeZone };
  const pending = await pendingConsentTrials(db, customerId, viewer.kind === 'partner' ? actor.organisationId : null);
  const sources = await currentSources(db, customerId, ctx);
  const services = await consoleServices(db, customerId, sources);
  return {
    customer: { id: customer.id, name: customer.name, country: customer.country, dataRegion: customer.dataRegion },
    viewer,
    services,
    licences: licenceTotals(services),
    users: await consoleUsers(db, customerId, sources.isCurrent),
    admins: await consoleAdmins(db, customerId),
    pendingTrialRequests: pending.map(({ trial, partnerName, partnerTimeZone, services }) => ({
      id: trial.id,
      number: trial.number,
      partner: { id: trial.partnerId, name: partnerName },
      services,
      licenceQuantity: trial.licenceQuantity,
      durationDays: trial.durationDays,
      requestedAt: trial.consentRequestedAt?.toISOString() ?? null,
      respondBy: consentLapsesAt(trial)?.toISOString() ?? null,
      respondByDaysLeft: consentDaysLeft(trial, now, partnerTimeZone),
    })),
  };
}

type Sources = Awaited<ReturnType<typeof currentSources>>;

/**
 * Where the customer's licences come from now: live subscriptions (every seller) and ongoing, consented trials.
 * A licence left on an ended subscription or trial is not the customer's to use any more.
 */
async function currentSources(db: Database, customerId: string, ctx: StatusContext) {
  const licences = await subscriptionServiceLicences(db, customerId, usedSince(ctx.now));
  const facts = await loadCustomerFacts(db, customerId, licences);
  const live = new Set(facts.subscriptions.filter((s) => isLiveSubscription(s, ctx)).map((s) => s.id));
  const trialIds = new Set(
    facts.trials.filter((t) => t.state !== 'pending_consent' && isOngoingTrial(t, ctx)).map((t) => t.id as string),
  );
  const isCurrent = (a: LicenceSource) =>
    (a.subscriptionId !== null && live.has(a.subscriptionId)) || (a.trialId !== null && trialIds.has(a.trialId));
  return { licences, live, trialIds, isCurrent };
}

/** Licences per service: bought, trial, assigned now and available. */
async function consoleServices(db: Database, customerId: string, sources: Sources) {
  const { licences, live, isCurrent } = sources;
  const trialLicences = await trialServiceRows(db, customerId, [...sources.trialIds]);
  const assigned = new Map<string, number>();
  for (const a of (await assignmentsPerSource(db, customerId)).filter(isCurrent)) {
    assigned.set(a.serviceId, (assigned.get(a.serviceId) ?? 0) + a.n);
  }

  const result: CustomerConsole['services'] = [];
  for (const service of await catalogueServices(db)) {
    const paid = licences.filter((l) => l.serviceId === service.id && live.has(l.subscriptionId));
    const trial = trialLicences.filter((l) => l.serviceId === service.id);
    const bought = paid.reduce((sum, l) => sum + l.quantity, 0);
    const trialCount = trial.reduce((sum, l) => sum + l.licences, 0);
    const held = assigned.get(service.id) ?? 0;
    if (paid.length === 0 && trial.length === 0 && held === 0) continue;
    const provisioning: ServiceProvisioning[] = [...paid, ...trial];
    result.push({
      serviceId: service.id,
      serviceName: service.name,
      licenceUnit: service.licenceUnit,
      bought,
      trial: trialCount,
      assigned: held,
      available: Math.max(0, bought + trialCount - held),
      provisioningStatus: provisioningStatusOf(provisioning),
    });
  }
  return result;
}
