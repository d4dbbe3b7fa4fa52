-- Fills the per-customer rollups of 0007 from the weekly rollups already stored (an installation with usage
-- before 0007), with the definitions of server/features/usage/usage-rollups.ts (deriveCoarseRollups).
DELETE FROM customer_calls_weekly;
--> statement-breakpoint
INSERT INTO customer_calls_weekly
  (customer_id, week_start, calls, seconds, active_users, users_1_to_5, users_6_to_20, users_over_20)
SELECT customer_id, week_start, sum(calls), sum(round(minutes * 60))::bigint, count(*) FILTER (WHERE calls > 0),
  count(*) FILTER (WHERE calls BETWEEN 1 AND 5), count(*) FILTER (WHERE calls BETWEEN 6 AND 20),
  count(*) FILTER (WHERE calls > 20)
FROM user_calls_weekly
GROUP BY 1, 2;
--> statement-breakpoint
DELETE FROM licence_customer_weekly;
--> statement-breakpoint
INSERT INTO licence_customer_weekly (customer_id, service_id, week_start, total, assigned, used)
SELECT customer_id, service_id, week_start, sum(total), sum(assigned), sum(used)
FROM licence_weekly
GROUP BY 1, 2, 3;
--> statement-breakpoint
DELETE FROM licence_weekly_tail;
--> statement-breakpoint
INSERT INTO licence_weekly_tail (customer_id, subscription_id, service_id, week_start, total, assigned)
SELECT DISTINCT ON (customer_id, subscription_id, service_id)
  customer_id, subscription_id, service_id, week_start, total, assigned
FROM licence_weekly
ORDER BY customer_id, subscription_id, service_id, week_start DESC;
