CREATE TABLE "rollup_counts" (
	"org_id" text NOT NULL,
	"year" integer NOT NULL,
	"state" text NOT NULL,
	"light" text NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rollup_counts_org_id_year_state_light_pk" PRIMARY KEY("org_id","year","state","light")
);
--> statement-breakpoint
DROP INDEX "assignments_item_org_role_idx";--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "period_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "workflow_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "template_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "evidence_required" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "last_report" jsonb;--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "last_comment" text;--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_item_org_role_period_idx" ON "assignments" USING btree ("item_id","org_id","role","period_key");