import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { CarryPlan } from '../look-back/look-back.ts';

/**
 * 回头看 as a record: one row per run over a subtree and plan year — who started it, when, on which
 * day (the clock the deadlines count from), what it found and did, and the carry-over plans it made.
 * Listed on the dashboard and reopened from there; a later run of the same year shows beside it.
 */
export const lookBacks = pgTable(
  'look_backs',
  {
    id: text('id').primaryKey(),
    rootOrgId: text('root_org_id').notNull(),
    /** Subtree path of the root, so a supervisor above sees the runs below. */
    rootOrgPath: text('root_org_path').notNull(),
    year: integer('year').notNull(),
    startedBy: text('started_by').notNull(),
    startedByOrgId: text('started_by_org_id').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    /** The day the rectifications were reopened on: their due dates count from it. */
    reopenedOn: date('reopened_on').notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** running | succeeded | failed */
    state: text('state').notNull().default('running'),
    unfinished: integer('unfinished').notNull().default(0),
    reopened: integer('reopened').notNull().default(0),
    carried: integer('carried').notNull().default(0),
    refused: integer('refused').notNull().default(0),
    sampled: integer('sampled').notNull().default(0),
    /** The next year's plans the rectifications went into: [{ planId, ownerOrgId, created }]. */
    carryPlans: jsonb('carry_plans').$type<CarryPlan[]>().notNull().default([]),
  },
  (t) => [index('look_backs_root_idx').on(t.rootOrgPath, t.year)],
);

/**
 * The ledger rows one 回头看 touched: reopened (with the rectification row carried into next year
 * and its due date), refused (with the reason), or listed for a spot check (抽查).
 */
export const lookBackRows = pgTable(
  'look_back_rows',
  {
    lookBackId: text('look_back_id').notNull(),
    assignmentId: text('assignment_id').notNull(),
    /** reopened | refused | sampled */
    outcome: text('outcome').notNull(),
    /** The rectification row in next year's ledger (the same for a recurring task's periods). */
    rectificationId: text('rectification_id'),
    dueOn: date('due_on'),
    message: text('message'),
  },
  (t) => [primaryKey({ columns: [t.lookBackId, t.assignmentId] })],
);
