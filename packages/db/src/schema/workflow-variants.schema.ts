import type { WorkflowVariant } from '@cascade/engine';
import { index, integer, json, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * A workflow variant an office designed (流程设计): owned by an org, edited as a draft, published
 * as numbered versions. A task picks a published version; assignments run on the version they
 * were issued with until a migration moves them. The built-in variants (standard, 三审三校 …) live
 * in the engine and are not stored here.
 */
export const workflowVariants = pgTable(
  'workflow_variants',
  {
    id: text('id').primaryKey(),
    ownerOrgId: text('owner_org_id').notNull(),
    /** Subtree path of the owner: its offices below may pick its published versions. */
    ownerOrgPath: text('owner_org_path').notNull(),
    name: text('name').notNull(),
    /**
     * The version being edited (null once published until edited again). Stored as json, not
     * jsonb: jsonb reorders object keys, and the order of a state's transitions is the order of
     * the buttons a unit sees.
     */
    draft: json('draft').$type<WorkflowVariant>(),
    /** The highest published version, 0 before the first publish. */
    publishedVersion: integer('published_version').notNull().default(0),
    /** Optimistic concurrency for the draft: a save names the version it read. */
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('workflow_variants_owner_idx').on(t.ownerOrgPath)],
);

/** A published version of a designed variant: immutable once written. */
export const workflowVariantVersions = pgTable(
  'workflow_variant_versions',
  {
    variantId: text('variant_id').notNull(),
    version: integer('version').notNull(),
    /** json, not jsonb: the authored order of states and transitions is kept (see `draft`). */
    definition: json('definition').$type<WorkflowVariant>().notNull(),
    publishedBy: text('published_by').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.variantId, t.version] })],
);
