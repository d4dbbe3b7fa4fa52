-- A subscription's term, which a renewal moves its end by (domain/subscription-lifecycle.ts). Subscriptions from
-- before this column were converted from trials with the default 12-month term or generated as demo data.
ALTER TABLE "subscriptions" ADD COLUMN "term_months" integer DEFAULT 12 NOT NULL;
--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_term_months_positive" CHECK ("term_months" > 0);
