CREATE TABLE "plan_feedbacks" (
	"plan_id" text NOT NULL,
	"org_id" text NOT NULL,
	"org_path" text NOT NULL,
	"year" integer NOT NULL,
	"item_id" text,
	"window_text" text NOT NULL,
	"due_on" date,
	"state" text DEFAULT 'pending' NOT NULL,
	"light" text DEFAULT 'none' NOT NULL,
	"fed_back_plan_id" text,
	"fed_back_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_feedbacks_plan_id_org_id_pk" PRIMARY KEY("plan_id","org_id")
);
--> statement-breakpoint
CREATE INDEX "plan_feedbacks_open_idx" ON "plan_feedbacks" USING btree ("state","due_on");--> statement-breakpoint
CREATE INDEX "events_escalated_supervisor_idx" ON "events" USING btree (("payload"->>'supervisorOrgId'),"id") WHERE "events"."type" = 'assignment.escalated';