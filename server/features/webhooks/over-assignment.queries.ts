import { sql } from 'drizzle-orm';
import { type Database, rowsOf } from '../../platform/db.ts';

export interface OverAssignmentChange {
  customerId: string;
  serviceId: string;
  started: boolean;
  assigned: number;
  available: number;
}

/**
 * For the given customers, the (customer, service) pairs whose over-assignment started or ended since the last
 * call — more licences assigned than those of live subscriptions and ongoing consented trials — and brings
 * `licence_over_assignments` up to date. Cost bounded by those customers' assignments and holdings.
 */
export async function overAssignmentChanges(
  db: Database,
  customerIds: readonly string[],
  now: Date,
): Promise<OverAssignmentChange[]> {
  const ids = sql`${`{${[...customerIds].sort().join(',')}}`}::uuid[]`;
  const result = await db.execute(sql`
    with assigned as (
      select customer_id, service_id, count(*)::int as n from licence_assignments
      where customer_id = any(${ids}) group by 1, 2
    ),
    held as (
      select customer_id, service_id, sum(n)::int as n from (
        select ss.customer_id, ss.service_id, ss.quantity as n from subscription_services ss
        join subscriptions s on s.customer_id = ss.customer_id and s.id = ss.subscription_id
        where ss.customer_id = any(${ids}) and s.state in ('active', 'suspended')
          and (s.auto_renew or s.ends_at > ${now})
        union all
        select ts.customer_id, ts.service_id, ts.licence_quantity from trial_services ts
        join trials t on t.customer_id = ts.customer_id and t.id = ts.trial_id
        where ts.customer_id = any(${ids}) and t.state in ('pending_provisioning_details', 'provisioning', 'active')
      ) h group by 1, 2
    ),
    now_over as (
      select a.customer_id, a.service_id, a.n as assigned, coalesce(h.n, 0) as available
      from assigned a left join held h on h.customer_id = a.customer_id and h.service_id = a.service_id
      where a.n > coalesce(h.n, 0)
    ),
    started as (
      insert into licence_over_assignments (customer_id, service_id, since)
      select customer_id, service_id, ${now} from now_over
      on conflict do nothing
      returning customer_id, service_id
    ),
    ended as (
      delete from licence_over_assignments o
      where o.customer_id = any(${ids})
        and not exists (select 1 from now_over n where n.customer_id = o.customer_id and n.service_id = o.service_id)
      returning o.customer_id, o.service_id
    )
    select s.customer_id, s.service_id, true as started, n.assigned, n.available
    from started s join now_over n using (customer_id, service_id)
    union all
    select e.customer_id, e.service_id, false, coalesce(a.n, 0), coalesce(h.n, 0)
    from ended e
    left join assigned a using (customer_id, service_id)
    left join held h using (customer_id, service_id)
    order by 1, 2`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    customerId: String(r.customer_id),
    serviceId: String(r.service_id),
    started: r.started === true,
    assigned: Number(r.assigned),
    available: Number(r.available),
  }));
}
