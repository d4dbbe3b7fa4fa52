import { sql } from 'drizzle-orm';
import {
  type CustomerFacts,
  type CustomerStatus,
  customerProvisioningStatus,
  customerStatuses,
  type ProvisioningStatus,
  provisioningStatusOf,
  type StatusContext,
  type SubscriptionFacts,
  type SubscriptionStatus,
  subscriptionStatuses,
  type TrialFacts,
} from '../../domain/customer-status.ts';
import { type Database, rowsOf } from '../platform/db.ts';

/**
 * Evaluates the status rules of domain/customer-status.ts over a partner's customers as stored: the proof
 * that a generated data set shows every customer, provisioning and subscription status (and every trial
 * state). Reads through plain SQL, independent of any feature's queries.
 */

export interface StatusCoverage {
  customers: number;
  customerStatuses: Partial<Record<CustomerStatus, number>>;
  /** CUS-3 per subscription (its most important service) and per consented ongoing trial. */
  provisioningStatuses: Partial<Record<ProvisioningStatus, number>>;
  /** CUS-3 for the customer's row. */
  customerProvisioningStatuses: Partial<Record<ProvisioningStatus, number>>;
  subscriptionStatuses: Partial<Record<SubscriptionStatus, number>>;
  trialStates: Record<string, number>;
}

async function loadCustomerFacts(db: Database, partnerId: string): Promise<Map<string, CustomerFacts>> {
  const facts = new Map<string, CustomerFacts & { subscriptions: SubscriptionFacts[]; trials: TrialFacts[] }>();
  const customers = rowsOf<{ id: string; last_sign_in: Date | string | null }>(
    await db.execute(sql`
      select pc.customer_id as id, (select max(signed_in_at) from admin_sign_ins a where a.customer_id = pc.customer_id) as last_sign_in
      from partner_customers pc where pc.partner_id = ${partnerId}`),
  );
  for (const c of customers) {
    const lastAdminSignInAt = c.last_sign_in === null ? null : new Date(c.last_sign_in);
    facts.set(c.id, { subscriptions: [], trials: [], lastAdminSignInAt });
  }
  const services = rowsOf<{
    customer_id: string;
    id: string;
    state: SubscriptionFacts['state'];
    billing_state: 'paid' | 'unpaid';
    setup_complete: boolean;
    ends_at: Date;
    auto_renew: boolean;
    service_id: string;
    quantity: number;
    provisioning_status: ProvisioningStatus;
    assigned: number | string;
  }>(
    await db.execute(sql`
      select s.customer_id, s.id, s.state, s.billing_state, s.setup_complete, s.ends_at, s.auto_renew,
        ss.service_id, ss.quantity, ss.provisioning_status,
        (select count(*) from licence_assignments la where la.customer_id = ss.customer_id
          and la.subscription_id = ss.subscription_id and la.service_id = ss.service_id) as assigned
      from partner_customers pc
      join subscriptions s on s.customer_id = pc.customer_id
      join subscription_services ss on ss.customer_id = s.customer_id and ss.subscription_id = s.id
      where pc.partner_id = ${partnerId}
      order by s.customer_id, s.id, ss.service_id`),
  );
  const subscriptions = new Map<string, SubscriptionFacts & { services: SubscriptionFacts['services'][number][] }>();
  for (const row of services) {
    let subscription = subscriptions.get(row.id);
    if (!subscription) {
      subscription = {
        state: row.state,
        billingState: row.billing_state,
        setupComplete: row.setup_complete,
        endsAt: new Date(row.ends_at),
        autoRenew: row.auto_renew,
        services: [],
      };
      subscriptions.set(row.id, subscription);
      facts.get(row.customer_id)?.subscriptions.push(subscription);
    }
    subscription.services.push({
      serviceId: row.service_id,
      quantity: row.quantity,
      assigned: Number(row.assigned),
      provisioningStatus: row.provisioning_status,
    });
  }
  const trialServices = rowsOf<{
    customer_id: string;
    id: string;
    state: TrialFacts['state'];
    ends_at: Date | null;
    service_id: string;
    provisioning_status: ProvisioningStatus;
  }>(
    await db.execute(sql`
      select t.customer_id, t.id, t.state, t.ends_at, ts.service_id, ts.provisioning_status
      from partner_customers pc
      join trials t on t.customer_id = pc.customer_id
      join trial_services ts on ts.customer_id = t.customer_id and ts.trial_id = t.id
      where pc.partner_id = ${partnerId}
      order by t.customer_id, t.id, ts.service_id`),
  );
  const trials = new Map<string, TrialFacts & { services: TrialFacts['services'][number][] }>();
  for (const row of trialServices) {
    let trial = trials.get(row.id);
    if (!trial) {
      trial = { id: row.id, state: row.state, endsAt: row.ends_at && new Date(row.ends_at), services: [] };
      trials.set(row.id, trial);
      facts.get(row.customer_id)?.trials.push(trial);
    }
    trial.services.push({ serviceId: row.service_id, provisioningStatus: row.provisioning_status });
  }
  return facts;
}

const count = <K extends string>(into: Partial<Record<K, number>>, key: K) => {
  into[key] = (into[key] ?? 0) + 1;
};

export async function statusCoverage(db: Database, partnerId: string, ctx: StatusContext): Promise<StatusCoverage> {
  const facts = await loadCustomerFacts(db, partnerId);
  const coverage: StatusCoverage = {
    customers: facts.size,
    customerStatuses: {},
    provisioningStatuses: {},
    customerProvisioningStatuses: {},
    subscriptionStatuses: {},
    trialStates: {},
  };
  for (const customer of facts.values()) {
    for (const status of customerStatuses(customer, ctx)) count(coverage.customerStatuses, status);
    for (const status of subscriptionStatuses(customer, ctx)) count(coverage.subscriptionStatuses, status);
    const row = customerProvisioningStatus(customer, ctx);
    if (row) count(coverage.customerProvisioningStatuses, row);
    for (const s of customer.subscriptions) {
      const status = provisioningStatusOf(s.services);
      if (status) count(coverage.provisioningStatuses, status);
    }
    for (const t of customer.trials) {
      count(coverage.trialStates, t.state);
      const status = t.state === 'pending_consent' ? null : provisioningStatusOf(t.services);
      if (status) count(coverage.provisioningStatuses, status);
    }
  }
  return coverage;
}
