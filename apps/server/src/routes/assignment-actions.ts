import { type EvidenceUpload, getLedgerRow, type LedgerRow, logEvent, transitionAssignment } from '@cascade/db';
import type { Action, WorkflowEvent } from '@cascade/engine';
import type { Context } from 'hono';
import { allow } from '../auth/authorize.ts';
import type { AppDeps, AppEnv } from '../http/app-env.ts';
import { ProblemError } from '../http/problem.ts';

/** A review step inserted by a variant (review1 = 初审, review2 = 复审 …): approved or returned. */
/**
 * The work on one ledger row — a transition (report, verify, return) or an urge — checked against
 * the signed-in principal's reach, for the single-row routes and the bulk route alike.
 */
export function assignmentActions({ database, workflows }: Pick<AppDeps, 'database' | 'workflows'>) {
  const db = database.db;

  async function loadRow(assignmentId: string): Promise<LedgerRow> {
    const row = await getLedgerRow(db, assignmentId);
    if (!row) throw new ProblemError('assignment-not-found', `任务分工 ${assignmentId} 不存在`);
    return row;
  }

  /**
   * Runs one action on a row. `asked` is the request's own fields, normalized: a retry under the
   * same idempotency key (scoped to the user) must repeat them and the action, or is refused.
   * `files` are stored in the transition's transaction, so only a committed report has evidence.
   */
  async function transition(
    c: Context<AppEnv>,
    action: Action,
    input: {
      assignmentId: string;
      expectedVersion: number;
      idempotencyKey?: string | undefined;
      asked: Record<string, unknown>;
      files?: readonly EvidenceUpload[];
    },
    event: (actor: WorkflowEvent['actor'], row: LedgerRow) => WorkflowEvent,
  ) {
    const row = await loadRow(input.assignmentId);
    const principal = allow(c, action, { orgPath: row.orgPath });
    const outcome = await transitionAssignment(db, workflows, {
      assignmentId: input.assignmentId,
      expectedVersion: input.expectedVersion,
      event: event({ userId: principal.userId, orgId: principal.orgId, role: principal.role }, row),
      asked: { action, ...input.asked },
      ...(input.files?.length ? { files: input.files } : {}),
      ...(input.idempotencyKey ? { idempotencyKey: `${principal.userId}:${input.idempotencyKey}` } : {}),
    });
    if (!outcome.ok) {
      if (outcome.reason === 'notFound') throw new ProblemError('assignment-not-found', outcome.message);
      if (outcome.reason === 'keyReused')
        throw new ProblemError('idempotency-key-reused', outcome.message, [
          { path: 'idempotencyKey', message: outcome.message },
        ]);
      if (outcome.reason === 'conflict')
        throw new ProblemError('conflict', outcome.message, undefined, { currentVersion: outcome.current?.version });
      throw new ProblemError(
        outcome.refusal === 'guard' ? 'transition-refused' : 'transition-not-allowed',
        outcome.message,
        undefined,
        {
          state: outcome.current?.state,
        },
      );
    }
    // The row as it now stands, from what the transition wrote (no second read).
    const { assignment } = outcome;
    return {
      ...row,
      state: assignment.state,
      version: assignment.version,
      updatedAt: assignment.updatedAt.toISOString(),
      lastReport: assignment.lastReport ?? null,
      lastComment: assignment.lastComment,
    };
  }

  /** 督办: a message to the row's unit (an inbox entry), logged with who sent it. */
  async function urge(c: Context<AppEnv>, assignmentId: string, message: string): Promise<number> {
    const row = await loadRow(assignmentId);
    const principal = allow(c, 'assignment.urge', { orgPath: row.orgPath });
    return logEvent(db, {
      actor: principal.userId,
      type: 'assignment.urged',
      subjectType: 'assignment',
      subjectId: assignmentId,
      payload: { message, orgId: row.orgId, byOrgId: principal.orgId },
    });
  }

  return { loadRow, transition, urge };
}
