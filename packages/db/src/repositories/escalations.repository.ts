import type { EscalationAction, Light } from '@cascade/engine';
import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { rowsOf } from './rollup.repository.ts';
import { finishedCategories } from './state-lists.ts';

/** One entry of the 督办/约谈 list: the assignment at its highest step raised so far. */
export type EscalationEntry = {
  assignmentId: string;
  planId: string;
  itemLabel: string;
  itemText: string;
  orgId: string;
  orgName: string;
  /** The highest action raised: interview (约谈) above notice (督办单) above remind. */
  action: EscalationAction;
  step: string;
  raisedOn: string;
  redWorkingDays: number;
  dueOn: string | null;
  state: string;
  light: Light;
};

export type EscalationQuery = {
  /** Only units under this path (the supervisor's subtree). */
  withinPath: string;
  year?: number | undefined;
  action?: EscalationAction | undefined;
  /** false lists finished ones too (verified, closed since the step was raised). */
  openOnly: boolean;
  limit: number;
};

/** Each escalated assignment of the subtree once, at its highest step against its current due date (the list and its counts). */
function highestSteps(q: Omit<EscalationQuery, 'action' | 'limit'>) {
  const rank = sql`CASE e.payload->>'action' WHEN 'interview' THEN 3 WHEN 'notice' THEN 2 ELSE 1 END`;
  return sql`
      SELECT DISTINCT ON (a.id) a.id AS "assignmentId", a.plan_id AS "planId", i.label AS "itemLabel",
        i.text AS "itemText", a.org_id AS "orgId", o.name AS "orgName", e.payload->>'action' AS action,
        e.payload->>'step' AS step, e.payload->>'on' AS "raisedOn",
        (e.payload->>'redWorkingDays')::int AS "redWorkingDays", to_char(a.due_on, 'YYYY-MM-DD') AS "dueOn",
        a.state, a.light
      FROM events e
      JOIN assignments a ON a.id = e.subject_id
      JOIN plan_items i ON i.id = a.item_id
      JOIN orgs o ON o.id = a.org_id
      WHERE e.subject_type = 'assignment' AND e.type = 'assignment.escalated'
        -- Steps raised against a due date a republish has since moved are history, not the row's standing.
        AND e.payload->>'due' IS NOT DISTINCT FROM to_char(a.due_on, 'YYYY-MM-DD')
        AND a.org_path LIKE ${`${q.withinPath}%`}
        ${q.year ? sql`AND a.year = ${q.year}` : sql``}
        ${q.openOnly ? sql`AND a.state_category NOT IN ${finishedCategories}` : sql``}
      ORDER BY a.id, ${rank} DESC, e.id DESC`;
}

/**
 * The 督办单 / 约谈 list of a subtree: every assignment with an escalation step raised, at its
 * highest step, with its current state and light; the longest overdue first.
 */
export async function listEscalations(db: Db, q: EscalationQuery): Promise<EscalationEntry[]> {
  const rows = rowsOf<EscalationEntry>(
    await db.execute(sql`
      SELECT * FROM (${highestSteps(q)}) AS highest
      ${q.action ? sql`WHERE action = ${q.action}` : sql``}
      ORDER BY "redWorkingDays" DESC, "assignmentId"
      LIMIT ${q.limit}`),
  );
  return rows.map((r) => ({ ...r, redWorkingDays: Number(r.redWorkingDays) }));
}

/** How many assignments of the subtree stand at each step — all of them, not one page of the list. */
export async function countEscalations(
  db: Db,
  q: Omit<EscalationQuery, 'action' | 'limit'>,
): Promise<Record<EscalationAction, number>> {
  const rows = rowsOf<{ action: EscalationAction; n: number | string }>(
    await db.execute(sql`SELECT action, count(*) AS n FROM (${highestSteps(q)}) AS highest GROUP BY action`),
  );
  const counts: Record<EscalationAction, number> = { remind: 0, notice: 0, interview: 0 };
  for (const r of rows) counts[r.action] = Number(r.n);
  return counts;
}
