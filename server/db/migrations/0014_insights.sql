CREATE TABLE "insight_user_activity" (
	"customer_id" uuid NOT NULL,
	"service_id" text NOT NULL,
	"user_id" uuid NOT NULL,
	"last_active_at" timestamp with time zone NOT NULL,
	CONSTRAINT "insight_user_activity_customer_id_service_id_user_id_pk" PRIMARY KEY("customer_id","service_id","user_id")
);
--> statement-breakpoint
CREATE INDEX "insight_user_activity_recent_idx" ON "insight_user_activity" USING btree ("customer_id","service_id","last_active_at");--> statement-breakpoint
CREATE INDEX "licence_assignment_events_holding_idx" ON "licence_assignment_events" USING btree ("customer_id","user_id","service_id","occurred_at");--> statement-breakpoint
-- An installation with usage before insights: each user's latest use per product, as ingest maintains it
-- (server/features/insights/usage-activity.ts).
INSERT INTO insight_user_activity (customer_id, service_id, user_id, last_active_at)
SELECT customer_id, 'calling', user_id, max(started_at) FROM call_legs WHERE user_id IS NOT NULL GROUP BY 1, 3
UNION ALL
SELECT customer_id, 'meetings', user_id, max(started_at) FROM meeting_usage WHERE user_id IS NOT NULL GROUP BY 1, 3;
