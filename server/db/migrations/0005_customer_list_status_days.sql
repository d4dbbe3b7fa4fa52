CREATE TABLE "customer_list_days" (
	"partner_id" uuid PRIMARY KEY NOT NULL,
	"day" date NOT NULL
);
--> statement-breakpoint
ALTER TABLE "customer_list_entries" ADD COLUMN "status_day" date;--> statement-breakpoint
ALTER TABLE "customer_list_entries" ADD COLUMN "customer_status_bits" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_list_entries" ADD COLUMN "subscription_status_bits" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_list_entries" ADD COLUMN "provisioning_status_bits" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_list_entries" ADD COLUMN "type_bits" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_list_entries" ADD COLUMN "customer_status_rank" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_list_entries" ADD COLUMN "subscription_status_rank" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_list_entries" ADD COLUMN "provisioning_status_rank" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_list_entries" ADD COLUMN "next_expiry_key" timestamp with time zone DEFAULT 'infinity' NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_list_days" ADD CONSTRAINT "customer_list_days_partner_id_organisations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "customer_list_entries_status_idx" ON "customer_list_entries" USING btree ("partner_id","customer_status_rank","name_key","customer_id");--> statement-breakpoint
CREATE INDEX "customer_list_entries_subscription_status_idx" ON "customer_list_entries" USING btree ("partner_id","subscription_status_rank","name_key","customer_id");--> statement-breakpoint
CREATE INDEX "customer_list_entries_provisioning_idx" ON "customer_list_entries" USING btree ("partner_id","provisioning_status_rank","name_key","customer_id");--> statement-breakpoint
CREATE INDEX "customer_list_entries_next_expiry_idx" ON "customer_list_entries" USING btree ("partner_id","next_expiry_key","name_key","customer_id");