CREATE TABLE "customer_calls_weekly" (
	"customer_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"calls" integer NOT NULL,
	"seconds" bigint NOT NULL,
	"active_users" integer NOT NULL,
	"users_1_to_5" integer NOT NULL,
	"users_6_to_20" integer NOT NULL,
	"users_over_20" integer NOT NULL,
	CONSTRAINT "customer_calls_weekly_customer_id_week_start_pk" PRIMARY KEY("customer_id","week_start")
);
--> statement-breakpoint
CREATE TABLE "licence_customer_weekly" (
	"customer_id" uuid NOT NULL,
	"service_id" text NOT NULL,
	"week_start" date NOT NULL,
	"total" integer NOT NULL,
	"assigned" integer NOT NULL,
	"used" integer NOT NULL,
	CONSTRAINT "licence_customer_weekly_service_id_customer_id_week_start_pk" PRIMARY KEY("service_id","customer_id","week_start")
);
--> statement-breakpoint
CREATE TABLE "licence_weekly_tail" (
	"customer_id" uuid NOT NULL,
	"subscription_id" uuid NOT NULL,
	"service_id" text NOT NULL,
	"week_start" date NOT NULL,
	"total" integer NOT NULL,
	"assigned" integer NOT NULL,
	CONSTRAINT "licence_weekly_tail_customer_id_subscription_id_service_id_pk" PRIMARY KEY("customer_id","subscription_id","service_id")
);
--> statement-breakpoint
CREATE INDEX "licence_weekly_tail_week_idx" ON "licence_weekly_tail" USING btree ("service_id","week_start");