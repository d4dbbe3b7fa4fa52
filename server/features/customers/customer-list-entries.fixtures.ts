import { randomUUID } from 'node:crypto';
import type { CustomerFacts, SubscriptionFacts, TrialFacts } from '../../../domain/customer-status.ts';
import {
  adminSignIns,
  licenceAssignments,
  subscriptionServices,
  subscriptions,
  trialServices,
  trials,
} from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';

/**
 * Test support: writes a customer's status facts (domain/customer-status.ts's `CustomerFacts`) into the base
 * tables, so a test states a customer the way the pure rules see it and checks what the list makes of it.
 */

let sequence = 0;
const createdAt = new Date('2025-01-01T00:00:00Z');

export async function writeCustomerFacts(
  db: Database,
  customerId: string,
  sellerId: string,
  requestedByUserId: string,
  facts: CustomerFacts,
): Promise<void> {
  for (const subscription of facts.subscriptions) await writeSubscription(db, customerId, sellerId, subscription);
  for (const trial of facts.trials) await writeTrial(db, customerId, sellerId, requestedByUserId, trial);
  if (facts.lastAdminSignInAt) {
    await db.insert(adminSignIns).values({
      customerId,
      id: `sign-in-${++sequence}`,
      userId: randomUUID(),
      signedInAt: facts.lastAdminSignInAt,
      ingestedAt: facts.lastAdminSignInAt,
    });
  }
}

async function writeSubscription(db: Database, customerId: string, sellerId: string, s: SubscriptionFacts) {
  const id = randomUUID();
  await db.insert(subscriptions).values({
    customerId,
    id,
    number: `Sub-test-${++sequence}`,
    sellerOrganisationId: sellerId,
    state: s.state,
    billingState: s.billingState,
    setupComplete: s.setupComplete,
    startsAt: new Date(s.endsAt.getTime() - 365 * 86_400_000),
    endsAt: s.endsAt,
    autoRenew: s.autoRenew,
    createdAt,
  });
  for (const service of s.services) {
    await db.insert(subscriptionServices).values({
      customerId,
      subscriptionId: id,
      serviceId: service.serviceId,
      quantity: service.quantity,
      provisioningStatus: service.provisioningStatus,
    });
    const holders = Array.from({ length: service.assigned }, () => ({
      customerId,
      userId: randomUUID(),
      serviceId: service.serviceId,
      subscriptionId: id,
      assignedAt: createdAt,
    }));
    if (holders.length > 0) await db.insert(licenceAssignments).values(holders);
  }
}

async function writeTrial(db: Database, customerId: string, partnerId: string, userId: string, t: TrialFacts) {
  const id = t.id ?? randomUUID();
  await db.insert(trials).values({
    customerId,
    id,
    number: `Trial-test-${++sequence}`,
    partnerId,
    state: t.state,
    licenceQuantity: 10,
    durationDays: 30,
    startsAt: t.endsAt ? new Date(t.endsAt.getTime() - 30 * 86_400_000) : null,
    endsAt: t.endsAt,
    adminEmail: 'trial-admin@test.example',
    requestedByUserId: userId,
    createdAt,
  });
  for (const service of t.services) {
    await db.insert(trialServices).values({
      customerId,
      trialId: id,
      serviceId: service.serviceId,
      licenceQuantity: 10,
      provisioningStatus: service.provisioningStatus,
    });
  }
}
