CREATE TABLE "call_legs_pending" (
	"customer_id" uuid NOT NULL,
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
	"ingested_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
-- The folder deletes every row it adds to the rollups: vacuum the queue often, so its scans stay as small as its backlog.
ALTER TABLE "call_legs_pending" SET (autovacuum_vacuum_threshold = 5000, autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_insert_threshold = 5000, autovacuum_vacuum_insert_scale_factor = 0);
