import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/** The latest report as the ledger shows it: its words and the evidence files it names. */
export type LastReport = { text: string; evidence: { name: string; url?: string; hash?: string }[] };

/**
 * One task × one unit × one role (× one period for recurring tasks): a row of the ledger (台账).
 * Foreign keys are left out on purpose: cascades write millions of these with COPY, and the
 * plan/org rows are written first in the same transaction.
 */
export const assignments = pgTable(
  'assignments',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id').notNull(),
    itemId: text('item_id').notNull(),
    orgId: text('org_id').notNull(),
    /** Subtree path of the org, copied so roll-ups and subtree filters are one prefix scan. */
    orgPath: text('org_path').notNull(),
    /** lead | responsible | cooperate */
    role: text('role').notNull(),
    /** '' for one-off tasks; '2022-Q1', '2022-H1', '2022' … for recurring ones (每季度, 每年至少一次). */
    periodKey: text('period_key').notNull().default(''),
    /** Workflow state: draft | assigned | reported | verified | closed | rectifying | review1 … */
    state: text('state').notNull().default('draft'),
    /**
     * What the state means (open, inReview, done, rectifying, closed, suspended), written with the
     * state from the variant that defines it: lights, escalation and the annual report ask this,
     * so a designed variant's states count whatever they are named.
     */
    stateCategory: text('state_category').notNull().default('open'),
    /** The machine this state belongs to: variant id and version, and the plan (template) version. */
    workflowVariant: text('workflow_variant').notNull().default('standard'),
    workflowVersion: integer('workflow_version').notNull().default(1),
    templateVersion: integer('template_version').notNull().default(1),
    evidenceRequired: boolean('evidence_required').notNull().default(true),
    dueOn: date('due_on'),
    /** green | yellow | red | none */
    light: text('light').notNull().default('none'),
    year: integer('year').notNull(),
    /** The latest report (text + evidence) and the latest verifier comment, for the ledger view. */
    lastReport: jsonb('last_report').$type<LastReport>(),
    lastComment: text('last_comment'),
    /** Optimistic concurrency: a write names the version it read; a stale one is a conflict. */
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('assignments_item_org_role_period_idx').on(t.itemId, t.orgId, t.role, t.periodKey),
    index('assignments_plan_idx').on(t.planId),
    index('assignments_org_idx').on(t.orgId, t.year),
    // A subtree's rows (a county's ledger, its exports) are one range of this index.
    index('assignments_org_path_idx').using('btree', sql`${t.orgPath} text_pattern_ops`, t.year),
  ],
);

/**
 * Counts of assignments by state and light for every org's subtree and year, kept in step with
 * each transition (same transaction), so a province-wide roll-up is a small indexed read.
 */
export const rollupCounts = pgTable(
  'rollup_counts',
  {
    orgId: text('org_id').notNull(),
    year: integer('year').notNull(),
    state: text('state').notNull(),
    light: text('light').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.year, t.state, t.light] })],
);
