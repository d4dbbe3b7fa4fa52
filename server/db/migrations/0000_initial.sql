CREATE TYPE "public"."admin_level" AS ENUM('full', 'provisioning');--> statement-breakpoint
CREATE TYPE "public"."organisation_kind" AS ENUM('vendor', 'partner', 'customer', 'consumer');--> statement-breakpoint
CREATE TYPE "public"."partner_tier" AS ENUM('tier1', 'tier2', 'distributor');--> statement-breakpoint
CREATE TYPE "public"."relationship_kind" AS ENUM('owner', 'external_admin');--> statement-breakpoint
CREATE TYPE "public"."user_status" AS ENUM('active', 'invited', 'disabled');--> statement-breakpoint
CREATE TYPE "public"."billing_state" AS ENUM('paid', 'unpaid');--> statement-breakpoint
CREATE TYPE "public"."invoice_status" AS ENUM('paid', 'due', 'overdue');--> statement-breakpoint
CREATE TYPE "public"."order_kind" AS ENUM('new', 'change', 'renewal', 'trial_conversion', 'cancellation');--> statement-breakpoint
CREATE TYPE "public"."order_status" AS ENUM('submitted', 'pending_distributor', 'completed', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."provisioning_status" AS ENUM('provisioned', 'provisioning', 'manual_vendor', 'manual_partner', 'pending_details', 'cannot_provision');--> statement-breakpoint
CREATE TYPE "public"."subscription_state" AS ENUM('active', 'suspended', 'cancelled', 'expired');--> statement-breakpoint
CREATE TYPE "public"."extension_status" AS ENUM('approved', 'pending_approval', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."trial_state" AS ENUM('pending_consent', 'pending_provisioning_details', 'provisioning', 'active', 'expired', 'released', 'cancelled', 'declined', 'converted');--> statement-breakpoint
CREATE TYPE "public"."assignment_action" AS ENUM('assign', 'unassign');--> statement-breakpoint
CREATE TYPE "public"."endpoint_type" AS ENUM('desk_phone', 'desktop_app', 'mobile_app', 'web', 'room_device', 'other');--> statement-breakpoint
CREATE TYPE "public"."queue_outcome" AS ENUM('answered', 'abandoned', 'voicemail', 'moved');--> statement-breakpoint
CREATE TYPE "public"."case_status" AS ENUM('open', 'in_progress', 'closed');--> statement-breakpoint
CREATE TYPE "public"."entitlement_category" AS ENUM('reactive_support', 'advisory_support', 'proactive_services', 'proactive_credits', 'on_demand_education', 'support_contacts', 'on_demand_assessments');--> statement-breakpoint
CREATE TYPE "public"."entitlement_kind" AS ENUM('consumable', 'additional_benefit');--> statement-breakpoint
CREATE TYPE "public"."package_kind" AS ENUM('enterprise_wide', 'add_on');--> statement-breakpoint
CREATE TYPE "public"."delivery_status" AS ENUM('pending', 'delivered', 'failed');--> statement-breakpoint
CREATE TYPE "public"."outbox_status" AS ENUM('pending', 'sent', 'failed');--> statement-breakpoint
CREATE TABLE "customer_admin_assignments" (
	"partner_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"assigned_by_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "customer_admin_assignments_partner_id_customer_id_user_id_pk" PRIMARY KEY("partner_id","customer_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "organisation_kind" NOT NULL,
	"name" text NOT NULL,
	"partner_tier" "partner_tier",
	"distributor_id" uuid,
	"country" text,
	"data_region" text,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"vertical" text,
	"primary_admin_email" text,
	"is_partner_own_organisation" boolean DEFAULT false NOT NULL,
	"terms_accepted_at" timestamp with time zone,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_customers" (
	"partner_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"relationship" "relationship_kind" NOT NULL,
	"admin_level" "admin_level" DEFAULT 'full' NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "partner_customers_partner_id_customer_id_pk" PRIMARY KEY("partner_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "role_assignments" (
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"granted_by_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "role_assignments_organisation_id_user_id_role_pk" PRIMARY KEY("organisation_id","user_id","role")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"locale" text DEFAULT 'en' NOT NULL,
	"status" "user_status" DEFAULT 'active' NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "users_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "device_types" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"sort_order" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"parent_service_id" text,
	"licence_unit" text NOT NULL,
	"trialable" boolean NOT NULL,
	"is_device" boolean DEFAULT false NOT NULL,
	"sort_order" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"customer_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"subscription_id" uuid NOT NULL,
	"number" text NOT NULL,
	"period_start" timestamp with time zone NOT NULL,
	"period_end" timestamp with time zone NOT NULL,
	"amount_cents" bigint NOT NULL,
	"currency" text NOT NULL,
	"status" "invoice_status" NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	CONSTRAINT "invoices_customer_id_id_pk" PRIMARY KEY("customer_id","id")
);
--> statement-breakpoint
CREATE TABLE "licence_assignments" (
	"customer_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"service_id" text NOT NULL,
	"subscription_id" uuid,
	"trial_id" uuid,
	"assigned_at" timestamp with time zone NOT NULL,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "licence_assignments_customer_id_user_id_service_id_pk" PRIMARY KEY("customer_id","user_id","service_id")
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"customer_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"subscription_id" uuid,
	"trial_id" uuid,
	"kind" "order_kind" NOT NULL,
	"status" "order_status" NOT NULL,
	"placed_by_organisation_id" uuid NOT NULL,
	"placed_by_user_id" uuid,
	"fulfilling_organisation_id" uuid,
	"provisioning_contact_email" text,
	"lines" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "orders_customer_id_id_pk" PRIMARY KEY("customer_id","id")
);
--> statement-breakpoint
CREATE TABLE "phone_numbers" (
	"customer_id" uuid NOT NULL,
	"number" text NOT NULL,
	"user_id" uuid,
	"trial_id" uuid,
	"released_at" timestamp with time zone,
	"delete_after" timestamp with time zone,
	CONSTRAINT "phone_numbers_customer_id_number_pk" PRIMARY KEY("customer_id","number")
);
--> statement-breakpoint
CREATE TABLE "subscription_services" (
	"customer_id" uuid NOT NULL,
	"subscription_id" uuid NOT NULL,
	"service_id" text NOT NULL,
	"quantity" integer NOT NULL,
	"provisioning_status" "provisioning_status" NOT NULL,
	"provisioning_error" text,
	CONSTRAINT "subscription_services_customer_id_subscription_id_service_id_pk" PRIMARY KEY("customer_id","subscription_id","service_id")
);
--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"customer_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"seller_organisation_id" uuid NOT NULL,
	"state" "subscription_state" NOT NULL,
	"billing_state" "billing_state" DEFAULT 'paid' NOT NULL,
	"setup_complete" boolean DEFAULT true NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"auto_renew" boolean DEFAULT true NOT NULL,
	"converted_from_trial_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "subscriptions_customer_id_id_pk" PRIMARY KEY("customer_id","id")
);
--> statement-breakpoint
CREATE TABLE "device_returns" (
	"customer_id" uuid NOT NULL,
	"shipment_id" uuid NOT NULL,
	"serial_number" text NOT NULL,
	"rma_number" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"recorded_by_user_id" uuid NOT NULL,
	CONSTRAINT "device_returns_customer_id_shipment_id_serial_number_pk" PRIMARY KEY("customer_id","shipment_id","serial_number")
);
--> statement-breakpoint
CREATE TABLE "device_shipments" (
	"customer_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"trial_id" uuid NOT NULL,
	"device_type_id" text NOT NULL,
	"serial_numbers" text[] NOT NULL,
	"shipped_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	CONSTRAINT "device_shipments_customer_id_id_pk" PRIMARY KEY("customer_id","id")
);
--> statement-breakpoint
CREATE TABLE "trial_extensions" (
	"customer_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"trial_id" uuid NOT NULL,
	"days" integer NOT NULL,
	"previous_ends_at" timestamp with time zone NOT NULL,
	"new_ends_at" timestamp with time zone NOT NULL,
	"status" "extension_status" NOT NULL,
	"requested_by_user_id" uuid NOT NULL,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "trial_extensions_customer_id_id_pk" PRIMARY KEY("customer_id","id")
);
--> statement-breakpoint
CREATE TABLE "trial_services" (
	"customer_id" uuid NOT NULL,
	"trial_id" uuid NOT NULL,
	"service_id" text NOT NULL,
	"licence_quantity" integer NOT NULL,
	"provisioning_status" "provisioning_status" NOT NULL,
	CONSTRAINT "trial_services_customer_id_trial_id_service_id_pk" PRIMARY KEY("customer_id","trial_id","service_id")
);
--> statement-breakpoint
CREATE TABLE "trials" (
	"customer_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"partner_id" uuid NOT NULL,
	"state" "trial_state" NOT NULL,
	"licence_quantity" integer NOT NULL,
	"duration_days" integer NOT NULL,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"admin_email" text NOT NULL,
	"meeting_site_url" text,
	"meeting_time_zone" text,
	"setup_now" boolean DEFAULT false NOT NULL,
	"requested_by_user_id" uuid NOT NULL,
	"consent_requested_at" timestamp with time zone,
	"consent_decided_at" timestamp with time zone,
	"consent_full_administration" boolean,
	"cancelled_at" timestamp with time zone,
	"cancelled_by_user_id" uuid,
	"converted_subscription_id" uuid,
	"released_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "trials_customer_id_id_pk" PRIMARY KEY("customer_id","id")
);
--> statement-breakpoint
CREATE TABLE "customer_tags" (
	"partner_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"tag_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "customer_tags_partner_id_customer_id_tag_id_pk" PRIMARY KEY("partner_id","customer_id","tag_id")
);
--> statement-breakpoint
CREATE TABLE "saved_views" (
	"partner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"query" text NOT NULL,
	"shared" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "saved_views_partner_id_id_pk" PRIMARY KEY("partner_id","id")
);
--> statement-breakpoint
CREATE TABLE "tags" (
	"partner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"colour" text DEFAULT 'blue' NOT NULL,
	"rule" jsonb,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "tags_partner_id_id_pk" PRIMARY KEY("partner_id","id")
);
--> statement-breakpoint
CREATE TABLE "admin_sign_ins" (
	"customer_id" uuid NOT NULL,
	"id" text NOT NULL,
	"user_id" uuid NOT NULL,
	"signed_in_at" timestamp with time zone NOT NULL,
	"ingested_at" timestamp with time zone NOT NULL,
	CONSTRAINT "admin_sign_ins_customer_id_id_pk" PRIMARY KEY("customer_id","id")
);
--> statement-breakpoint
CREATE TABLE "call_features_weekly" (
	"customer_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"feature" text NOT NULL,
	"calls" integer NOT NULL,
	CONSTRAINT "call_features_weekly_customer_id_week_start_feature_pk" PRIMARY KEY("customer_id","week_start","feature")
);
--> statement-breakpoint
CREATE TABLE "call_legs" (
	"customer_id" uuid NOT NULL,
	"id" text NOT NULL,
	"call_id" text NOT NULL,
	"user_id" uuid,
	"started_at" timestamp with time zone NOT NULL,
	"duration_seconds" integer NOT NULL,
	"endpoint_type" "endpoint_type" NOT NULL,
	"mos" real,
	"packet_loss_pct" real,
	"jitter_ms" real,
	"latency_ms" real,
	"features" text[] DEFAULT '{}' NOT NULL,
	"queue_id" text,
	"queue_outcome" "queue_outcome",
	"queue_wait_seconds" integer,
	"ingested_at" timestamp with time zone NOT NULL,
	CONSTRAINT "call_legs_customer_id_id_pk" PRIMARY KEY("customer_id","id")
);
--> statement-breakpoint
CREATE TABLE "call_quality_weekly" (
	"customer_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"endpoint_type" "endpoint_type" NOT NULL,
	"legs" integer NOT NULL,
	"poor_legs" integer NOT NULL,
	CONSTRAINT "call_quality_weekly_customer_id_week_start_endpoint_type_pk" PRIMARY KEY("customer_id","week_start","endpoint_type")
);
--> statement-breakpoint
CREATE TABLE "call_queue_weekly" (
	"customer_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"calls" integer NOT NULL,
	"answered" integer NOT NULL,
	"answer_wait_seconds" double precision NOT NULL,
	"abandoned" integer NOT NULL,
	"abandon_wait_seconds" double precision NOT NULL,
	CONSTRAINT "call_queue_weekly_customer_id_week_start_pk" PRIMARY KEY("customer_id","week_start")
);
--> statement-breakpoint
CREATE TABLE "licence_assignment_events" (
	"customer_id" uuid NOT NULL,
	"id" text NOT NULL,
	"user_id" uuid NOT NULL,
	"service_id" text NOT NULL,
	"action" "assignment_action" NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"ingested_at" timestamp with time zone NOT NULL,
	CONSTRAINT "licence_assignment_events_customer_id_id_pk" PRIMARY KEY("customer_id","id")
);
--> statement-breakpoint
CREATE TABLE "licence_weekly" (
	"customer_id" uuid NOT NULL,
	"subscription_id" uuid NOT NULL,
	"service_id" text NOT NULL,
	"week_start" date NOT NULL,
	"total" integer NOT NULL,
	"assigned" integer NOT NULL,
	"used" integer NOT NULL,
	CONSTRAINT "licence_weekly_customer_id_subscription_id_service_id_week_start_pk" PRIMARY KEY("customer_id","subscription_id","service_id","week_start")
);
--> statement-breakpoint
CREATE TABLE "meeting_usage" (
	"customer_id" uuid NOT NULL,
	"id" text NOT NULL,
	"meeting_id" text NOT NULL,
	"user_id" uuid,
	"started_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"participants" integer NOT NULL,
	"ingested_at" timestamp with time zone NOT NULL,
	CONSTRAINT "meeting_usage_customer_id_id_pk" PRIMARY KEY("customer_id","id")
);
--> statement-breakpoint
CREATE TABLE "usage_freshness" (
	"customer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"data_as_of" timestamp with time zone NOT NULL,
	CONSTRAINT "usage_freshness_customer_id_kind_pk" PRIMARY KEY("customer_id","kind")
);
--> statement-breakpoint
CREATE TABLE "user_calls_weekly" (
	"customer_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"user_id" uuid NOT NULL,
	"calls" integer NOT NULL,
	"minutes" double precision NOT NULL,
	CONSTRAINT "user_calls_weekly_customer_id_week_start_user_id_pk" PRIMARY KEY("customer_id","week_start","user_id")
);
--> statement-breakpoint
CREATE TABLE "consumption_records" (
	"customer_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"entitlement_id" uuid NOT NULL,
	"case_id" uuid,
	"consumed_on" date NOT NULL,
	"quantity" double precision NOT NULL,
	"description" text NOT NULL,
	"delivered_by" text,
	"learner_user_id" uuid,
	CONSTRAINT "consumption_records_customer_id_id_pk" PRIMARY KEY("customer_id","id")
);
--> statement-breakpoint
CREATE TABLE "entitlements" (
	"customer_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"package_id" uuid NOT NULL,
	"category" "entitlement_category" NOT NULL,
	"kind" "entitlement_kind" NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"unit" text NOT NULL,
	"quantity_bought" double precision,
	CONSTRAINT "entitlements_customer_id_id_pk" PRIMARY KEY("customer_id","id")
);
--> statement-breakpoint
CREATE TABLE "support_agreements" (
	"customer_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"number" text NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	CONSTRAINT "support_agreements_customer_id_id_pk" PRIMARY KEY("customer_id","id")
);
--> statement-breakpoint
CREATE TABLE "support_case_access" (
	"customer_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"group_id" uuid,
	"user_id" uuid,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	CONSTRAINT "support_case_access_customer_id_id_pk" PRIMARY KEY("customer_id","id")
);
--> statement-breakpoint
CREATE TABLE "support_cases" (
	"customer_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"workspace_id" uuid,
	"agreement_id" uuid,
	"package_id" uuid,
	"service_name" text,
	"classification" text,
	"product" text,
	"is_how_to" boolean DEFAULT false NOT NULL,
	"severity" text NOT NULL,
	"status" "case_status" NOT NULL,
	"primary_contact_user_id" uuid,
	"created_by_user_id" uuid,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "support_cases_customer_id_id_pk" PRIMARY KEY("customer_id","id")
);
--> statement-breakpoint
CREATE TABLE "support_group_members" (
	"customer_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "support_group_members_customer_id_group_id_user_id_pk" PRIMARY KEY("customer_id","group_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "support_groups" (
	"customer_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "support_groups_customer_id_id_pk" PRIMARY KEY("customer_id","id")
);
--> statement-breakpoint
CREATE TABLE "support_packages" (
	"customer_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"kind" "package_kind" NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	CONSTRAINT "support_packages_customer_id_id_pk" PRIMARY KEY("customer_id","id")
);
--> statement-breakpoint
CREATE TABLE "workspace_members" (
	"customer_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "workspace_members_customer_id_workspace_id_user_id_pk" PRIMARY KEY("customer_id","workspace_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "workspaces" (
	"customer_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "workspaces_customer_id_id_pk" PRIMARY KEY("customer_id","id")
);
--> statement-breakpoint
CREATE TABLE "helpdesk_requests" (
	"partner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"product" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"status" text NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "helpdesk_requests_partner_id_id_pk" PRIMARY KEY("partner_id","id")
);
--> statement-breakpoint
CREATE TABLE "resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text NOT NULL,
	"url" text,
	"type" text NOT NULL,
	"product" text,
	"language" text NOT NULL,
	"featured" boolean DEFAULT false NOT NULL,
	"quick_link" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"message_id" text NOT NULL,
	"to_address" text NOT NULL,
	"locale" text NOT NULL,
	"template" text NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"status" "outbox_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "webhook_deliveries" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"endpoint_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" "delivery_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"response_status" integer,
	"created_at" timestamp with time zone NOT NULL,
	"delivered_at" timestamp with time zone,
	CONSTRAINT "webhook_deliveries_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "webhook_endpoints" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"url" text NOT NULL,
	"secret" text NOT NULL,
	"events" text[] NOT NULL,
	"payload_version" integer DEFAULT 1 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "webhook_endpoints_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"organisation_id" uuid NOT NULL,
	"id" bigserial NOT NULL,
	"actor_user_id" uuid,
	"actor_organisation_id" uuid,
	"action" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "audit_log_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "app_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "customer_admin_assignments" ADD CONSTRAINT "customer_admin_assignments_partner_id_customer_id_partner_customers_partner_id_customer_id_fk" FOREIGN KEY ("partner_id","customer_id") REFERENCES "public"."partner_customers"("partner_id","customer_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_admin_assignments" ADD CONSTRAINT "customer_admin_assignments_partner_id_user_id_users_organisation_id_id_fk" FOREIGN KEY ("partner_id","user_id") REFERENCES "public"."users"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_customers" ADD CONSTRAINT "partner_customers_partner_id_organisations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_customers" ADD CONSTRAINT "partner_customers_customer_id_organisations_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_organisation_id_user_id_users_organisation_id_id_fk" FOREIGN KEY ("organisation_id","user_id") REFERENCES "public"."users"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_customer_id_subscription_id_subscriptions_customer_id_id_fk" FOREIGN KEY ("customer_id","subscription_id") REFERENCES "public"."subscriptions"("customer_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscription_services" ADD CONSTRAINT "subscription_services_customer_id_subscription_id_subscriptions_customer_id_id_fk" FOREIGN KEY ("customer_id","subscription_id") REFERENCES "public"."subscriptions"("customer_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscription_services" ADD CONSTRAINT "subscription_services_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_customer_id_organisations_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_returns" ADD CONSTRAINT "device_returns_customer_id_shipment_id_device_shipments_customer_id_id_fk" FOREIGN KEY ("customer_id","shipment_id") REFERENCES "public"."device_shipments"("customer_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_shipments" ADD CONSTRAINT "device_shipments_customer_id_trial_id_trials_customer_id_id_fk" FOREIGN KEY ("customer_id","trial_id") REFERENCES "public"."trials"("customer_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_shipments" ADD CONSTRAINT "device_shipments_device_type_id_device_types_id_fk" FOREIGN KEY ("device_type_id") REFERENCES "public"."device_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trial_extensions" ADD CONSTRAINT "trial_extensions_customer_id_trial_id_trials_customer_id_id_fk" FOREIGN KEY ("customer_id","trial_id") REFERENCES "public"."trials"("customer_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trial_services" ADD CONSTRAINT "trial_services_customer_id_trial_id_trials_customer_id_id_fk" FOREIGN KEY ("customer_id","trial_id") REFERENCES "public"."trials"("customer_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trial_services" ADD CONSTRAINT "trial_services_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trials" ADD CONSTRAINT "trials_customer_id_organisations_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trials" ADD CONSTRAINT "trials_partner_id_organisations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_tags" ADD CONSTRAINT "customer_tags_partner_id_tag_id_tags_partner_id_id_fk" FOREIGN KEY ("partner_id","tag_id") REFERENCES "public"."tags"("partner_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "customer_admin_assignments_user_idx" ON "customer_admin_assignments" USING btree ("partner_id","user_id");--> statement-breakpoint
CREATE INDEX "organisations_kind_idx" ON "organisations" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "organisations_distributor_idx" ON "organisations" USING btree ("distributor_id");--> statement-breakpoint
CREATE INDEX "organisations_admin_email_idx" ON "organisations" USING btree (lower("primary_admin_email"));--> statement-breakpoint
CREATE INDEX "partner_customers_customer_idx" ON "partner_customers" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "role_assignments_user_idx" ON "role_assignments" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_id_idx" ON "users" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "invoices_subscription_idx" ON "invoices" USING btree ("customer_id","subscription_id");--> statement-breakpoint
CREATE INDEX "licence_assignments_subscription_idx" ON "licence_assignments" USING btree ("customer_id","subscription_id");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_number_idx" ON "orders" USING btree ("number");--> statement-breakpoint
CREATE INDEX "orders_fulfilling_idx" ON "orders" USING btree ("fulfilling_organisation_id","status");--> statement-breakpoint
CREATE INDEX "subscription_services_service_idx" ON "subscription_services" USING btree ("service_id");--> statement-breakpoint
CREATE UNIQUE INDEX "subscriptions_number_idx" ON "subscriptions" USING btree ("number");--> statement-breakpoint
CREATE INDEX "subscriptions_seller_idx" ON "subscriptions" USING btree ("seller_organisation_id");--> statement-breakpoint
CREATE INDEX "subscriptions_ends_idx" ON "subscriptions" USING btree ("ends_at");--> statement-breakpoint
CREATE UNIQUE INDEX "device_shipments_trial_type_idx" ON "device_shipments" USING btree ("customer_id","trial_id","device_type_id");--> statement-breakpoint
CREATE INDEX "trial_extensions_status_idx" ON "trial_extensions" USING btree ("status");--> statement-breakpoint
CREATE INDEX "trial_services_service_idx" ON "trial_services" USING btree ("service_id");--> statement-breakpoint
CREATE UNIQUE INDEX "trials_number_idx" ON "trials" USING btree ("number");--> statement-breakpoint
CREATE INDEX "trials_partner_idx" ON "trials" USING btree ("partner_id","state");--> statement-breakpoint
CREATE INDEX "trials_state_ends_idx" ON "trials" USING btree ("state","ends_at");--> statement-breakpoint
CREATE UNIQUE INDEX "trials_meeting_site_url_idx" ON "trials" USING btree (lower("meeting_site_url")) WHERE "trials"."released_at" is null and "trials"."state" not in ('cancelled', 'declined');--> statement-breakpoint
CREATE INDEX "customer_tags_tag_idx" ON "customer_tags" USING btree ("partner_id","tag_id");--> statement-breakpoint
CREATE INDEX "saved_views_user_idx" ON "saved_views" USING btree ("partner_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tags_name_idx" ON "tags" USING btree ("partner_id",lower("name"));--> statement-breakpoint
CREATE INDEX "admin_sign_ins_at_idx" ON "admin_sign_ins" USING btree ("customer_id","signed_in_at");--> statement-breakpoint
CREATE INDEX "call_legs_started_idx" ON "call_legs" USING btree ("customer_id","started_at");--> statement-breakpoint
CREATE INDEX "meeting_usage_started_idx" ON "meeting_usage" USING btree ("customer_id","started_at");--> statement-breakpoint
CREATE INDEX "consumption_entitlement_idx" ON "consumption_records" USING btree ("customer_id","entitlement_id");--> statement-breakpoint
CREATE INDEX "entitlements_package_idx" ON "entitlements" USING btree ("customer_id","package_id");--> statement-breakpoint
CREATE INDEX "support_case_access_case_idx" ON "support_case_access" USING btree ("customer_id","case_id");--> statement-breakpoint
CREATE INDEX "support_packages_agreement_idx" ON "support_packages" USING btree ("customer_id","agreement_id");--> statement-breakpoint
CREATE INDEX "resources_search_idx" ON "resources" USING gin (to_tsvector('simple', "title" || ' ' || "summary" || ' ' || "body"));--> statement-breakpoint
CREATE UNIQUE INDEX "email_outbox_message_id_idx" ON "email_outbox" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "email_outbox_due_idx" ON "email_outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "email_outbox_org_idx" ON "email_outbox" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_due_idx" ON "webhook_deliveries" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "audit_log_target_idx" ON "audit_log" USING btree ("organisation_id","target_type","target_id");--> statement-breakpoint
CREATE UNIQUE INDEX "api_tokens_hash_idx" ON "api_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");