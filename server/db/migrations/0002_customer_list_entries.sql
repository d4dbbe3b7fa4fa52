CREATE TABLE "customer_list_entries" (
	"partner_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"relationship" "relationship_kind" NOT NULL,
	"admin_level" "admin_level" NOT NULL,
	"licences_total" integer DEFAULT 0 NOT NULL,
	"licences_assigned" integer DEFAULT 0 NOT NULL,
	"live_until" timestamp with time zone DEFAULT '-infinity' NOT NULL,
	"active_until" timestamp with time zone DEFAULT '-infinity' NOT NULL,
	"suspended_until" timestamp with time zone DEFAULT '-infinity' NOT NULL,
	"over_licence_until" timestamp with time zone DEFAULT '-infinity' NOT NULL,
	"setup_incomplete_until" timestamp with time zone DEFAULT '-infinity' NOT NULL,
	"trial_until" timestamp with time zone DEFAULT '-infinity' NOT NULL,
	"last_admin_sign_in_at" timestamp with time zone DEFAULT '-infinity' NOT NULL,
	"cannot_provision_until" timestamp with time zone DEFAULT '-infinity' NOT NULL,
	"manual_partner_until" timestamp with time zone DEFAULT '-infinity' NOT NULL,
	"manual_vendor_until" timestamp with time zone DEFAULT '-infinity' NOT NULL,
	"pending_details_until" timestamp with time zone DEFAULT '-infinity' NOT NULL,
	"provisioning_until" timestamp with time zone DEFAULT '-infinity' NOT NULL,
	"provisioned_until" timestamp with time zone DEFAULT '-infinity' NOT NULL,
	"paid_renewing" boolean DEFAULT false NOT NULL,
	"has_expired_trial" boolean DEFAULT false NOT NULL,
	"expiry_ends" "tstzmultirange" DEFAULT '{}'::tstzmultirange NOT NULL,
	"paid_ends" "tstzmultirange" DEFAULT '{}'::tstzmultirange NOT NULL,
	"trial_ends" "tstzmultirange" DEFAULT '{}'::tstzmultirange NOT NULL,
	"tag_ids" uuid[] DEFAULT '{}' NOT NULL,
	"product_ids" text[] DEFAULT '{}' NOT NULL,
	"search_text" text COLLATE "C" NOT NULL,
	"name_key" text COLLATE "C" NOT NULL,
	"products_key" text COLLATE "C" DEFAULT '' NOT NULL,
	"tags_key" text COLLATE "C" DEFAULT '' NOT NULL,
	"name" text NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"trials_ending" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"owner_partner_id" uuid,
	"admin_email" text,
	CONSTRAINT "customer_list_entries_partner_id_customer_id_pk" PRIMARY KEY("partner_id","customer_id")
);
--> statement-breakpoint
CREATE INDEX "customer_list_entries_customer_idx" ON "customer_list_entries" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "customer_list_entries_name_idx" ON "customer_list_entries" USING btree ("partner_id","name_key","customer_id");--> statement-breakpoint
CREATE INDEX "customer_list_entries_products_idx" ON "customer_list_entries" USING btree ("partner_id","products_key","name_key","customer_id");--> statement-breakpoint
CREATE INDEX "customer_list_entries_relationship_idx" ON "customer_list_entries" USING btree ("partner_id","relationship","name_key","customer_id");--> statement-breakpoint
CREATE INDEX "customer_list_entries_tags_idx" ON "customer_list_entries" USING btree ("partner_id","tags_key","name_key","customer_id");--> statement-breakpoint
CREATE INDEX "customer_list_entries_licences_idx" ON "customer_list_entries" USING btree ("partner_id","licences_total","name_key","customer_id");