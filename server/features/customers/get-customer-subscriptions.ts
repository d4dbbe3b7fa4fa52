import { wholeDaysBetween } from '../../../domain/calendar-days.ts';
import type { Clock } from '../../../domain/clock.ts';
import type { CustomerSubscriptionsResponse } from '../../../domain/contracts/customer-detail.ts';
import {
  isLiveSubscription,
  provisioningStatusOf,
  type SubscriptionFacts,
  subscriptionStatusOf,
} from '../../../domain/customer-status.ts';
import { type Actor, isVendorOperator } from '../../../domain/roles.ts';
import type { Database } from '../../platform/db.ts';
import {
  invoicesOf,
  ordersOfCustomer,
  serviceNames,
  subscriptionServiceLicences,
  subscriptionsOfCustomer,
  usedSince,
  viewerStatusContext,
} from './customer-detail.queries.ts';
import { requireCustomerForDetail } from './get-customer.ts';

const iso = (d: Date | string) => new Date(d).toISOString();

/**
 * DET-2: subscriptions with renewal date, licences per service (bought / assigned / used / available), their
 * invoices, and the order history. INS-3: a partner sees only the subscriptions it sold; the vendor sees all.
 */
export async function getCustomerSubscriptions(
  deps: { db: Database; clock: Clock },
  actor: Actor,
  id: string,
): Promise<CustomerSubscriptionsResponse> {
  const { db } = deps;
  await requireCustomerForDetail(db, actor, id);
  const now = deps.clock.now();
  const ctx = await viewerStatusContext(db, actor, now);
  const all = await subscriptionsOfCustomer(db, id);
  const shown = isVendorOperator(actor)
    ? all
    : all.filter((row) => row.subscription.sellerOrganisationId === actor.organisationId);
  const licences = await subscriptionServiceLicences(db, id, usedSince(now));
  const invoices = await invoicesOf(
    db,
    id,
    shown.map((row) => row.subscription.id),
  );
  const names = await serviceNames(db);
  const orders = await ordersOfCustomer(db, actor, id);

  const items = shown.map(({ subscription: s, sellerName }) => {
    const services = licences
      .filter((l) => l.subscriptionId === s.id)
      .map((l) => ({
        serviceId: l.serviceId,
        serviceName: l.serviceName,
        licenceUnit: l.licenceUnit,
        bought: l.quantity,
        assigned: l.assigned,
        used: l.used,
        available: Math.max(0, l.quantity - l.assigned),
        provisioningStatus: l.provisioningStatus,
        provisioningError: l.provisioningError,
      }));
    const facts: SubscriptionFacts = {
      ...s,
      services: services.map((x) => ({ ...x, quantity: x.bought })),
    };
    const live = isLiveSubscription(facts, ctx);
    return {
      id: s.id,
      number: s.number,
      seller: { id: s.sellerOrganisationId, name: sellerName },
      state: s.state,
      billingState: s.billingState,
      setupComplete: s.setupComplete,
      status: subscriptionStatusOf(facts, ctx),
      provisioningStatus: live ? provisioningStatusOf(services) : null,
      startsAt: iso(s.startsAt),
      endsAt: iso(s.endsAt),
      autoRenew: s.autoRenew,
      termMonths: s.termMonths,
      version: s.version,
      renewsAt: live && s.autoRenew ? iso(s.endsAt) : null,
      daysLeft: wholeDaysBetween(now, new Date(s.endsAt), ctx.timeZone),
      services,
      invoices: invoices
        .filter((inv) => inv.subscriptionId === s.id)
        .map((inv) => ({
          id: inv.id,
          number: inv.number,
          periodStart: iso(inv.periodStart),
          periodEnd: iso(inv.periodEnd),
          amountCents: inv.amountCents,
          currency: inv.currency,
          status: inv.status,
          issuedAt: iso(inv.issuedAt),
          dueAt: iso(inv.dueAt),
        })),
    };
  });

  return {
    items,
    orders: orders.map((o) => ({
      id: o.id,
      number: o.number,
      kind: o.kind,
      status: o.status,
      subscriptionNumber: o.subscription_number,
      placedBy: { id: o.placed_by_id, name: o.placed_by_name },
      lines: o.lines.map((line) => ({ ...line, serviceName: names.get(line.serviceId) ?? line.serviceId })),
      createdAt: iso(o.created_at),
      completedAt: o.completed_at ? iso(o.completed_at) : null,
    })),
    otherSellersSubscriptions: all.length - shown.length,
  };
}
