CREATE TABLE "trial_notices" (
	"customer_id" uuid NOT NULL,
	"trial_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "trial_notices_customer_id_trial_id_kind_ends_at_pk" PRIMARY KEY("customer_id","trial_id","kind","ends_at")
);
--> statement-breakpoint
ALTER TABLE "trials" ADD COLUMN "requested_devices" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "trials" ADD COLUMN "link_created_by_trial" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "trial_notices" ADD CONSTRAINT "trial_notices_customer_id_trial_id_trials_customer_id_id_fk" FOREIGN KEY ("customer_id","trial_id") REFERENCES "public"."trials"("customer_id","id") ON DELETE cascade ON UPDATE no action;