import type { Clock } from '../../../domain/clock.ts';
import type { CustomerDetail } from '../../../domain/contracts/customer-detail.ts';
import {
  customerProvisioningStatus,
  customerStatuses,
  isLiveSubscription,
  isOngoingTrial,
  subscriptionStatuses,
} from '../../../domain/customer-status.ts';
import { type Actor, isVendorOperator } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';
import type { Database } from '../../platform/db.ts';
import { notFound } from '../../platform/errors.ts';
import {
  mayAssignPartnerAdmins,
  mayLaunchCustomer,
  mayStartTrialFor,
  mayTagCustomer,
  seesCustomerDetail,
} from './customer-detail.policy.ts';
import {
  countAssignedAdmins,
  findVisibleCustomer,
  linkedPartners,
  loadCustomerFacts,
  subscriptionServiceLicences,
  tagsOfCustomer,
  usedSince,
  type VisibleCustomer,
  viewerStatusContext,
} from './customer-detail.queries.ts';

/** The customer as the detail page sees it: a foreign one is 404, a customer's own user gets 403. */
export async function requireCustomerForDetail(db: Database, actor: Actor, id: string): Promise<VisibleCustomer> {
  const found = await findVisibleCustomer(db, actor, id);
  if (!found) throw notFound('The customer');
  ensure(seesCustomerDetail(actor), 'The customer detail is for partners; customers use their console.');
  return found;
}

/** DET-1: the header and Overview tab of a customer. */
export async function getCustomer(
  deps: { db: Database; clock: Clock },
  actor: Actor,
  id: string,
): Promise<CustomerDetail> {
  const { db } = deps;
  const found = await requireCustomerForDetail(db, actor, id);
  const now = deps.clock.now();
  const ctx = await viewerStatusContext(db, actor, now);
  const licences = await subscriptionServiceLicences(db, id, usedSince(now));
  const facts = await loadCustomerFacts(db, id, licences);

  const liveIds = new Set(facts.subscriptions.filter((s) => isLiveSubscription(s, ctx)).map((s) => s.id));
  const live = licences.filter((l) => liveIds.has(l.subscriptionId));
  const { customer } = found;
  const vendor = isVendorOperator(actor);
  return {
    id: customer.id,
    name: customer.name,
    adminEmail: customer.primaryAdminEmail,
    country: customer.country,
    dataRegion: customer.dataRegion,
    timeZone: customer.timeZone,
    vertical: customer.vertical,
    createdAt: customer.createdAt.toISOString(),
    isPartnerOwnOrganisation: customer.isPartnerOwnOrganisation,
    statuses: customerStatuses(facts, ctx),
    provisioningStatus: customerProvisioningStatus(facts, ctx),
    subscriptionStatuses: subscriptionStatuses(facts, ctx),
    ownerPartner: found.ownerId && found.ownerName ? { id: found.ownerId, name: found.ownerName } : null,
    managedBy: vendor ? null : found.relationship,
    adminLevel: vendor ? 'full' : (found.adminLevel ?? 'full'),
    partners: await linkedPartners(db, actor, id),
    tags: vendor ? [] : await tagsOfCustomer(db, actor.organisationId, id),
    licences: {
      total: live.reduce((sum, l) => sum + l.quantity, 0),
      assigned: live.reduce((sum, l) => sum + l.assigned, 0),
      used: live.reduce((sum, l) => sum + l.used, 0),
    },
    counts: {
      liveSubscriptions: liveIds.size,
      ongoingTrials: facts.trials.filter((t) => isOngoingTrial(t, ctx)).length,
      partnerAdmins: await countAssignedAdmins(db, actor, id),
    },
    permissions: {
      assignAdmins: mayAssignPartnerAdmins(actor),
      tag: mayTagCustomer(actor),
      launch: mayLaunchCustomer(actor),
      startTrial: mayStartTrialFor(actor),
    },
  };
}
