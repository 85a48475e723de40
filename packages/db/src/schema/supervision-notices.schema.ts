import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** A task as it stood when a notice was issued (the notice shows it so, whatever it became). */
export type NoticeTaskSnapshot = {
  planId?: string | null;
  label?: string;
  text?: string;
  due?: string | null;
  redWorkingDays?: number;
};

/**
 * 督办单 / 约谈 as documents with a flow: issued by a supervising office to a unit about its overdue
 * task(s), with a 文号 from the office's sequence and a day by which the unit answers; signed for
 * (签收), answered with a rectification plan and date (整改答复), closed by the issuer (办结) or sent
 * back to be answered again. Each step is also an event with its actor.
 */
export const supervisionNotices = pgTable(
  'supervision_notices',
  {
    id: text('id').primaryKey(),
    /** notice (督办单) | interview (约谈) */
    kind: text('kind').notNull(),
    /** 文号: 博督〔2022〕3号 — unique per issuing office, year and kind. */
    docNumber: text('doc_number').notNull(),
    serial: integer('serial').notNull(),
    /** The year the 文号 counts in: the year of issue. */
    year: integer('year').notNull(),
    issuerOrgId: text('issuer_org_id').notNull(),
    /** Subtree path of the issuer, so the offices above see what was issued below them. */
    issuerOrgPath: text('issuer_org_path').notNull(),
    unitOrgId: text('unit_org_id').notNull(),
    /** Subtree path of the addressed unit: it and the offices above it may read the notice. */
    unitOrgPath: text('unit_org_path').notNull(),
    /** The plan year of the tasks it concerns (the dashboard's year). */
    planYear: integer('plan_year').notNull(),
    /** The escalation step that issued it (the deadline scan), or null when issued by hand. */
    step: text('step'),
    /** What the unit is asked to do. */
    requirement: text('requirement').notNull(),
    issuedOn: date('issued_on').notNull(),
    answerDueOn: date('answer_due_on').notNull(),
    /** issued | signed | answered | closed */
    state: text('state').notNull().default('issued'),
    issuedBy: text('issued_by').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
    signedBy: text('signed_by'),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    /** 整改答复: the rectification plan and the date it will be done by. */
    answerText: text('answer_text'),
    rectifyBy: date('rectify_by'),
    answeredBy: text('answered_by'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    /** Why the issuer sent the last answer back (退回重新答复), if it did. */
    returnReason: text('return_reason'),
    closedBy: text('closed_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closingNote: text('closing_note'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('supervision_notices_number_idx').on(t.issuerOrgId, t.year, t.kind, t.serial),
    index('supervision_notices_unit_idx').using('btree', sql`${t.unitOrgPath} text_pattern_ops`),
    index('supervision_notices_issuer_idx').using('btree', sql`${t.issuerOrgPath} text_pattern_ops`),
  ],
);

/** The overdue assignments a notice concerns, as they stood when it was issued. */
export const supervisionNoticeItems = pgTable(
  'supervision_notice_items',
  {
    noticeId: text('notice_id').notNull(),
    assignmentId: text('assignment_id').notNull(),
    /** The escalation step's key (`escalation:<id>@<due>:<step>`): one notice per step and due date. */
    escalationKey: text('escalation_key'),
    /** The task as it stood: label, text, due date, working days red. */
    snapshot: jsonb('snapshot').$type<NoticeTaskSnapshot>().notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.noticeId, t.assignmentId] }),
    index('supervision_notice_items_assignment_idx').on(t.assignmentId),
    uniqueIndex('supervision_notice_items_escalation_idx').on(t.escalationKey),
  ],
);

/** The last 文号 serial each issuing office gave per year and kind (allocated under a row lock). */
export const supervisionNoticeSequences = pgTable(
  'supervision_notice_sequences',
  {
    issuerOrgId: text('issuer_org_id').notNull(),
    year: integer('year').notNull(),
    kind: text('kind').notNull(),
    last: integer('last').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.issuerOrgId, t.year, t.kind] })],
);
