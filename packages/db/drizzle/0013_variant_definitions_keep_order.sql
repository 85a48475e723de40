-- json keeps a definition as written: jsonb reorders object keys, and the order of a state's transitions is the order of its buttons.
ALTER TABLE "workflow_variant_versions" ALTER COLUMN "definition" SET DATA TYPE json;--> statement-breakpoint
ALTER TABLE "workflow_variants" ALTER COLUMN "draft" SET DATA TYPE json;