CREATE TYPE "public"."support_case_event_kind" AS ENUM('opened', 'work_logged', 'status_changed');--> statement-breakpoint
CREATE TABLE "support_case_events" (
	"customer_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "support_case_event_kind" NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by_user_id" uuid,
	"status" "case_status",
	"quantity" double precision,
	"note" text,
	CONSTRAINT "support_case_events_customer_id_id_pk" PRIMARY KEY("customer_id","id")
);
--> statement-breakpoint
ALTER TABLE "support_cases" ADD COLUMN "entitlement_id" uuid;--> statement-breakpoint
CREATE INDEX "support_case_events_case_idx" ON "support_case_events" USING btree ("customer_id","case_id","at");--> statement-breakpoint
CREATE INDEX "consumption_case_idx" ON "consumption_records" USING btree ("customer_id","case_id");--> statement-breakpoint
CREATE INDEX "support_cases_workspace_idx" ON "support_cases" USING btree ("customer_id","workspace_id","opened_at");--> statement-breakpoint
CREATE INDEX "support_cases_primary_contact_idx" ON "support_cases" USING btree ("customer_id","primary_contact_user_id");--> statement-breakpoint
CREATE INDEX "support_cases_queue_idx" ON "support_cases" USING btree ("status","opened_at");--> statement-breakpoint
-- Numbers of support requests opened in the hub (the demo's own run below 3 000 000).
CREATE SEQUENCE "support_case_number_seq" START WITH 3000000;
