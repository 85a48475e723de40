import {
  DomainError,
  decidePlanStatus,
  PLAN_RULES,
  type PlanLifecycleEvent,
  type PlanLifecycleFacts,
  planRefusalMessage,
} from '@cascade/engine';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { logEvent } from '../repositories/events.repository.ts';
import { rowsOf } from '../repositories/rollup.repository.ts';
import { finishedCategories } from '../repositories/state-lists.ts';
import { plans } from '../schema/plans.schema.ts';
import { PlanNotFoundError, type PlanRow, StaleVersionError } from './plan-store.ts';

/** A ledger row still open when the year is closed: its task's number and its unit. */
export type OpenAssignment = { assignmentId: string; taskNumber: string; unitName: string };

/** How many rows a refusal names (the rest are counted). */
const NAMED = 5;

/**
 * The plan's lifecycle refused the event: not possible from its status (`plan.statusNotAllowed`,
 * 409) or a rule was not met (`plan.statusRefused`, 422; for 年度收官 with the open rows it found).
 */
export class PlanStatusRefusedError extends DomainError {
  constructor(
    readonly refusal: { reason: 'unknownState' | 'notAllowed' | 'guard'; from: string; guard?: string },
    message: string,
    readonly openAssignments?: { count: number; named: OpenAssignment[] },
  ) {
    super(refusal.reason === 'guard' ? 'plan.statusRefused' : 'plan.statusNotAllowed', message, {
      // Members of the API's problem beside its own (so never `status`, the HTTP status there).
      details: {
        planStatus: refusal.from,
        ...(refusal.guard ? { rule: refusal.guard } : {}),
        ...(openAssignments ? { openAssignments: openAssignments.count } : {}),
      },
    });
    this.name = 'PlanStatusRefusedError';
  }
}

/**
 * The plan's rows that keep a year from being closed: neither finished (the engine's finished
 * states: 已核验, 已销号) nor carried into next year by a 回头看 (a `look_back_rows` row reopened
 * with its rectification row). Counted, and the first few named in outline order.
 */
export async function findOpenAssignments(
  db: Db,
  planId: string,
  limit = NAMED,
): Promise<{ count: number; named: OpenAssignment[] }> {
  const rows = rowsOf<OpenAssignment & { total: number }>(
    await db.execute(sql`
      SELECT a.id AS "assignmentId", array_to_string(ARRAY(SELECT jsonb_array_elements_text(i.path)), '') AS "taskNumber",
        o.name AS "unitName", count(*) OVER ()::int AS total
      FROM assignments a JOIN plan_items i ON i.id = a.item_id JOIN orgs o ON o.id = a.org_id
      WHERE a.plan_id = ${planId} AND a.state_category NOT IN ${finishedCategories}
        AND NOT EXISTS (SELECT 1 FROM look_back_rows r
          WHERE r.assignment_id = a.id AND r.outcome = 'reopened' AND r.rectification_id IS NOT NULL)
      ORDER BY i.position, o.path, a.period_key, a.id
      LIMIT ${limit}`),
  );
  return {
    count: Number(rows[0]?.total ?? 0),
    named: rows.map(({ assignmentId, taskNumber, unitName }) => ({
      assignmentId,
      taskNumber: taskNumber || '（无编号）',
      unitName,
    })),
  };
}

export type MovePlanStatusInput = {
  planId: string;
  event: PlanLifecycleEvent;
  /** What the caller knows of the rules' facts (a publish's coverage gaps); the open rows are counted here. */
  facts?: PlanLifecycleFacts;
  /** The acting account (its user id), recorded on the event. */
  actor: string;
  /** Refused as stale when the plan is no longer at this version. */
  expectedVersion?: number;
};

export type MovePlanStatusResult = { plan: PlanRow; from: string; to: string };

/**
 * The one way a plan's status changes: the event runs through the plan's lifecycle machine
 * (`PLAN_LIFECYCLE`, `decidePlanStatus`) from the status the plan has now (read under a row lock,
 * so two at once decide one after the other), and the machine's answer is written — the status and
 * the plan's version (a change of the plan, as any other). A change of status is an event
 * (`plan.statusChanged`, with its actor); a new version that keeps the status leaves that to
 * `plan.published`. A refusal changes nothing and says why in Chinese, naming the status and the
 * event, and for 年度收官 how many rows are still open and a few of them (task number and unit).
 * Run it in the caller's transaction when the step writes more (a publish).
 */
export async function movePlanStatus(db: Db, input: MovePlanStatusInput): Promise<MovePlanStatusResult> {
  return db.transaction(async (tx) => {
    const [plan] = await tx.select().from(plans).where(eq(plans.id, input.planId)).for('update');
    if (!plan) throw new PlanNotFoundError(input.planId);
    if (input.expectedVersion !== undefined && plan.version !== input.expectedVersion)
      throw new StaleVersionError('方案', plan.version);
    const open = input.event === 'CLOSE' ? await findOpenAssignments(tx, plan.id) : undefined;
    const facts: PlanLifecycleFacts = { ...input.facts, ...(open ? { openAssignments: open.count } : {}) };
    const actor = { userId: input.actor, orgId: plan.ownerOrgId, role: '' };
    const decided = decidePlanStatus(plan.status, input.event, facts, actor);
    if (!decided.ok) {
      if (decided.guard === PLAN_RULES.allFinished && open)
        throw new PlanStatusRefusedError(
          decided,
          planRefusalMessage(plan.status, input.event, openRowsSaid(open)),
          open,
        );
      throw new PlanStatusRefusedError(decided, decided.message);
    }
    const [moved] = await tx
      .update(plans)
      .set({ status: decided.to, version: sql`${plans.version} + 1` })
      .where(eq(plans.id, plan.id))
      .returning();
    if (!moved) throw new PlanNotFoundError(input.planId);
    if (decided.to !== decided.from)
      await logEvent(tx, {
        actor: input.actor,
        type: 'plan.statusChanged',
        subjectType: 'plan',
        subjectId: plan.id,
        payload: { event: input.event, from: decided.from, to: decided.to, ...facts },
      });
    return { plan: moved, from: decided.from, to: decided.to };
  });
}

/** "还有 12 条任务未办结，也未由回头看转入整改（二、（一）9. 博罗县公安局、… 等）" */
function openRowsSaid(open: { count: number; named: OpenAssignment[] }): string {
  const named = open.named.map((r) => `${r.taskNumber} ${r.unitName}`).join('、');
  const more = open.count > open.named.length ? ' 等' : '';
  return `还有 ${open.count} 条任务未办结，也未由回头看转入整改（${named}${more}）`;
}
