import { date, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * 台账反馈: when a plan is published, each addressed subordinate must publish its own derived
 * plan (its ledger) within the window the plan states (本文印发30日内). One row per plan ×
 * subordinate, tracked like an assignment: pending → fedBack, with a due date and a light.
 */
export const planFeedbacks = pgTable(
  'plan_feedbacks',
  {
    planId: text('plan_id').notNull(),
    orgId: text('org_id').notNull(),
    /** Subtree path of the subordinate, for subtree filters. */
    orgPath: text('org_path').notNull(),
    year: integer('year').notNull(),
    /** The task that states the window, if it is written in one. */
    itemId: text('item_id'),
    windowText: text('window_text').notNull(),
    dueOn: date('due_on'),
    /** pending | fedBack */
    state: text('state').notNull().default('pending'),
    /** green | yellow | red | none, kept by the deadline scan. */
    light: text('light').notNull().default('none'),
    /** The subordinate's published derived plan that closed this row. */
    fedBackPlanId: text('fed_back_plan_id'),
    fedBackAt: timestamp('fed_back_at', { withTimezone: true }),
    /** The day it was fed back by the clock deadlines count from (the demo's day in the demo): on time or late. */
    fedBackOn: date('fed_back_on'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.orgId] }), index('plan_feedbacks_open_idx').on(t.state, t.dueOn)],
);
