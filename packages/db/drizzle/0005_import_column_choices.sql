CREATE TABLE "import_column_choices" (
	"org_id" text NOT NULL,
	"issuer" text NOT NULL,
	"choices" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_column_choices_org_id_issuer_pk" PRIMARY KEY("org_id","issuer")
);
--> statement-breakpoint
ALTER TABLE "import_column_choices" ADD CONSTRAINT "import_column_choices_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;