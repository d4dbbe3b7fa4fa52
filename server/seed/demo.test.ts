import { verify } from '@node-rs/argon2';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  customerStatusOrder,
  provisioningStatusImportance,
  subscriptionStatusOrder,
} from '../../domain/customer-status.ts';
import { trialState } from '../db/schema/index.ts';
import { type DatabaseHandle, rowsOf } from '../platform/db.ts';
import { createTestDatabase } from '../testing/database.ts';
import { statusCoverage } from './coverage.ts';
import { demoAccounts, demoPassword, seedDemoIfEmpty } from './demo.ts';

const now = new Date('2025-06-18T09:30:00Z');

describe('the demo data set', () => {
  let handle: DatabaseHandle;
  let seeded: boolean;
  const query = async <T>(statement: ReturnType<typeof sql>) => rowsOf<T>(await handle.db.execute(statement));
  const partnerId = async (name: string) =>
    (await query<{ id: string }>(sql`select id from organisations where name = ${name} and kind = 'partner'`))[0]
      ?.id as string;

  beforeAll(async () => {
    handle = await createTestDatabase();
    seeded = await seedDemoIfEmpty(handle.db, now);
  });
  afterAll(() => handle.close());

  it('is loaded into an empty database once', async () => {
    expect(seeded).toBe(true);
    expect(await seedDemoIfEmpty(handle.db, now)).toBe(false);
  });

  it('has every demo account with its role and the demo password (argon2id)', async () => {
    for (const account of demoAccounts) {
      const [user] = await query<{ password_hash: string | null; organisation: string; roles: string[] | null }>(sql`
        select u.password_hash, o.name as organisation,
          (select array_agg(r.role) from role_assignments r where r.user_id = u.id) as roles
        from users u join organisations o on o.id = u.organisation_id
        where lower(u.email) = ${account.email}`);
      expect(user, account.email).toBeDefined();
      expect(user?.organisation).toBe(account.organisation);
      expect(user?.roles).toEqual(account.role ? [account.role] : null);
      expect(user?.password_hash).toMatch(/^\$argon2id\$/);
      expect(await verify(user?.password_hash as string, demoPassword)).toBe(true);
    }
  });

  it('gives Partner One every customer, provisioning and subscription status (domain rules, relative to now)', async () => {
    const id = await partnerId('Partner One');
    const coverage = await statusCoverage(handle.db, id, { now, timeZone: 'Europe/Copenhagen' });
    expect(coverage.customers).toBeGreaterThanOrEqual(40);
    expect(coverage.customers).toBeLessThanOrEqual(60);
    for (const status of customerStatusOrder) expect(coverage.customerStatuses[status], status).toBeGreaterThan(0);
    for (const status of provisioningStatusImportance) {
      expect(coverage.customerProvisioningStatuses[status], status).toBeGreaterThan(0);
    }
    for (const status of subscriptionStatusOrder)
      expect(coverage.subscriptionStatuses[status], status).toBeGreaterThan(0);
    for (const state of trialState.enumValues) expect(coverage.trialStates[state], state).toBeGreaterThan(0);
  });

  it('has the relationships the demo shows: other partners, external administration, direct purchase, tier 2', async () => {
    const [one, two, tierTwo, distributor] = await Promise.all(
      ['Partner One', 'Partner Two', 'Partner Tier Two', 'Distributor'].map(partnerId),
    );
    const owned = async (id: string) =>
      (
        await query<{ n: number }>(
          sql`select count(*)::int as n from partner_customers where partner_id = ${id} and relationship = 'owner'`,
        )
      )[0]?.n;
    expect(await owned(two as string)).toBeGreaterThan(0);
    expect(await owned(tierTwo as string)).toBeGreaterThan(0);
    const [external] = await query<{ n: number }>(sql`
      select count(*)::int as n from partner_customers mine
      join partner_customers theirs on theirs.customer_id = mine.customer_id and theirs.partner_id = ${two}
        and theirs.relationship = 'owner'
      where mine.partner_id = ${one} and mine.relationship = 'external_admin'`);
    expect(external?.n).toBeGreaterThan(0);
    const [direct] = await query<{ n: number }>(sql`
      select count(*)::int as n from subscriptions s
      join partner_customers pc on pc.customer_id = s.customer_id and pc.partner_id = ${one}
      join organisations seller on seller.id = s.seller_organisation_id and seller.kind = 'vendor'`);
    expect(direct?.n).toBeGreaterThan(0);
    const [waiting] = await query<{ n: number }>(sql`
      select count(*)::int as n from orders where fulfilling_organisation_id = ${distributor} and status = 'pending_distributor'`);
    expect(waiting?.n).toBeGreaterThan(0);
  });

  it('assigns the partner administrator to some customers and makes it the creator of others', async () => {
    const [row] = await query<{ assigned: number; created: number }>(sql`
      select
        (select count(*)::int from customer_admin_assignments a where a.user_id = u.id) as assigned,
        (select count(*)::int from partner_customers pc where pc.created_by_user_id = u.id) as created
      from users u where u.email = 'admin@partner1.demo'`);
    expect(row?.assigned).toBeGreaterThan(2);
    expect(row?.created).toBeGreaterThan(2);
  });

  it('dates every trial as its state and duration say: begun trials began by today and last their duration plus approved extensions', async () => {
    const trials = await query<{
      number: string;
      state: string;
      duration_days: number;
      starts_at: Date | null;
      ends_at: Date | null;
      consent_requested_at: Date | null;
      cancelled_at: Date | null;
      extended_days: number;
    }>(sql`
      select t.number, t.state, t.duration_days, t.starts_at, t.ends_at, t.consent_requested_at, t.cancelled_at,
        (select coalesce(sum(e.days), 0)::int from trial_extensions e
          where e.trial_id = t.id and e.status = 'approved') as extended_days
      from trials t`);
    expect(trials.length).toBeGreaterThan(20);
    const day = 86_400_000;
    const at = (d: Date | null) => (d === null ? null : new Date(d).getTime());
    for (const t of trials) {
      const [starts, ends, requested] = [at(t.starts_at), at(t.ends_at), at(t.consent_requested_at)];
      const where = `${t.number} (${t.state})`;
      if (requested !== null) expect(requested, where).toBeLessThanOrEqual(now.getTime());
      if (t.state === 'pending_consent' || t.state === 'declined') {
        expect(starts, where).toBeNull();
        continue;
      }
      if (t.state === 'cancelled' && starts === null) continue;
      expect(starts, where).not.toBeNull();
      expect(starts as number, where).toBeLessThanOrEqual(now.getTime());
      if (t.state === 'cancelled') {
        expect(at(t.cancelled_at) as number, where).toBeGreaterThanOrEqual(starts as number);
        continue;
      }
      expect(((ends as number) - (starts as number)) / day, where).toBeCloseTo(t.duration_days + t.extended_days, 3);
      const ended = ['expired', 'released', 'converted'].includes(t.state);
      if (!ended) expect(ends as number, where).toBeGreaterThan(now.getTime());
      if (t.state === 'expired' || t.state === 'released') expect(ends as number, where).toBeLessThan(now.getTime());
    }
  });

  it('has device shipments with returns, one of them overdue (TRI-16)', async () => {
    const [row] = await query<{ returned: number; overdue: number }>(sql`
      select
        (select count(*)::int from device_returns) as returned,
        (select count(*)::int from device_shipments s
          where s.due_at + interval '14 days' < ${now.toISOString()}::timestamptz
            and cardinality(s.serial_numbers) >
              (select count(*) from device_returns r where r.customer_id = s.customer_id and r.shipment_id = s.id)
        ) as overdue`);
    expect(row?.returned).toBeGreaterThan(0);
    expect(row?.overdue).toBeGreaterThan(0);
  });

  it('gives Customer One support activity with every kind of additional case (ACT-6)', async () => {
    const [customer] = await query<{ id: string }>(sql`select id from organisations where name = 'Customer One'`);
    const rows = await query<{ classification: string | null; agreement_id: string | null }>(sql`
      select classification, agreement_id from support_cases where customer_id = ${customer?.id}`);
    const classes = rows.map((r) => r.classification).filter(Boolean);
    expect(classes.sort()).toEqual(['DSA', 'REC', 'SU', 'X85']);
    expect(rows.some((r) => r.agreement_id === null)).toBe(true);
    const [counts] = await query<{ packages: number; consumption: number; benefits: number }>(sql`
      select (select count(*)::int from support_packages where customer_id = ${customer?.id}) as packages,
        (select count(*)::int from consumption_records where customer_id = ${customer?.id}) as consumption,
        (select count(*)::int from entitlements where customer_id = ${customer?.id} and kind = 'additional_benefit') as benefits`);
    expect(counts?.packages).toBeGreaterThan(2);
    expect(counts?.consumption).toBeGreaterThan(10);
    expect(counts?.benefits).toBeGreaterThan(0);
  });

  it("builds the customers feature's list entries: one per partner and linked customer", async () => {
    const [row] = await query<{ entries: number; links: number }>(sql`
      select (select count(*)::int from customer_list_entries) as entries,
        (select count(*)::int from partner_customers) as links`);
    expect(row?.entries).toBe(row?.links);
  });

  it('has 26 weeks of calling and meeting usage, a few thousand rows, and resources', async () => {
    const [row] = await query<{ legs: number; meetings: number; weeks: number; resources: number }>(sql`
      select (select count(*)::int from call_legs) as legs, (select count(*)::int from meeting_usage) as meetings,
        (select count(distinct week_start)::int from user_calls_weekly) as weeks,
        (select count(*)::int from resources) as resources`);
    expect(row?.legs).toBe(4000);
    expect(row?.meetings).toBe(1000);
    expect(row?.weeks).toBeGreaterThanOrEqual(26);
    expect(row?.resources).toBeGreaterThan(10);
  });
});
