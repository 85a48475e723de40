import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * The append-only event log: every transition, edit, derivation, reminder and look-back
 * action with its actor. Rows are only ever inserted.
 */
export const events = pgTable(
  'events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** User id, or `system:<job>` for background work. */
    actor: text('actor').notNull(),
    type: text('type').notNull(),
    /** org | plan | item | assignment | user */
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    /** Client retries with the same key are applied once. */
    idempotencyKey: text('idempotency_key'),
  },
  (t) => [
    index('events_subject_idx').on(t.subjectType, t.subjectId, t.id),
    uniqueIndex('events_idempotency_idx').on(t.idempotencyKey),
    // A supervisor's inbox reads the escalations of the units it supervises by this key.
    index('events_escalated_supervisor_idx')
      .on(sql`(${t.payload}->>'supervisorOrgId')`, t.id)
      .where(sql`${t.type} = 'assignment.escalated'`),
  ],
);
