import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPoorCallLeg } from '../../domain/call-quality.ts';
import { type DatabaseHandle, rowsOf } from '../platform/db.ts';
import { createTestDatabase } from '../testing/database.ts';
import { isoDate, mondayUtc, usageWindowStart, WEEK_MS } from './context.ts';
import { type DataSetSize, generateDataSet } from './generate.ts';

const now = new Date('2025-06-18T09:30:00Z');
const tiny: DataSetSize = {
  name: 'tiny',
  partners: 7,
  customers: 48,
  subscriptions: 130,
  licensedUsers: 400,
  usageWeeks: 3,
  callLegs: 1_500,
  meetings: 300,
  partnerOneCustomers: 32,
};
const fingerprintTables = [
  'organisations',
  'users',
  'partner_customers',
  'subscriptions',
  'subscription_services',
  'invoices',
  'trials',
  'licence_assignments',
  'call_legs',
  'meeting_usage',
  'licence_weekly',
  'user_calls_weekly',
];

async function fingerprint(handle: DatabaseHandle): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of fingerprintTables) {
    const [row] = rowsOf<{ h: string }>(
      await handle.db.execute(
        sql.raw(`select md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as h from ${table} t`),
      ),
    );
    result[table] = row?.h as string;
  }
  return result;
}

describe('the data-set generator', () => {
  const handles: DatabaseHandle[] = [];
  let first: DatabaseHandle;
  const query = async <T>(text: string) => rowsOf<T>(await first.db.execute(sql.raw(text)));

  beforeAll(async () => {
    first = await createTestDatabase();
    handles.push(first);
    await generateDataSet(first.db, { size: tiny, seed: 7, now });
  });
  afterAll(async () => {
    for (const handle of handles) await handle.close();
  });

  it('is deterministic: the same seed gives identical rows, another seed different ones', async () => {
    const again = await createTestDatabase();
    const other = await createTestDatabase();
    handles.push(again, other);
    await generateDataSet(again.db, { size: tiny, seed: 7, now });
    await generateDataSet(other.db, { size: tiny, seed: 8, now });
    const expected = await fingerprint(first);
    expect(await fingerprint(again)).toEqual(expected);
    const different = await fingerprint(other);
    for (const table of fingerprintTables) expect(different[table], table).not.toBe(expected[table]);
  });

  it('writes the size asked for: partners, customers, exact usage volumes', async () => {
    const [row] = await query<Record<string, number>>(`
      select (select count(*)::int from organisations where kind = 'partner') as partners,
        (select count(*)::int from organisations where kind = 'customer') as customers,
        (select count(*)::int from call_legs) as legs,
        (select count(*)::int from meeting_usage) as meetings,
        (select count(*)::int from partner_customers pc join organisations p on p.id = pc.partner_id
          where p.name = 'Partner One' and pc.relationship = 'owner') as partner_one,
        (select count(*)::int from partner_customers pc join organisations p on p.id = pc.partner_id
          where p.partner_tier = 'distributor' and pc.relationship = 'owner') as distributor_owned`);
    expect(row).toEqual({
      partners: 7,
      customers: 48,
      legs: 1500,
      meetings: 300,
      partner_one: 32,
      distributor_owned: 0,
    });
  });

  it('keeps usage inside the window and after the licence was assigned', async () => {
    const windowStart = new Date(usageWindowStart(now, tiny.usageWeeks)).toISOString();
    const [row] = await query<{ outside: number; unlicensed: number }>(`
      select
        (select count(*)::int from call_legs where started_at < '${windowStart}' or started_at > '${now.toISOString()}') as outside,
        (select count(*)::int from call_legs l where not exists (
          select 1 from licence_assignments la where la.customer_id = l.customer_id and la.user_id = l.user_id
            and la.service_id = 'calling' and la.assigned_at <= l.started_at)) as unlicensed`);
    expect(row).toEqual({ outside: 0, unlicensed: 0 });
  });

  it('builds call rollups equal to a recomputation from the call legs (CAL-3 rule from domain/)', async () => {
    const legs = await query<{
      customer_id: string;
      user_id: string | null;
      started_at: Date;
      duration_seconds: number;
      endpoint_type: string;
      mos: number | null;
      packet_loss_pct: number | null;
      jitter_ms: number | null;
      latency_ms: number | null;
      features: string[];
      queue_id: string | null;
      queue_outcome: string | null;
      queue_wait_seconds: number | null;
    }>('select * from call_legs');
    const users = new Map<string, { calls: number; minutes: number }>();
    const quality = new Map<string, { legs: number; poor: number }>();
    const features = new Map<string, number>();
    const queues = new Map<string, number[]>();
    for (const leg of legs) {
      const week = isoDate(new Date(mondayUtc(new Date(leg.started_at).getTime())));
      const base = `${leg.customer_id}|${week}`;
      if (leg.user_id) {
        const u = users.get(`${base}|${leg.user_id}`) ?? { calls: 0, minutes: 0 };
        u.calls++;
        u.minutes += leg.duration_seconds / 60;
        users.set(`${base}|${leg.user_id}`, u);
      }
      const q = quality.get(`${base}|${leg.endpoint_type}`) ?? { legs: 0, poor: 0 };
      q.legs++;
      const poor = isPoorCallLeg({
        mos: leg.mos,
        packetLossPct: leg.packet_loss_pct,
        jitterMs: leg.jitter_ms,
        latencyMs: leg.latency_ms,
      });
      if (poor) q.poor++;
      quality.set(`${base}|${leg.endpoint_type}`, q);
      for (const f of leg.features) features.set(`${base}|${f}`, (features.get(`${base}|${f}`) ?? 0) + 1);
      if (leg.queue_id) {
        const t = queues.get(base) ?? [0, 0, 0, 0, 0];
        const answered = leg.queue_outcome === 'answered' || leg.queue_outcome === 'moved';
        t[0] = (t[0] as number) + 1;
        if (answered) {
          t[1] = (t[1] as number) + 1;
          t[2] = (t[2] as number) + (leg.queue_wait_seconds ?? 0);
        } else {
          t[3] = (t[3] as number) + 1;
          t[4] = (t[4] as number) + (leg.queue_wait_seconds ?? 0);
        }
        queues.set(base, t);
      }
    }
    const stored = async (text: string) =>
      new Map((await query<{ k: string; v: string }>(text)).map((r) => [r.k, JSON.parse(r.v)]));
    const storedUsers = await stored(
      `select customer_id || '|' || week_start::text || '|' || user_id as k, json_build_array(calls, minutes)::text as v from user_calls_weekly`,
    );
    expect(storedUsers.size).toBe(users.size);
    for (const [k, v] of users) {
      expect(storedUsers.get(k)?.[0], k).toBe(v.calls);
      expect(storedUsers.get(k)?.[1]).toBeCloseTo(v.minutes, 6);
    }
    expect(
      await stored(
        `select customer_id || '|' || week_start::text || '|' || endpoint_type as k, json_build_object('legs', legs, 'poor', poor_legs)::text as v from call_quality_weekly`,
      ),
    ).toEqual(quality);
    expect([...quality.values()].some((q) => q.poor > 0)).toBe(true);
    expect(
      await stored(
        `select customer_id || '|' || week_start::text || '|' || feature as k, calls::text as v from call_features_weekly`,
      ),
    ).toEqual(features);
    expect(
      await stored(
        `select customer_id || '|' || week_start::text as k, json_build_array(calls, answered, answer_wait_seconds, abandoned, abandon_wait_seconds)::text as v from call_queue_weekly`,
      ),
    ).toEqual(queues);
  });

  it('builds licence_weekly and usage_freshness equal to a recomputation', async () => {
    const services = await query<{
      customer_id: string;
      id: string;
      service_id: string;
      quantity: number;
      starts_at: Date;
      ends_at: Date;
    }>(`
      select s.customer_id, s.id, ss.service_id, ss.quantity, s.starts_at, s.ends_at
      from subscriptions s join subscription_services ss on ss.customer_id = s.customer_id and ss.subscription_id = s.id
      where ss.service_id in ('calling', 'meetings')`);
    const assignments = await query<{
      customer_id: string;
      user_id: string;
      service_id: string;
      subscription_id: string | null;
      assigned_at: Date;
    }>('select customer_id, user_id, service_id, subscription_id, assigned_at from licence_assignments');
    const usage = new Set(
      [
        ...(await query<{ k: string }>(
          `select customer_id || '|' || user_id || '|calling|' || started_at as k from call_legs`,
        )),
        ...(await query<{ k: string }>(
          `select customer_id || '|' || user_id || '|meetings|' || started_at as k from meeting_usage`,
        )),
      ].map(({ k }) => {
        const [customer, user, service, at] = k.split('|') as [string, string, string, string];
        return `${customer}|${user}|${service}|${isoDate(new Date(mondayUtc(new Date(at).getTime())))}`;
      }),
    );
    const firstWeek = mondayUtc(usageWindowStart(now, tiny.usageWeeks));
    const lastWeek = mondayUtc(now.getTime());
    const expected = new Map<string, [number, number, number]>();
    for (const s of services) {
      const from = Math.max(firstWeek, mondayUtc(new Date(s.starts_at).getTime()));
      const to = Math.min(lastWeek, mondayUtc(new Date(s.ends_at).getTime() - 1));
      const held = assignments.filter(
        (a) => a.customer_id === s.customer_id && a.subscription_id === s.id && a.service_id === s.service_id,
      );
      for (let week = from; week <= to; week += WEEK_MS) {
        const before = held.filter((a) => new Date(a.assigned_at).getTime() < week + WEEK_MS);
        const weekText = isoDate(new Date(week));
        const used = before.filter((a) => usage.has(`${a.customer_id}|${a.user_id}|${a.service_id}|${weekText}`));
        expected.set(`${s.customer_id}|${s.id}|${s.service_id}|${weekText}`, [s.quantity, before.length, used.length]);
      }
    }
    const stored = new Map(
      (
        await query<{ k: string; v: string }>(
          `select customer_id || '|' || subscription_id || '|' || service_id || '|' || week_start::text as k, json_build_array(total, assigned, used)::text as v from licence_weekly`,
        )
      ).map((r) => [r.k, JSON.parse(r.v)]),
    );
    expect(stored).toEqual(expected);
    expect([...expected.values()].some(([, , used]) => used > 0)).toBe(true);

    const [freshness] = await query<{ mismatches: number; rows: number }>(`
      with expected as (
        select customer_id, 'calls' as kind, max(ingested_at) as at from call_legs group by 1
        union all select customer_id, 'meetings', max(ingested_at) from meeting_usage group by 1
        union all select customer_id, 'licence-assignments', max(ingested_at) from licence_assignment_events group by 1
        union all select customer_id, 'sign-ins', max(ingested_at) from admin_sign_ins group by 1)
      select (select count(*)::int from usage_freshness) as rows,
        (select count(*)::int from expected e full join usage_freshness f on f.customer_id = e.customer_id and f.kind = e.kind
          where f.data_as_of is distinct from e.at) as mismatches`);
    expect(freshness?.mismatches).toBe(0);
    expect(freshness?.rows).toBeGreaterThan(0);
  });
});
