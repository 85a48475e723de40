import { date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * One task × one unit × one role: a row of the ledger (台账). Foreign keys are left out on
 * purpose: cascades write millions of these with COPY, and the plan/org rows are written
 * first in the same transaction.
 */
export const assignments = pgTable(
  'assignments',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id').notNull(),
    itemId: text('item_id').notNull(),
    orgId: text('org_id').notNull(),
    /** Subtree path of the org, copied so roll-ups are one prefix scan. */
    orgPath: text('org_path').notNull(),
    /** lead | responsible | cooperate */
    role: text('role').notNull(),
    /** Workflow state: draft | assigned | reported | verified | closed | rectifying … */
    state: text('state').notNull().default('draft'),
    workflowVariant: text('workflow_variant').notNull().default('standard'),
    dueOn: date('due_on'),
    /** green | yellow | red | none */
    light: text('light').notNull().default('none'),
    year: integer('year').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('assignments_item_org_role_idx').on(t.itemId, t.orgId, t.role),
    index('assignments_plan_idx').on(t.planId),
    index('assignments_org_idx').on(t.orgId, t.year),
  ],
);
