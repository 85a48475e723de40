CREATE TABLE "assignments" (
	"id" text PRIMARY KEY NOT NULL,
	"plan_id" text NOT NULL,
	"item_id" text NOT NULL,
	"org_id" text NOT NULL,
	"org_path" text NOT NULL,
	"role" text NOT NULL,
	"period_key" text DEFAULT '' NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"workflow_variant" text DEFAULT 'standard' NOT NULL,
	"workflow_version" integer DEFAULT 1 NOT NULL,
	"template_version" integer DEFAULT 1 NOT NULL,
	"evidence_required" boolean DEFAULT true NOT NULL,
	"due_on" date,
	"light" text DEFAULT 'none' NOT NULL,
	"year" integer NOT NULL,
	"last_report" jsonb,
	"last_comment" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rollup_counts" (
	"org_id" text NOT NULL,
	"year" integer NOT NULL,
	"state" text NOT NULL,
	"light" text NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rollup_counts_org_id_year_state_light_pk" PRIMARY KEY("org_id","year","state","light")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"type" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"idempotency_key" text
);
--> statement-breakpoint
CREATE TABLE "orgs" (
	"id" text PRIMARY KEY NOT NULL,
	"parent_id" text,
	"path" text NOT NULL,
	"depth" integer NOT NULL,
	"region_code" text,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"full_name" text NOT NULL,
	"level" text NOT NULL,
	"kind" text NOT NULL,
	"division_type" text,
	"function" text,
	"has_villages" boolean DEFAULT false NOT NULL,
	"has_communities" boolean DEFAULT false NOT NULL,
	"village_count" integer DEFAULT 0 NOT NULL,
	"community_count" integer DEFAULT 0 NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sort_key" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "seed_marks" (
	"name" text PRIMARY KEY NOT NULL,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"completed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_items" (
	"id" text PRIMARY KEY NOT NULL,
	"plan_id" text NOT NULL,
	"parent_item_id" text,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"text" text NOT NULL,
	"units" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"deadline" jsonb,
	"rules" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"workflow_variant" text DEFAULT 'standard' NOT NULL,
	"evidence_required" boolean DEFAULT true NOT NULL,
	"score_weight" numeric,
	"provenance" jsonb,
	"derivation_status" text,
	"overrides" jsonb,
	"trace" jsonb,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"plan_id" text NOT NULL,
	"version" integer NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"snapshot" jsonb NOT NULL,
	"source_version_id" text,
	"published_by" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_org_id" text NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"doc_number" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"parent_plan_id" text,
	"parent_binding" text DEFAULT 'followLatest' NOT NULL,
	"parent_version" integer,
	"published_version" integer DEFAULT 0 NOT NULL,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"org_id" text NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_owner_org_id_orgs_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_item_org_role_period_idx" ON "assignments" USING btree ("item_id","org_id","role","period_key");--> statement-breakpoint
CREATE INDEX "assignments_plan_idx" ON "assignments" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "assignments_org_idx" ON "assignments" USING btree ("org_id","year");--> statement-breakpoint
CREATE INDEX "events_subject_idx" ON "events" USING btree ("subject_type","subject_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "events_idempotency_idx" ON "events" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "orgs_parent_idx" ON "orgs" USING btree ("parent_id","sort_key");--> statement-breakpoint
CREATE INDEX "orgs_path_idx" ON "orgs" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "orgs_region_code_idx" ON "orgs" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "orgs_name_idx" ON "orgs" USING btree ("name");--> statement-breakpoint
CREATE INDEX "plan_items_plan_idx" ON "plan_items" USING btree ("plan_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_versions_plan_version_idx" ON "plan_versions" USING btree ("plan_id","version");--> statement-breakpoint
CREATE INDEX "plans_owner_year_idx" ON "plans" USING btree ("owner_org_id","year");--> statement-breakpoint
CREATE INDEX "plans_parent_idx" ON "plans" USING btree ("parent_plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_idx" ON "users" USING btree ("username");