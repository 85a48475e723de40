import { countFeedback, type FeedbackCounts, findFeedbackWindow, judgeFeedback, type Light } from '@cascade/engine';
import { sql } from 'drizzle-orm';
import type { Db, RawSession } from '../client.ts';
import type { PlanItemRow } from '../plans/plan-items.ts';
import type { PlanRow } from '../plans/plan-store.ts';
import { logEvent } from '../repositories/events.repository.ts';
import { rowsOf } from '../repositories/rollup.repository.ts';
import { planFeedbacks } from '../schema/feedback.schema.ts';

/** The ledger rows a publish issued, as far as the feedback needs them. */
export type IssuedRow = { itemId: string; orgId: string; orgPath: string };

/**
 * On publishing `plan`: every subordinate the feedback task addresses (or, with a window set in
 * the settings, every unit the plan issued work to) gets a pending feedback row due within the
 * window from the issue date. Republishing adds rows for new addressees and keeps the others; the
 * window stays the one the first publish set (a republish is not a new issue date). Returns how
 * many rows were opened.
 */
export async function openPlanFeedback(
  tx: Db,
  input: {
    plan: PlanRow;
    items: readonly PlanItemRow[];
    issued: readonly IssuedRow[];
    publishedOn: string;
    actor: string;
  },
): Promise<number> {
  const settings = input.plan.settings;
  const window = findFeedbackWindow(
    input.items,
    { year: input.plan.year, issuedOn: settings.issuedOn ?? input.publishedOn },
    settings.feedbackWindow,
  );
  if (!window) return 0;
  const addressees = new Map<string, IssuedRow>();
  for (const row of input.issued) {
    if (row.orgId === input.plan.ownerOrgId) continue;
    if (window.itemId && row.itemId !== window.itemId) continue;
    addressees.set(row.orgId, row);
  }
  if (!addressees.size) return 0;
  const [first] = rowsOf<{ due: string | null; window_text: string }>(
    await tx.execute(sql`
      SELECT to_char(due_on, 'YYYY-MM-DD') AS due, window_text FROM plan_feedbacks
      WHERE plan_id = ${input.plan.id} ORDER BY created_at LIMIT 1`),
  );
  const opened = await tx
    .insert(planFeedbacks)
    .values(
      [...addressees.values()].map((row) => ({
        planId: input.plan.id,
        orgId: row.orgId,
        orgPath: row.orgPath,
        year: input.plan.year,
        itemId: window.itemId,
        windowText: first?.window_text ?? window.text,
        dueOn: first ? first.due : window.deadline.due,
      })),
    )
    .onConflictDoNothing()
    .returning({ orgId: planFeedbacks.orgId });
  if (opened.length)
    await logEvent(tx, {
      actor: input.actor,
      type: 'plan.feedback-opened',
      subjectType: 'plan',
      subjectId: input.plan.id,
      payload: { window: window.text, due: window.deadline.due, orgs: opened.map((o) => o.orgId) },
    });
  return opened.length;
}

/**
 * A subordinate published its derived plan on `fedBackOn` (the day by the server's clock): its
 * feedback row on the parent plan is fed back (已反馈), logged once. A later republish changes nothing.
 */
export async function closePlanFeedback(
  tx: Db,
  input: { plan: PlanRow; actor: string; fedBackOn: string },
): Promise<boolean> {
  const { plan } = input;
  if (!plan.parentPlanId) return false;
  const closed = rowsOf<{ plan_id: string }>(
    await tx.execute(sql`
      UPDATE plan_feedbacks SET state = 'fedBack', light = 'green', fed_back_plan_id = ${plan.id},
        fed_back_at = now(), fed_back_on = ${input.fedBackOn}::date, version = version + 1
      WHERE plan_id = ${plan.parentPlanId} AND org_id = ${plan.ownerOrgId} AND state = 'pending'
      RETURNING plan_id`),
  );
  if (!closed.length) return false;
  await logEvent(tx, {
    actor: input.actor,
    type: 'plan.fed-back',
    subjectType: 'plan',
    subjectId: plan.parentPlanId,
    payload: { orgId: plan.ownerOrgId, derivedPlanId: plan.id, on: input.fedBackOn },
  });
  return true;
}

export type FeedbackRow = {
  planId: string;
  planTitle: string;
  orgId: string;
  orgName: string;
  orgPath: string;
  state: 'pending' | 'fedBack';
  /** Fed back after the due date, or pending past it. */
  late: boolean;
  light: Light;
  dueOn: string | null;
  windowText: string;
  fedBackPlanId: string | null;
  /** The day it was fed back, by the clock deadlines count from. */
  fedBackOn: string | null;
};

/** Whose feedback: the subordinates of one plan, or of every plan an org published for a year. */
export type FeedbackScope = { planId: string } | { ownerOrgId: string; year: number };

/**
 * 台账反馈 as every screen and route shows it: one row per plan × addressed unit, judged by
 * `judgeFeedback` on `today` (the server's clock, the demo's day in the demo). Pending rows first,
 * the latest due first within a plan, then by the org tree.
 */
export async function listFeedback(db: Db, scope: FeedbackScope, today: string): Promise<FeedbackRow[]> {
  const where =
    'planId' in scope
      ? sql`f.plan_id = ${scope.planId}`
      : sql`p.owner_org_id = ${scope.ownerOrgId} AND p.year = ${scope.year}`;
  const rows = rowsOf<Omit<FeedbackRow, 'late' | 'light' | 'state'> & { state: string }>(
    await db.execute(sql`
      SELECT f.plan_id AS "planId", p.title AS "planTitle", f.org_id AS "orgId", o.name AS "orgName",
        f.org_path AS "orgPath", f.state, to_char(f.due_on, 'YYYY-MM-DD') AS "dueOn", f.window_text AS "windowText",
        f.fed_back_plan_id AS "fedBackPlanId", to_char(f.fed_back_on, 'YYYY-MM-DD') AS "fedBackOn"
      FROM plan_feedbacks f JOIN orgs o ON o.id = f.org_id JOIN plans p ON p.id = f.plan_id
      WHERE ${where}
      ORDER BY f.state DESC, p.id, o.path`),
  );
  return rows.map((r) => {
    // A row closed before fed_back_on existed was backfilled; `state` is the fact, the day its detail.
    const fedBackOn = r.state === 'fedBack' ? (r.fedBackOn ?? today) : null;
    const status = judgeFeedback({ dueOn: r.dueOn, fedBackOn, today });
    return { ...r, fedBackOn, state: status.fedBack ? 'fedBack' : 'pending', late: status.late, light: status.light };
  });
}

/** The numbers of a feedback table (`countFeedback` on its rows). */
export function feedbackCounts(rows: readonly FeedbackRow[]): FeedbackCounts {
  return countFeedback(rows.map((r) => ({ fedBack: r.state === 'fedBack', late: r.late, light: r.light })));
}

/**
 * The deadline scan's part for feedback: pending rows get their light from working days left,
 * and a reminder event (plan.feedback-reminder) when one turns yellow or red — once per change.
 */
export async function scanFeedbackLights(
  session: RawSession,
  options: { today: string; yellowWorkingDays: number; actor: string },
): Promise<{ changed: number; reminders: number }> {
  const open = await session.query<{ plan_id: string; org_id: string; due: string | null; light: string }>(
    `SELECT plan_id, org_id, to_char(due_on, 'YYYY-MM-DD') AS due, light FROM plan_feedbacks WHERE state = 'pending'`,
  );
  const moved = open
    .map((r) => ({
      ...r,
      next: judgeFeedback({
        dueOn: r.due,
        fedBackOn: null,
        today: options.today,
        yellowWorkingDays: options.yellowWorkingDays,
      }).light,
    }))
    .filter((r) => r.next !== r.light);
  if (!moved.length) return { changed: 0, reminders: 0 };
  const [row] = await session.query<{ changed: number; reminded: number }>(
    `WITH input AS (
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) AS t(plan_id, org_id, light)
     ), changed AS (
       UPDATE plan_feedbacks f SET light = input.light FROM input
       WHERE f.plan_id = input.plan_id AND f.org_id = input.org_id AND f.state = 'pending'
       RETURNING f.plan_id, f.org_id, f.light, to_char(f.due_on, 'YYYY-MM-DD') AS due
     ), reminded AS (
       INSERT INTO events (actor, type, subject_type, subject_id, payload)
       SELECT $4, 'plan.feedback-reminder', 'plan', plan_id,
              json_build_object('orgId', org_id, 'light', light, 'due', due, 'on', $5::text)::jsonb
       FROM changed WHERE light IN ('yellow', 'red')
       RETURNING 1
     )
     SELECT (SELECT count(*)::int FROM changed) AS changed, (SELECT count(*)::int FROM reminded) AS reminded`,
    [moved.map((r) => r.plan_id), moved.map((r) => r.org_id), moved.map((r) => r.next), options.actor, options.today],
  );
  return { changed: row?.changed ?? 0, reminders: row?.reminded ?? 0 };
}
