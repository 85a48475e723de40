import { type AnnualReportSection, inLifecycleOrder, isFinished, stateLabelOf } from '@cascade/engine';
import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { getPlanSummary } from '../plans/plan-store.ts';
import { rowsOf } from '../repositories/rollup.repository.ts';
import { finishedCategories } from '../repositories/state-lists.ts';

/** The figures of the annual-report section (任务分工落实情况), one type with its renderers. */
export type PlanImplementationSummary = AnnualReportSection;

/**
 * One plan's implementation summary as of `asOf`: counts by state, the overdue list (open work
 * past its due date), the rectifications 回头看 reopened (with where they were carried), and the
 * 台账反馈 of its subordinates.
 */
export async function summarizePlanImplementation(
  db: Db,
  input: { planId: string; asOf: string },
): Promise<PlanImplementationSummary> {
  const plan = await getPlanSummary(db, input.planId);
  const counts = rowsOf<{ state: string; n: number }>(
    await db.execute(sql`SELECT state, count(*)::int AS n FROM assignments WHERE plan_id = ${plan.id} GROUP BY state`),
  ).map((r) => ({ state: r.state, label: stateLabelOf(r.state), count: Number(r.n) }));
  const order = inLifecycleOrder(counts.map((c) => c.state));
  counts.sort((a, b) => order.indexOf(a.state) - order.indexOf(b.state));
  const overdue = rowsOf<{ itemLabel: string; itemText: string; orgName: string; dueOn: string; state: string }>(
    await db.execute(sql`
      SELECT i.label AS "itemLabel", i.text AS "itemText", o.name AS "orgName",
        to_char(a.due_on, 'YYYY-MM-DD') AS "dueOn", a.state
      FROM assignments a JOIN plan_items i ON i.id = a.item_id JOIN orgs o ON o.id = a.org_id
      WHERE a.plan_id = ${plan.id} AND a.due_on < ${input.asOf}::date AND a.state_category NOT IN ${finishedCategories}
      ORDER BY a.due_on, i.position, o.path`),
  );
  const rectifications = rowsOf<{
    itemLabel: string;
    itemText: string;
    orgName: string;
    state: string;
    carriedInto: string | null;
  }>(
    await db.execute(sql`
      SELECT i.label AS "itemLabel", i.text AS "itemText", o.name AS "orgName", a.state,
        (SELECT np.title FROM events c JOIN assignments na ON na.id = c.subject_id JOIN plans np ON np.id = na.plan_id
         WHERE c.type = 'lookback.carried' AND c.payload->>'from' = a.id LIMIT 1) AS "carriedInto"
      FROM assignments a JOIN plan_items i ON i.id = a.item_id JOIN orgs o ON o.id = a.org_id
      WHERE a.plan_id = ${plan.id} AND EXISTS (
        SELECT 1 FROM events e WHERE e.subject_type = 'assignment' AND e.subject_id = a.id AND e.type = 'assignment.reopen')
      ORDER BY i.position, o.path`),
  );
  const [feedback] = rowsOf<{ total: number; fed: number }>(
    await db.execute(sql`SELECT count(*)::int AS total, count(*) FILTER (WHERE state = 'fedBack')::int AS fed
      FROM plan_feedbacks WHERE plan_id = ${plan.id}`),
  );
  const total = counts.reduce((n, c) => n + c.count, 0);
  return {
    orgName: plan.ownerName,
    year: plan.year,
    planTitle: plan.title,
    asOf: input.asOf,
    total,
    byState: counts,
    done: counts.filter((c) => isFinished(c.state)).reduce((n, c) => n + c.count, 0),
    overdue: overdue.map(({ state, ...o }) => ({ ...o, stateLabel: stateLabelOf(state) })),
    rectifications: rectifications.map(({ state, ...r }) => ({ ...r, stateLabel: stateLabelOf(state) })),
    feedback:
      feedback && Number(feedback.total) > 0 ? { total: Number(feedback.total), fedBack: Number(feedback.fed) } : null,
  };
}
