import {
  assignmentOf,
  type EvidenceUpload,
  getLedgerRow,
  type LedgerRow,
  logEvent,
  transitionAssignment,
} from '@cascade/db';
import {
  type Action,
  type ActorStanding,
  authorize,
  type CompiledWorkflow,
  type FireableEvent,
  fireableEvents,
  isDesignedVariantRef,
  isVerifyingOrg,
  mayFire,
  type Principal,
  transitionOn,
  variantRef,
  type WorkflowEvent,
  type WorkflowTransition,
} from '@cascade/engine';
import type { Context } from 'hono';
import { allow } from '../auth/authorize.ts';
import type { AppDeps, AppEnv } from '../http/app-env.ts';
import { ProblemError } from '../http/problem.ts';

/**
 * How the account stands to the row: its unit (may report for it), its verifying level (the
 * supervision of the office whose plan issued the row; when that office is the row's own unit, its
 * superiors' supervision as before), the issuing office itself, and its role. A transition's `by`
 * is read against this.
 */
export function standingOf(principal: Principal, row: LedgerRow): ActorStanding {
  const target = { orgPath: row.orgPath };
  const supervises = authorize(principal, 'assignment.verify', target).allowed;
  return {
    assignee: principal.orgId === row.orgId && authorize(principal, 'assignment.report', target).allowed,
    verifier: supervises && isVerifyingOrg(principal.orgId, row),
    planOwner: principal.orgId === row.ownerOrgId && principal.role !== 'reporter',
    role: principal.role,
  };
}

/** Why the account may not fire the transition: it is not among those its `by` names. */
function notYoursReason(row: LedgerRow, step: WorkflowTransition): string {
  const who = (step.by ?? []).map((actor) =>
    actor === 'assignee'
      ? `承办单位${row.orgName}`
      : actor === 'verifier'
        ? `核验单位${row.ownerOrgName}`
        : actor === 'planOwner'
          ? `下达单位${row.ownerOrgName}`
          : `“${actor.role}”角色`,
  );
  return `“${step.label}”须由${who.join('或') || '指定人员'}办理`;
}

/**
 * The work on one ledger row — a transition (report, verify, return) or an urge — checked against
 * the signed-in principal's reach, for the single-row routes and the bulk route alike.
 */
export function assignmentActions({ database, workflows, today }: Pick<AppDeps, 'database' | 'workflows' | 'today'>) {
  const db = database.db;

  async function workflowOf(row: LedgerRow): Promise<CompiledWorkflow> {
    const workflow = await workflows(row.workflowVariant, row.workflowVersion);
    if (!workflow) throw new Error(`流程 ${row.workflowVariant}@${row.workflowVersion} 未注册`);
    return workflow;
  }

  /** The events the account can fire on the row now (the web's buttons and forms). */
  async function transitionsFor(principal: Principal, row: LedgerRow): Promise<FireableEvent[]> {
    const workflow = await workflows(row.workflowVariant, row.workflowVersion);
    return workflow ? fireableEvents(workflow.variant, row.state, standingOf(principal, row)) : [];
  }

  /**
   * The rows with their state in words where the row's variant is a designed one (流程设计): the
   * variant's own label, read from its published version (the registry loads each once). A
   * built-in state's word is the web's dictionary's, in the reader's language.
   */
  async function withStateLabels<R extends LedgerRow>(rows: readonly R[]): Promise<(R & { stateLabel?: string })[]> {
    const variants = new Map<string, CompiledWorkflow | Promise<CompiledWorkflow | undefined> | undefined>();
    return Promise.all(
      rows.map(async (row) => {
        const ref = variantRef(row.workflowVariant, row.workflowVersion);
        if (!isDesignedVariantRef(ref)) return row;
        if (!variants.has(ref)) variants.set(ref, workflows(row.workflowVariant, row.workflowVersion));
        const label = (await variants.get(ref))?.variant.states[row.state]?.label;
        return label ? { ...row, stateLabel: label } : row;
      }),
    );
  }

  async function withStateLabel<R extends LedgerRow>(row: R): Promise<R & { stateLabel?: string }> {
    const [labelled] = await withStateLabels([row]);
    return labelled ?? row;
  }

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
    const fired = event({ userId: principal.userId, orgId: principal.orgId, role: principal.role }, row);
    // Who may fire it is the variant's word (its `by`): only the verifying level verifies.
    const step = transitionOn((await workflowOf(row)).variant, row.state, fired.type);
    if (step && !mayFire(step, standingOf(principal, row))) {
      throw new ProblemError('forbidden', notYoursReason(row, step));
    }
    const outcome = await transitionAssignment(db, workflows, {
      assignmentId: input.assignmentId,
      read: assignmentOf(row),
      expectedVersion: input.expectedVersion,
      event: fired,
      today: today(),
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
    return withStateLabel({
      ...row,
      state: assignment.state,
      version: assignment.version,
      updatedAt: assignment.updatedAt.toISOString(),
      lastReport: assignment.lastReport ?? null,
      lastComment: assignment.lastComment,
      stateCategory: assignment.stateCategory as LedgerRow['stateCategory'],
      dueOn: assignment.dueOn,
      light: assignment.light as LedgerRow['light'],
    });
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

  return { loadRow, transition, transitionsFor, urge, withStateLabel, withStateLabels };
}
