CREATE TABLE "look_back_rows" (
	"look_back_id" text NOT NULL,
	"assignment_id" text NOT NULL,
	"outcome" text NOT NULL,
	"rectification_id" text,
	"due_on" date,
	"message" text,
	CONSTRAINT "look_back_rows_look_back_id_assignment_id_pk" PRIMARY KEY("look_back_id","assignment_id")
);
--> statement-breakpoint
CREATE TABLE "look_backs" (
	"id" text PRIMARY KEY NOT NULL,
	"root_org_id" text NOT NULL,
	"root_org_path" text NOT NULL,
	"year" integer NOT NULL,
	"started_by" text NOT NULL,
	"started_by_org_id" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reopened_on" date NOT NULL,
	"finished_at" timestamp with time zone,
	"state" text DEFAULT 'running' NOT NULL,
	"unfinished" integer DEFAULT 0 NOT NULL,
	"reopened" integer DEFAULT 0 NOT NULL,
	"carried" integer DEFAULT 0 NOT NULL,
	"refused" integer DEFAULT 0 NOT NULL,
	"sampled" integer DEFAULT 0 NOT NULL,
	"carry_plans" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_feedbacks" ADD COLUMN "fed_back_on" date;--> statement-breakpoint
CREATE INDEX "look_backs_root_idx" ON "look_backs" USING btree ("root_org_path","year");--> statement-breakpoint
UPDATE "plan_feedbacks" SET "fed_back_on" = ("fed_back_at" AT TIME ZONE 'Asia/Shanghai')::date WHERE "fed_back_at" IS NOT NULL;
