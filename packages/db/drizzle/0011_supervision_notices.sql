CREATE TABLE "supervision_notice_items" (
	"notice_id" text NOT NULL,
	"assignment_id" text NOT NULL,
	"escalation_key" text,
	"snapshot" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "supervision_notice_items_notice_id_assignment_id_pk" PRIMARY KEY("notice_id","assignment_id")
);
--> statement-breakpoint
CREATE TABLE "supervision_notice_sequences" (
	"issuer_org_id" text NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"last" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "supervision_notice_sequences_issuer_org_id_year_kind_pk" PRIMARY KEY("issuer_org_id","year","kind")
);
--> statement-breakpoint
CREATE TABLE "supervision_notices" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"doc_number" text NOT NULL,
	"serial" integer NOT NULL,
	"year" integer NOT NULL,
	"issuer_org_id" text NOT NULL,
	"issuer_org_path" text NOT NULL,
	"unit_org_id" text NOT NULL,
	"unit_org_path" text NOT NULL,
	"plan_year" integer NOT NULL,
	"step" text,
	"requirement" text NOT NULL,
	"issued_on" date NOT NULL,
	"answer_due_on" date NOT NULL,
	"state" text DEFAULT 'issued' NOT NULL,
	"issued_by" text NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"signed_by" text,
	"signed_at" timestamp with time zone,
	"answer_text" text,
	"rectify_by" date,
	"answered_by" text,
	"answered_at" timestamp with time zone,
	"return_reason" text,
	"closed_by" text,
	"closed_at" timestamp with time zone,
	"closing_note" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "supervision_notice_items_assignment_idx" ON "supervision_notice_items" USING btree ("assignment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "supervision_notice_items_escalation_idx" ON "supervision_notice_items" USING btree ("escalation_key");--> statement-breakpoint
CREATE UNIQUE INDEX "supervision_notices_number_idx" ON "supervision_notices" USING btree ("issuer_org_id","year","kind","serial");--> statement-breakpoint
CREATE INDEX "supervision_notices_unit_idx" ON "supervision_notices" USING btree ("unit_org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "supervision_notices_issuer_idx" ON "supervision_notices" USING btree ("issuer_org_path" text_pattern_ops);