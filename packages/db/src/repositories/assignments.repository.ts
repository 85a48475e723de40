import type { WorkflowEvent, WorkflowRegistry } from '@cascade/engine';
import { applyTransition } from '@cascade/engine';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { assignments } from '../schema/assignments.schema.ts';
import { events } from '../schema/events.schema.ts';
import { retryOnDeadlock } from './retry-on-deadlock.ts';
import { moveInRollup, rollupMove, rowsOf } from './rollup.repository.ts';

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
 * Applies one workflow event to an assignment: the machine decides on the state read, and one
 * statement writes the new state (only if the version is still the one read), the event and the
 * roll-up — atomically, and holding the roll-up's hot ancestor rows only for that statement. A
 * stale version or a refused event changes nothing.
 */
export async function transitionAssignment(
  db: Db,
  workflows: WorkflowRegistry,
  request: TransitionRequest,
): Promise<TransitionOutcome> {
  return retryOnDeadlock(() => attemptTransition(db, workflows, request));
}

async function attemptTransition(
  db: Db,
  workflows: WorkflowRegistry,
  request: TransitionRequest,
): Promise<TransitionOutcome> {
  const replay = await findReplay(db, request);
  if (replay) return replay;
  const [current] = await db.select().from(assignments).where(eq(assignments.id, request.assignmentId));
  if (!current) return { ok: false, reason: 'notFound', message: `任务分工 ${request.assignmentId} 不存在` };
  // A retry racing its twin may arrive after the twin wrote: the twin's event answers it.
  if (current.version !== request.expectedVersion) return (await findReplay(db, request)) ?? conflict(current);
  const workflow = workflows(current.workflowVariant, current.workflowVersion);
  if (!workflow) {
    return {
      ok: false,
      reason: 'unknownWorkflow',
      message: `流程 ${current.workflowVariant}@${current.workflowVersion} 未注册`,
    };
  }
  const context = { orgId: current.orgId, evidenceRequired: current.evidenceRequired };
  const result = applyTransition(workflow, current.state, context, request.event);
  if (!result.ok) return { ok: false, reason: 'refused', message: result.message, refusal: result.reason, current };
  const report =
    request.event.type === 'REPORT'
      ? { text: request.event.reason ?? '', evidence: request.event.evidence ?? [] }
      : null;
  const comment = reviewCommentAfter(request.event, current.lastComment);
  const written = await writeTransition(db, { current, to: result.to, report, comment, request });
  if (written) {
    return {
      ok: true,
      replayed: false,
      assignment: {
        ...current,
        state: result.to,
        version: written.version,
        updatedAt: written.updatedAt,
        ...(report ? { lastReport: report } : {}),
        lastComment: comment,
      },
    };
  }
  // Someone wrote in between: a retry with the same key may have been the winner.
  const winner = await findReplay(db, request);
  if (winner) return winner;
  const [now] = await db.select().from(assignments).where(eq(assignments.id, request.assignmentId));
  return conflict(now ?? current);
}

/**
 * The review comment (核验意见) an assignment shows after a step. A report opens a new round, so
 * the return reason it answers is no longer the current word; a verification (or a review step's
 * pass) stands with its own comment or none; a return with its reason. Other steps (销号, 回头看
 * reopening) keep the last comment unless they give their own. Every earlier comment stays in the
 * event log, which the timeline shows.
 */
function reviewCommentAfter(event: WorkflowEvent, previous: string | null): string | null {
  switch (event.type) {
    case 'REPORT':
      return null;
    case 'VERIFY':
    case 'PASS':
    case 'RETURN':
      return event.reason || null;
    default:
      return event.reason || previous;
  }
}

/** The write of a transition as one statement; undefined when the version had moved on. */
async function writeTransition(
  db: Db,
  input: {
    current: Assignment;
    to: string;
    report: { text: string; evidence: unknown } | null;
    comment: string | null;
    request: TransitionRequest;
  },
): Promise<{ version: number; updatedAt: Date } | undefined> {
  const { current, to, request } = input;
  // Each logged step names the machine it ran on and the template version it belongs to, so a
  // replay after a variant migration knows which machine to run it through.
  const payload = JSON.stringify({
    from: current.state,
    to,
    version: current.version + 1,
    machine: `${current.workflowVariant}@${current.workflowVersion}`,
    templateVersion: current.templateVersion,
    event: request.event,
  });
  const roll = rollupMove(
    current.orgPath,
    current.year,
    { state: current.state, light: current.light },
    { state: to, light: current.light },
    'upd',
  );
  const result = await db.execute(sql`
    WITH upd AS (
      UPDATE assignments SET state = ${to}, version = version + 1, updated_at = now(),
        last_report = COALESCE(${input.report ? JSON.stringify(input.report) : null}::jsonb, last_report),
        last_comment = ${input.comment}
      WHERE id = ${current.id} AND version = ${current.version}
      RETURNING version, updated_at
    ), ev AS (
      INSERT INTO events (actor, type, subject_type, subject_id, payload, idempotency_key)
      SELECT ${request.event.actor.userId}, ${`assignment.${request.event.type.toLowerCase()}`}, 'assignment',
        ${current.id}, ${payload}::jsonb, ${request.idempotencyKey ?? null} FROM upd
      RETURNING id
    )${roll ? sql`, roll AS (${roll})` : sql``}
    SELECT upd.version, upd.updated_at FROM upd, ev`);
  const [row] = rowsOf<{ version: number; updated_at: string | Date }>(result);
  return row ? { version: Number(row.version), updatedAt: new Date(row.updated_at) } : undefined;
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
