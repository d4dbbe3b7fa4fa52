import { DAY_MS } from '../../domain/clock.ts';
import type { ProvisioningStatus, TrialState } from '../../domain/customer-status.ts';
import {
  invoices,
  licenceAssignments,
  orders,
  subscriptionServices,
  subscriptions,
  trialServices,
  trials,
  users,
} from '../db/schema/index.ts';
import type { Database } from '../platform/db.ts';

/** Crafted subscriptions, trials, licences, invoices and orders of a customer, for tests of what is shown. */

let sequence = 0;
const next = () => ++sequence;
const days = (from: Date, n: number) => new Date(from.getTime() + n * DAY_MS);

export async function addSubscription(
  db: Database,
  input: {
    customerId: string;
    sellerId: string;
    now: Date;
    services: { serviceId: string; quantity: number; provisioningStatus?: ProvisioningStatus }[];
    state?: 'active' | 'suspended' | 'cancelled' | 'expired';
    endsInDays?: number;
    autoRenew?: boolean;
  },
) {
  const [row] = await db
    .insert(subscriptions)
    .values({
      customerId: input.customerId,
      number: `SubT${next()}`,
      sellerOrganisationId: input.sellerId,
      state: input.state ?? 'active',
      startsAt: days(input.now, -100),
      endsAt: days(input.now, input.endsInDays ?? 200),
      autoRenew: input.autoRenew ?? true,
      createdAt: days(input.now, -100),
    })
    .returning();
  if (!row) throw new Error('subscription not created');
  for (const service of input.services) {
    await db.insert(subscriptionServices).values({
      customerId: input.customerId,
      subscriptionId: row.id,
      serviceId: service.serviceId,
      quantity: service.quantity,
      provisioningStatus: service.provisioningStatus ?? 'provisioned',
    });
  }
  return row;
}

/** Licensed users of the customer, each holding `serviceId`; `usedDaysAgo` null means never used. */
export async function addLicensedUsers(
  db: Database,
  input: {
    customerId: string;
    serviceId: string;
    now: Date;
    subscriptionId?: string;
    trialId?: string;
    usedDaysAgo: (number | null)[];
  },
) {
  const ids: string[] = [];
  for (const daysAgo of input.usedDaysAgo) {
    const n = next();
    const [user] = await db
      .insert(users)
      .values({
        organisationId: input.customerId,
        email: `licensed${n}@customer.test`,
        name: `Licensed User ${n}`,
        createdAt: days(input.now, -200),
      })
      .returning({ id: users.id });
    if (!user) throw new Error('user not created');
    await db.insert(licenceAssignments).values({
      customerId: input.customerId,
      userId: user.id,
      serviceId: input.serviceId,
      subscriptionId: input.subscriptionId ?? null,
      trialId: input.trialId ?? null,
      assignedAt: days(input.now, -90),
      lastUsedAt: daysAgo === null ? null : days(input.now, -daysAgo),
    });
    ids.push(user.id);
  }
  return ids;
}

export async function addInvoice(db: Database, input: { customerId: string; subscriptionId: string; now: Date }) {
  await db.insert(invoices).values({
    customerId: input.customerId,
    subscriptionId: input.subscriptionId,
    number: `INV-T${next()}`,
    periodStart: days(input.now, -100),
    periodEnd: days(input.now, 265),
    amountCents: 120_000,
    currency: 'EUR',
    status: 'paid',
    issuedAt: days(input.now, -100),
    dueAt: days(input.now, -70),
  });
}

export async function addOrder(
  db: Database,
  input: { customerId: string; subscriptionId: string | null; placedById: string; now: Date },
) {
  await db.insert(orders).values({
    customerId: input.customerId,
    number: `ORD-T${next()}`,
    subscriptionId: input.subscriptionId,
    kind: 'new',
    status: 'completed',
    placedByOrganisationId: input.placedById,
    lines: [{ serviceId: 'messaging', quantity: 10 }],
    createdAt: days(input.now, -100),
    completedAt: days(input.now, -99),
  });
}

export async function addTrial(
  db: Database,
  input: {
    customerId: string;
    partnerId: string;
    requestedByUserId: string;
    now: Date;
    state: TrialState;
    /** Days from now to the end; null for a trial that has not started (pending consent). */
    endsInDays: number | null;
    serviceIds: string[];
    licenceQuantity?: number;
  },
) {
  const quantity = input.licenceQuantity ?? 25;
  const started = input.endsInDays !== null;
  const [row] = await db
    .insert(trials)
    .values({
      customerId: input.customerId,
      number: `TRT${next()}`,
      partnerId: input.partnerId,
      state: input.state,
      licenceQuantity: quantity,
      durationDays: 90,
      startsAt: started ? days(input.now, (input.endsInDays ?? 0) - 90) : null,
      endsAt: started ? days(input.now, input.endsInDays ?? 0) : null,
      adminEmail: 'admin@trial.test',
      requestedByUserId: input.requestedByUserId,
      consentRequestedAt: days(input.now, -2),
      createdAt: days(input.now, -2),
    })
    .returning();
  if (!row) throw new Error('trial not created');
  for (const serviceId of input.serviceIds) {
    await db.insert(trialServices).values({
      customerId: input.customerId,
      trialId: row.id,
      serviceId,
      licenceQuantity: quantity,
      provisioningStatus: input.state === 'active' ? 'provisioned' : 'pending_details',
    });
  }
  return row;
}
