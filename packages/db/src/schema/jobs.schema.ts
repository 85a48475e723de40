import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * The background job queue (a cascade, the periodic deadline scan): one row per job, claimed by
 * one server instance at a time with `FOR UPDATE SKIP LOCKED` and held by a lease it renews
 * while it works. A crashed instance's lease runs out and another instance takes the job over;
 * the work itself is resumable, so running it again finishes it. Progress lives here, so any
 * instance can answer GET /api/jobs/{id}.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: text('id').primaryKey(),
    /** cascade | deadline-scan */
    kind: text('kind').notNull(),
    /** Who may see it: the org the job works on. */
    orgPath: text('org_path').notNull(),
    /** What the work needs, as JSON (the plan to cascade, the day to scan for). */
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    /** queued | running | succeeded | failed */
    state: text('state').notNull().default('queued'),
    /** A job that must exist once only (the scan of one period): a second enqueue adds nothing. */
    dedupeKey: text('dedupe_key'),
    done: integer('done').notNull().default(0),
    total: integer('total').notNull().default(0),
    message: text('message').notNull().default(''),
    /** What the job's handler returned (counts, ids), as JSON. */
    result: jsonb('result').$type<unknown>(),
    error: text('error'),
    /** How many times an instance claimed it (more than one: a lease ran out and it was resumed). */
    attempts: integer('attempts').notNull().default(0),
    /** The instance working on it and until when its claim holds. */
    lockedBy: text('locked_by'),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('jobs_dedupe_idx').on(t.dedupeKey), index('jobs_state_idx').on(t.state, t.createdAt)],
);
