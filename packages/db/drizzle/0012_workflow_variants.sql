CREATE TABLE "workflow_variant_versions" (
	"variant_id" text NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"published_by" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workflow_variant_versions_variant_id_version_pk" PRIMARY KEY("variant_id","version")
);
--> statement-breakpoint
CREATE TABLE "workflow_variants" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_org_id" text NOT NULL,
	"owner_org_path" text NOT NULL,
	"name" text NOT NULL,
	"draft" jsonb,
	"published_version" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "state_category" text DEFAULT 'open' NOT NULL;--> statement-breakpoint
CREATE INDEX "workflow_variants_owner_idx" ON "workflow_variants" USING btree ("owner_org_path");--> statement-breakpoint
-- Rows written before states had categories: what each built-in state means (review steps are in review).
UPDATE "assignments" SET "state_category" = CASE
  WHEN "state" = 'reported' OR "state" ~ '^review[0-9]+$' THEN 'inReview'
  WHEN "state" = 'verified' THEN 'done'
  WHEN "state" = 'rectifying' THEN 'rectifying'
  WHEN "state" = 'closed' THEN 'closed'
  ELSE 'open' END
WHERE "state" NOT IN ('draft', 'assigned');
