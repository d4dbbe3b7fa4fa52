-- Issue #13: vendor operators set up a customer's support from the UI, so the names people pick between stay unique.
CREATE UNIQUE INDEX "workspaces_name_idx" ON "workspaces" USING btree ("customer_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "support_agreements_number_idx" ON "support_agreements" USING btree ("customer_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "support_groups_name_idx" ON "support_groups" USING btree ("customer_id",lower("name"));--> statement-breakpoint
-- A request is shared with a person, or given to a group, once (ACT-2).
CREATE UNIQUE INDEX "support_case_access_user_idx" ON "support_case_access" USING btree ("customer_id","case_id","user_id") WHERE "user_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "support_case_access_group_idx" ON "support_case_access" USING btree ("customer_id","case_id","group_id") WHERE "group_id" IS NOT NULL;
