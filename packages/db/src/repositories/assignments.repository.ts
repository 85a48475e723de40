import { createHash } from 'node:crypto';
import type { CalendarDate, Light, WorkflowEvent, WorkflowRegistry } from '@cascade/engine';
import { applyTransition, categoryOf, computeLight, DEFAULT_YELLOW_WORKING_DAYS, transitionOn } from '@cascade/engine';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { assignments } from '../schema/assignments.schema.ts';
import { events } from '../schema/events.schema.ts';
import { type EvidenceUpload, storeEvidence } from './evidence.repository.ts';
import { retryOnDeadlock, sqlStateOf } from './retry-on-deadlock.ts';
import { moveInRollup, rollupMove, rowsOf } from './rollup.repository.ts';

export type Assignment = typeof assignments.$inferSelect;
export type NewAssignment = typeof assignments.$inferInsert;

export type TransitionRequest = {
  assignmentId: string;
  /** The version the client read; a different current version is a conflict. */
  expectedVersion: number;
  event: WorkflowEvent;
  /**
   * A client retry with the same key is applied once and answered from the log with the row as it
   * is now. The key answers only the request it was first used for: the same actor, assignment,
   * expected version and `asked`; any other request under it is refused (`keyReused`).
   */
  idempotencyKey?: string;
  /**
   * What the client asked, as the caller normalizes it (the action and its fields, file hashes):
   * what a retry under the same key must repeat. Defaults to the event without its actor. The
   * action rather than the event type, because the machine may name the same request differently
   * once the row has moved on (核验 in `reported` is VERIFY, in a review step PASS).
   */
  asked?: unknown;
  /**
   * The evidence files the event carries: stored in the transaction that writes the transition, so
   * they exist (and can be downloaded) only if it commits.
   */
  files?: readonly EvidenceUpload[];
  /**
   * The working day the light of a rescheduled row (an approved 申请延期) is computed on; needed
   * only by transitions that move the due date.
   */
  today?: CalendarDate;
  /**
   * The row as the caller has just read it (the route reads it for the access check): the first
   * attempt decides on it instead of reading it again. Safe because the write names the version
   * it decided on, so a row that moved on in between is a conflict, as with a read of our own.
   */
  read?: Assignment;
};

export type TransitionOutcome =
  | { ok: true; assignment: Assignment; replayed: boolean }
  | {
      ok: false;
      /** keyReused: the idempotency key was first used for another request. */
      reason: 'notFound' | 'conflict' | 'refused' | 'unknownWorkflow' | 'keyReused';
      message: string;
      /** For a refusal: a guard failed (422) or the state has no such step (409). */
      refusal?: 'guard' | 'notAllowed' | 'unknownState';
      current?: Assignment;
    };

/**
 * Applies one workflow event to an assignment: the machine decides on the state read, and one
 * statement writes the new state (only if the version is still the one read), the event and the
 * roll-up — atomically, and holding the roll-up's hot ancestor rows only for that statement. The
 * event's evidence files are stored before that statement in the same transaction. A stale
 * version, a refused event or a reused idempotency key changes nothing and stores nothing.
 */
export async function transitionAssignment(
  db: Db,
  workflows: WorkflowRegistry,
  request: TransitionRequest,
): Promise<TransitionOutcome> {
  let read = request.read;
  return retryOnDeadlock(() => {
    // A retry after a deadlock reads the row anew.
    const attempt = attemptTransition(db, workflows, request, read);
    read = undefined;
    return attempt;
  });
}

async function attemptTransition(
  db: Db,
  workflows: WorkflowRegistry,
  request: TransitionRequest,
  read: Assignment | undefined,
): Promise<TransitionOutcome> {
  // Only a request under an idempotency key is compared with an earlier one.
  const digest = request.idempotencyKey ? requestDigest(request) : '';
  const replay = await findReplay(db, request, digest);
  if (replay) return replay;
  const current = read ?? (await db.select().from(assignments).where(eq(assignments.id, request.assignmentId)))[0];
  if (!current) return { ok: false, reason: 'notFound', message: `任务分工 ${request.assignmentId} 不存在` };
  // A retry racing its twin may arrive after the twin wrote: the twin's event answers it.
  if (current.version !== request.expectedVersion) return (await findReplay(db, request, digest)) ?? conflict(current);
  const workflow = await workflows(current.workflowVariant, current.workflowVersion);
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
      ? { text: request.event.reason ?? request.event.comment ?? '', evidence: [...(request.event.evidence ?? [])] }
      : null;
  const comment = reviewCommentAfter(request.event, current.lastComment);
  const category = workflow.variant.states[result.to]?.category ?? 'open';
  const due = result.effect === 'reschedule' ? reschedule(result.to, request) : null;
  let written: Awaited<ReturnType<typeof writeTransition>>;
  try {
    const label = transitionOn(workflow.variant, current.state, request.event.type)?.label;
    written = await writeTransition(db, {
      current,
      to: result.to,
      label,
      category,
      due,
      report,
      comment,
      request,
      digest,
    });
  } catch (error) {
    // The key was logged in between by a request on another row (the unique index refused ours).
    const taken = sqlStateOf(error) === '23505' ? await findReplay(db, request, digest) : null;
    if (taken) return taken;
    throw error;
  }
  if (written) {
    return {
      ok: true,
      replayed: false,
      assignment: {
        ...current,
        state: result.to,
        stateCategory: category,
        ...(due ? { dueOn: due.dueOn, light: due.light } : {}),
        version: written.version,
        updatedAt: written.updatedAt,
        ...(report ? { lastReport: report } : {}),
        lastComment: comment,
      },
    };
  }
  // Someone wrote in between: a retry with the same key may have been the winner.
  const winner = await findReplay(db, request, digest);
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

/** The due date and light of a row a transition reschedules (批准延期): the event's date, lit today. */
function reschedule(to: string, request: TransitionRequest): { dueOn: string; light: Light } {
  const dueOn = request.event.dueOn as string; // the machine refused the event without one
  if (!request.today) throw new Error('a transition that moves the due date needs the day to light it on');
  const light = computeLight({
    due: dueOn,
    today: request.today,
    state: to,
    yellowWorkingDays: DEFAULT_YELLOW_WORKING_DAYS,
  });
  return { dueOn, light };
}

type TransitionWrite = {
  current: Assignment;
  to: string;
  /** The step's label in its variant (申请延期, 办结): the timeline's words for a designed event. */
  label: string | undefined;
  category: string;
  due: { dueOn: string; light: Light } | null;
  report: { text: string; evidence: unknown } | null;
  comment: string | null;
  request: TransitionRequest;
  digest: string;
};
type Written = { version: number; updatedAt: Date };

/** Thrown inside the evidence transaction when the version had moved on: rolls the files back. */
class VersionMoved extends Error {}

/**
 * The write of a transition; undefined when the version had moved on. Without files it is one
 * statement. With files, they are stored first and the statement last, in one transaction: a
 * lost race rolls them back, and the roll-up's hot rows are held only from the statement to the
 * commit, never while the files are written.
 */
async function writeTransition(db: Db, input: TransitionWrite): Promise<Written | undefined> {
  const files = input.request.files ?? [];
  if (files.length === 0) return writeStatement(db, input);
  try {
    return await db.transaction(async (tx) => {
      await storeEvidence(tx, {
        assignmentId: input.current.id,
        uploadedBy: input.request.event.actor.userId,
        files,
      });
      const written = await writeStatement(tx, input);
      if (!written) throw new VersionMoved();
      return written;
    });
  } catch (error) {
    if (error instanceof VersionMoved) return undefined;
    throw error;
  }
}

/** The transition as one statement: the row (if still at the version read), the event, the roll-up. */
async function writeStatement(db: Db, input: TransitionWrite): Promise<Written | undefined> {
  const { current, to, request, due } = input;
  // The light is the deadline scan's field: a step writes it only when it moves the due date, so a
  // scan that lit the row after it was read is not undone (which would remind the unit twice).
  const light = due?.light ?? current.light;
  // Each logged step names the machine it ran on and the template version it belongs to, so a
  // replay after a variant migration knows which machine to run it through.
  const payload = JSON.stringify({
    from: current.state,
    to,
    ...(input.label ? { label: input.label } : {}),
    version: current.version + 1,
    machine: `${current.workflowVariant}@${current.workflowVersion}`,
    templateVersion: current.templateVersion,
    event: request.event,
    ...(due ? { rescheduled: { from: current.dueOn, to: due.dueOn, light: due.light } } : {}),
    // What a retry under the same key must repeat (compared by findReplay).
    ...(request.idempotencyKey ? { requestDigest: input.digest } : {}),
  });
  const roll = rollupMove(
    current.orgPath,
    current.year,
    { state: current.state, light: current.light },
    { state: to, light },
    'upd',
  );
  const result = await db.execute(sql`
    WITH upd AS (
      UPDATE assignments SET state = ${to}, state_category = ${input.category}, version = version + 1, updated_at = now(),
        last_report = COALESCE(${input.report ? JSON.stringify(input.report) : null}::jsonb, last_report),
        last_comment = ${input.comment}, due_on = COALESCE(${due?.dueOn ?? null}::date, due_on),
        light = COALESCE(${due?.light ?? null}, light)
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

/**
 * The answer the log holds for the request's idempotency key: the row as it is now when the key
 * was logged for this very request (a retry), a refusal when for any other, null when unused.
 */
async function findReplay(db: Db, request: TransitionRequest, digest: string): Promise<TransitionOutcome | null> {
  if (!request.idempotencyKey) return null;
  const [logged] = await db.select().from(events).where(eq(events.idempotencyKey, request.idempotencyKey));
  if (!logged) return null;
  const isSameRequest =
    logged.subjectType === 'assignment' &&
    logged.subjectId === request.assignmentId &&
    logged.actor === request.event.actor.userId &&
    logged.payload.requestDigest === digest;
  if (!isSameRequest) return { ok: false, reason: 'keyReused', message: '该幂等键已用于另一项操作' };
  const [assignment] = await db.select().from(assignments).where(eq(assignments.id, logged.subjectId));
  if (!assignment) return null;
  return { ok: true, assignment, replayed: true };
}

/** A fingerprint of the request a key stands for: actor, assignment, expected version and what was asked. */
function requestDigest(request: TransitionRequest): string {
  const { actor, ...event } = request.event;
  const fingerprint = {
    actor: actor.userId,
    assignmentId: request.assignmentId,
    expectedVersion: request.expectedVersion,
    asked: request.asked ?? event,
  };
  return createHash('sha256').update(stableJson(fingerprint)).digest('hex');
}

/** JSON with object keys sorted, so the same request always gives the same text. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
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
      // A row written in a state says what the state means, as a transition would.
      await tx.insert(assignments).values({ stateCategory: categoryOf(row.state ?? 'draft') ?? 'open', ...row });
      await moveInRollup(tx, row.orgPath, row.year, null, { state: row.state ?? 'draft', light: row.light ?? 'none' });
    }
  });
}
