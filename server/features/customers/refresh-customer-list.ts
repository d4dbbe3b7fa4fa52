import { type SQL, sql } from 'drizzle-orm';
import { ongoingTrialStates, provisioningStatusImportance } from '../../../domain/customer-status.ts';
import type { Database } from '../../platform/db.ts';
import { advanceCustomerListDays, stampCustomerListEntries } from './customer-list-days.ts';

/**
 * Recomputes the customer list entries (customer_list_entries) of `customerIds` — one per partner linked to
 * each — from the base tables, set-based in two statements, so it serves one customer after a change as well
 * as every customer after a bulk load (omit `customerIds`). Call it, inside the same transaction, from every
 * use case that changes what an entry depends on:
 *   organisations (customer name, primary admin e-mail) · partner_customers (links, relationship, admin
 *   level) · subscriptions and subscription_services (state, billing, set-up, end, renewal, quantities,
 *   provisioning) · licence_assignments (assigned counts: over licence) · trials and trial_services (state,
 *   end, services, provisioning) · admin_sign_ins (no recent activity) · tags and customer_tags.
 * The entries' facts hold no clock-dependent value (db/schema/customer-list.ts says how time-dependent statuses
 * are stored); their statuses are also stamped for the partner's recorded day (customer-list-days.ts), which
 * the customer-list-days job moves on as time passes.
 */
export async function refreshCustomerListEntries(db: Database, customerIds?: readonly string[]): Promise<void> {
  if (customerIds?.length === 0) return;
  const ids = customerIds ? sql`${toUuidArray(customerIds)}::uuid[]` : null;
  const target = ids ? sql`select unnest(${ids}) as customer_id` : sql`select id as customer_id from organisations`;
  await db.execute(upsertEntries(target));
  await db.execute(sql`delete from customer_list_entries e
    where ${ids ? sql`e.customer_id = any(${ids}) and ` : sql``}not exists (select 1 from partner_customers pc
      where pc.partner_id = e.partner_id and pc.customer_id = e.customer_id)`);
  await stampCustomerListEntries(db, customerIds);
}

/**
 * Rebuilds every entry after a bulk load and stamps them for each partner's day at `now`, then vacuums the
 * table (outside any transaction): fresh statistics for the planner and a visibility map, so that counting a
 * partner's entries reads the index only.
 */
export async function rebuildCustomerListEntries(db: Database, now: Date): Promise<void> {
  await refreshCustomerListEntries(db);
  await advanceCustomerListDays(db, now);
  await db.execute(sql`vacuum (analyze) customer_list_entries`);
}

/** A Postgres array literal: one parameter, however many ids (a bound list would hit the parameter limit). */
const toUuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

const textArray = (values: readonly string[]) => sql.raw(`array[${values.map((v) => `'${v}'`).join(', ')}]`);
const provisioningRank = (column: string) =>
  sql`array_position(${textArray(provisioningStatusImportance)}, ${sql.raw(column)}::text)`;
const ongoing = (column: string) => sql`${sql.raw(column)}::text = any(${textArray(ongoingTrialStates)})`;
const instant = (column: string) => sql.raw(`tstzrange(${column}, ${column}, '[]')`);
const noInstants = sql`'{}'::tstzmultirange`;
const never = sql`'-infinity'::timestamptz`;

/** Until when a current subscription or consented ongoing trial has provisioning status `rank` (1-based). */
const provisioningUntil = (rank: number) =>
  sql`coalesce(max(until) filter (where rank = ${sql.raw(String(rank))}), ${never})`;

function upsertEntries(target: SQL): SQL {
  return sql`
    with target as (${target}),
    assigned as (
      select la.customer_id, la.subscription_id, la.service_id, count(*)::int as assigned
      from licence_assignments la join target t on t.customer_id = la.customer_id
      where la.subscription_id is not null
      group by 1, 2, 3
    ),
    -- Current subscriptions (active or suspended); each is live until its end, or forever when it renews.
    sub as (
      select s.customer_id, s.id, s.state, s.auto_renew, s.ends_at, s.setup_complete,
        s.state = 'suspended' or s.billing_state = 'unpaid' as suspended,
        s.state = 'active' and s.billing_state = 'paid' as healthy,
        case when s.auto_renew then 'infinity'::timestamptz else s.ends_at end as until,
        coalesce(bool_or(coalesce(a.assigned, 0) > ss.quantity), false) as over_licence,
        min(${provisioningRank('ss.provisioning_status')}) as rank,
        coalesce(sum(ss.quantity), 0)::int as quantity,
        coalesce(sum(a.assigned), 0)::int as assigned
      from subscriptions s
      join target t on t.customer_id = s.customer_id
      left join subscription_services ss on ss.customer_id = s.customer_id and ss.subscription_id = s.id
      left join assigned a on a.customer_id = ss.customer_id and a.subscription_id = ss.subscription_id
        and a.service_id = ss.service_id
      where s.state in ('active', 'suspended')
      group by s.customer_id, s.id
    ),
    -- Trials that count for something: ongoing states (until their end, or forever before it is set) and expired.
    trial as (
      select tr.customer_id, tr.id, tr.state, tr.ends_at, ${ongoing('tr.state')} as ongoing,
        coalesce(tr.ends_at, 'infinity'::timestamptz) as until,
        min(${provisioningRank('ts.provisioning_status')}) as rank,
        coalesce(array_agg(ts.service_id order by ts.service_id) filter (where ts.service_id is not null), '{}') as service_ids
      from trials tr
      join target t on t.customer_id = tr.customer_id
      left join trial_services ts on ts.customer_id = tr.customer_id and ts.trial_id = tr.id
      where ${ongoing('tr.state')} or tr.state = 'expired'
      group by tr.customer_id, tr.id
    ),
    sub_facts as (
      select customer_id,
        max(until) as live_until,
        max(until) filter (where state = 'active') as active_until,
        max(until) filter (where suspended) as suspended_until,
        max(until) filter (where over_licence) as over_licence_until,
        max(until) filter (where not setup_complete) as setup_incomplete_until,
        coalesce(bool_or(healthy and auto_renew), false) as paid_renewing,
        range_agg(${instant('ends_at')}) filter (where not auto_renew) as ends,
        range_agg(${instant('ends_at')}) filter (where not auto_renew and healthy) as paid_ends,
        sum(quantity)::int as licences_total,
        sum(assigned)::int as licences_assigned
      from sub group by customer_id
    ),
    trial_facts as (
      select customer_id,
        max(until) filter (where ongoing) as trial_until,
        range_agg(${instant('ends_at')}) filter (where ongoing and ends_at is not null) as ends,
        bool_or(state = 'expired') as has_expired_trial,
        jsonb_agg(jsonb_build_object('id', id, 'state', state, 'endsAt', ends_at, 'serviceIds', service_ids)
          order by ends_at, id) filter (where ongoing and ends_at is not null) as trials_ending
      from trial group by customer_id
    ),
    provisioning as (
      select customer_id,
        ${sql.join(
          provisioningStatusImportance.map((status, i) => sql`${provisioningUntil(i + 1)} as ${sql.raw(status)}`),
          sql`, `,
        )}
      from (
        select customer_id, rank, until from sub where rank is not null
        union all
        select customer_id, rank, until from trial where ongoing and state <> 'pending_consent' and rank is not null
      ) p group by customer_id
    ),
    products as (
      select x.customer_id, array_agg(x.service_id order by sv.sort_order, x.service_id) as ids
      from (
        select ss.customer_id, ss.service_id from subscription_services ss
          join sub on sub.customer_id = ss.customer_id and sub.id = ss.subscription_id
        union
        select ts.customer_id, ts.service_id from trial_services ts
          join trial on trial.customer_id = ts.customer_id and trial.id = ts.trial_id where trial.ongoing
      ) x join services sv on sv.id = x.service_id
      group by x.customer_id
    ),
    sign_ins as (
      select a.customer_id, max(a.signed_in_at) as last
      from admin_sign_ins a join target t on t.customer_id = a.customer_id group by 1
    ),
    owners as (
      select pc.customer_id, min(pc.partner_id::text)::uuid as partner_id
      from partner_customers pc join target t on t.customer_id = pc.customer_id
      where pc.relationship = 'owner' group by 1
    ),
    tagged as (
      select ct.partner_id, ct.customer_id,
        jsonb_agg(jsonb_build_object('id', tg.id, 'name', tg.name, 'colour', tg.colour)
          order by lower(tg.name), tg.id) as tags,
        array_agg(tg.id order by lower(tg.name), tg.id) as ids,
        string_agg(lower(tg.name), ',' order by lower(tg.name), tg.id) as sort_key
      from customer_tags ct
      join target t on t.customer_id = ct.customer_id
      join tags tg on tg.partner_id = ct.partner_id and tg.id = ct.tag_id
      group by 1, 2
    )
    insert into customer_list_entries (
      partner_id, customer_id, relationship, admin_level, owner_partner_id, name, name_key, admin_email,
      search_text, product_ids, products_key, tags, tag_ids, tags_key, licences_total, licences_assigned,
      live_until, active_until, suspended_until, over_licence_until, setup_incomplete_until, trial_until,
      last_admin_sign_in_at, expiry_ends, paid_renewing, paid_ends, trial_ends, has_expired_trial,
      cannot_provision_until, manual_partner_until, manual_vendor_until, pending_details_until,
      provisioning_until, provisioned_until, trials_ending
    )
    select pc.partner_id, pc.customer_id, pc.relationship, pc.admin_level, ow.partner_id, c.name, lower(c.name),
      c.primary_admin_email, lower(c.name) || E'\\n' || lower(coalesce(c.primary_admin_email, '')),
      coalesce(pr.ids, '{}'), coalesce(array_to_string(pr.ids, ','), ''),
      coalesce(tg.tags, '[]'), coalesce(tg.ids, '{}'), coalesce(tg.sort_key, ''),
      coalesce(sf.licences_total, 0), coalesce(sf.licences_assigned, 0),
      coalesce(sf.live_until, ${never}), coalesce(sf.active_until, ${never}), coalesce(sf.suspended_until, ${never}),
      coalesce(sf.over_licence_until, ${never}), coalesce(sf.setup_incomplete_until, ${never}),
      coalesce(tf.trial_until, ${never}), coalesce(si.last, ${never}),
      coalesce(sf.ends, ${noInstants}) + coalesce(tf.ends, ${noInstants}),
      coalesce(sf.paid_renewing, false), coalesce(sf.paid_ends, ${noInstants}), coalesce(tf.ends, ${noInstants}),
      coalesce(tf.has_expired_trial, false),
      coalesce(pv.cannot_provision, ${never}), coalesce(pv.manual_partner, ${never}),
      coalesce(pv.manual_vendor, ${never}), coalesce(pv.pending_details, ${never}),
      coalesce(pv.provisioning, ${never}), coalesce(pv.provisioned, ${never}),
      coalesce(tf.trials_ending, '[]')
    from partner_customers pc
    join target t on t.customer_id = pc.customer_id
    join organisations c on c.id = pc.customer_id
    left join owners ow on ow.customer_id = pc.customer_id
    left join sub_facts sf on sf.customer_id = pc.customer_id
    left join trial_facts tf on tf.customer_id = pc.customer_id
    left join provisioning pv on pv.customer_id = pc.customer_id
    left join products pr on pr.customer_id = pc.customer_id
    left join sign_ins si on si.customer_id = pc.customer_id
    left join tagged tg on tg.partner_id = pc.partner_id and tg.customer_id = pc.customer_id
    order by pc.partner_id, pc.customer_id
    on conflict (partner_id, customer_id) do update set
      relationship = excluded.relationship, admin_level = excluded.admin_level,
      owner_partner_id = excluded.owner_partner_id, name = excluded.name, name_key = excluded.name_key,
      admin_email = excluded.admin_email, search_text = excluded.search_text, product_ids = excluded.product_ids,
      products_key = excluded.products_key, tags = excluded.tags, tag_ids = excluded.tag_ids,
      tags_key = excluded.tags_key, licences_total = excluded.licences_total,
      licences_assigned = excluded.licences_assigned, live_until = excluded.live_until,
      active_until = excluded.active_until, suspended_until = excluded.suspended_until,
      over_licence_until = excluded.over_licence_until, setup_incomplete_until = excluded.setup_incomplete_until,
      trial_until = excluded.trial_until, last_admin_sign_in_at = excluded.last_admin_sign_in_at,
      expiry_ends = excluded.expiry_ends, paid_renewing = excluded.paid_renewing, paid_ends = excluded.paid_ends,
      trial_ends = excluded.trial_ends, has_expired_trial = excluded.has_expired_trial,
      cannot_provision_until = excluded.cannot_provision_until, manual_partner_until = excluded.manual_partner_until,
      manual_vendor_until = excluded.manual_vendor_until, pending_details_until = excluded.pending_details_until,
      provisioning_until = excluded.provisioning_until, provisioned_until = excluded.provisioned_until,
      trials_ending = excluded.trials_ending`;
}
