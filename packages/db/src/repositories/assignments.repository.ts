import type { WorkflowEvent, WorkflowRegistry } from '@cascade/engine';
import { applyTransition } from '@cascade/engine';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { assignments } from '../schema/assignments.schema.ts';
import { events } from '../schema/events.schema.ts';
import { moveInRollup } from './rollup.repository.ts';

export type Assignment = typeof assignments.$inferSelect;
export type NewAssignment = typeof assignments.$inferInsert;

export type TransitionRequest = {
  assignmentId: string;
  /** The version the client read; a different current version is a conflict. */
  expectedVersion: number;
  event: WorkflowEvent;
  /** A client retry with the same key is applied once and answered with the first result. */
  idempotencyKey?: string;
};

export type TransitionOutcome =
  | { ok: true; assignment: Assignment; replayed: boolean }
  | {
      ok: false;
      reason: 'notFound' | 'conflict' | 'refused' | 'unknownWorkflow';
      message: string;
      /** For a refusal: a guard failed (422) or the state has no such step (409). */
      refusal?: 'guard' | 'notAllowed' | 'unknownState';
      current?: Assignment;
    };

/**
 * Applies one workflow event to an assignment: the machine decides, the state and version
 * change only if nobody wrote in between, and the event, the roll-up and the new state are
 * written in one transaction. A stale version or a refused event changes nothing.
 */
export async function transitionAssignment(
  db: Db,
  workflows: WorkflowRegistry,
  request: TransitionRequest,
): Promise<TransitionOutcome> {
  const outcome = await db.transaction(async (tx) => {
    const replay = await findReplay(tx, request);
    if (replay) return replay;
    const [current] = await tx.select().from(assignments).where(eq(assignments.id, request.assignmentId));
    if (!current) return { ok: false, reason: 'notFound', message: `任务分工 ${request.assignmentId} 不存在` } as const;
    if (current.version !== request.expectedVersion) return conflict(current);
    const workflow = workflows(current.workflowVariant, current.workflowVersion);
    if (!workflow) {
      const message = `流程 ${current.workflowVariant}@${current.workflowVersion} 未注册`;
      return { ok: false, reason: 'unknownWorkflow', message } as const;
    }
    const context = { orgId: current.orgId, evidenceRequired: current.evidenceRequired };
    const result = applyTransition(workflow, current.state, context, request.event);
    if (!result.ok)
      return { ok: false, reason: 'refused', message: result.message, refusal: result.reason, current } as const;
    const report =
      request.event.type === 'REPORT'
        ? { text: request.event.reason ?? '', evidence: request.event.evidence ?? [] }
        : undefined;
    const updated = await tx
      .update(assignments)
      .set({
        state: result.to,
        version: sql`${assignments.version} + 1`,
        updatedAt: sql`now()`,
        ...(report ? { lastReport: report } : {}),
        ...(request.event.type !== 'REPORT' && request.event.reason ? { lastComment: request.event.reason } : {}),
      })
      .where(and(eq(assignments.id, current.id), eq(assignments.version, request.expectedVersion)))
      .returning();
    const [assignment] = updated;
    if (!assignment) return conflict(current);
    await tx.insert(events).values({
      actor: request.event.actor.userId,
      type: `assignment.${request.event.type.toLowerCase()}`,
      subjectType: 'assignment',
      subjectId: current.id,
      payload: { from: current.state, to: result.to, version: assignment.version, event: request.event },
      idempotencyKey: request.idempotencyKey ?? null,
    });
    await moveInRollup(tx, current.orgPath, current.year, current, assignment);
    return { ok: true, assignment, replayed: false } as const;
  });
  // Two retries with one key can race: the loser sees a conflict, then finds the winner's event.
  if (!outcome.ok && outcome.reason === 'conflict' && request.idempotencyKey) {
    const replay = await findReplay(db, request);
    if (replay) return replay;
  }
  return outcome;
}

function conflict(current: Assignment): TransitionOutcome {
  return {
    ok: false,
    reason: 'conflict',
    message: `任务分工已被他人修改（当前版本 ${current.version}），请刷新后重试`,
    current,
  };
}

async function findReplay(db: Db, request: TransitionRequest): Promise<TransitionOutcome | null> {
  if (!request.idempotencyKey) return null;
  const [logged] = await db.select().from(events).where(eq(events.idempotencyKey, request.idempotencyKey));
  if (!logged) return null;
  const [assignment] = await db.select().from(assignments).where(eq(assignments.id, logged.subjectId));
  if (!assignment) return null;
  return { ok: true, assignment, replayed: true };
}

/** The logged workflow events of one assignment, oldest first (for replay and the timeline). */
export async function listAssignmentEvents(db: Db, assignmentId: string) {
  return db
    .select()
    .from(events)
    .where(and(eq(events.subjectType, 'assignment'), eq(events.subjectId, assignmentId)))
    .orderBy(events.id);
}

/** Inserts assignments and counts them into the roll-up, in one transaction. */
export async function insertAssignments(db: Db, rows: NewAssignment[]): Promise<void> {
  await db.transaction(async (tx) => {
    for (const row of rows) {
      await tx.insert(assignments).values(row);
      await moveInRollup(tx, row.orgPath, row.year, null, { state: row.state ?? 'draft', light: row.light ?? 'none' });
    }
  });
}
