import { createOrgDirectory, DomainError, type PlanDraft, planLedgerSync } from '@cascade/engine';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { closePlanFeedback, openPlanFeedback } from '../feedback/plan-feedback.ts';
import { logEvent } from '../repositories/events.repository.ts';
import { listNeighbourhood } from '../repositories/orgs.repository.ts';
import { plans, planVersions } from '../schema/plans.schema.ts';
import { publishedSnapshot } from './derive-child-plan.ts';
import { movePlanStatus } from './plan-status.ts';
import { listPlanItems, loadPlanDraft, type PlanRow, StaleVersionError } from './plan-store.ts';
import { applyLedgerSync, listIssuedRows } from './resync-ledger.ts';

export type PublishResult = {
  plan: PlanRow;
  version: number;
  assignmentsIssued: number;
  /** Rows of earlier versions whose due date this version moved. */
  rescheduled: number;
  /** Open rows of earlier versions this version no longer issues, closed with the reason. */
  withdrawn: number;
  /** 台账反馈 rows opened for the subordinates this publish addressed. */
  feedbackOpened: number;
  /** Whether this publish fed the plan back to its parent (closing the parent's feedback row). */
  fedBack: boolean;
};

export class PublishRefusedError extends DomainError {
  constructor(readonly problems: string[]) {
    super('publish.refused', problems.join('；'), {
      faults: problems.map((message) => ({ path: 'plan', message })),
    });
    this.name = 'PublishRefusedError';
  }
}

/**
 * Publishes the working draft as a new immutable version and issues it: every task gets a ledger
 * row (assignment) for each unit its phrases name under the plan's owner, state 已下达; recurring
 * tasks one per period of the plan year (`ledgerRowsOf`). A later version re-syncs the rows the
 * plan owns (`syncLedger`): their work goes on, but a moved deadline moves their due date and
 * light, and a unit no longer named has its row closed with the reason.
 * `check` lets the caller refuse first (coverage of a derived plan). The subordinates addressed
 * by the plan's 台账反馈 window get their feedback rows, and a derived plan's publish closes its
 * own row on the parent plan. The plan's status moves by its lifecycle (`movePlanStatus`): a
 * closed plan (年度收官) is published no more.
 */
export async function publishPlan(
  db: Db,
  input: {
    planId: string;
    expectedVersion: number;
    summary: string;
    actor: string;
    check?: (draft: PlanDraft, plan: PlanRow) => Promise<string[]> | string[];
    /**
     * The publish day (YYYY-MM-DD, China), from the caller's clock: the issue date when the plan
     * states none, and the day lights and 台账反馈 windows count from.
     */
    publishedOn: string;
    /** The warnings of the publish preview the publisher saw and went on despite (their codes), for the record. */
    acknowledgedWarnings?: readonly string[];
  },
): Promise<PublishResult> {
  const { plan, draft } = await loadPlanDraft(db, input.planId);
  if (plan.version !== input.expectedVersion) throw new StaleVersionError('方案', plan.version);
  const checked = (await input.check?.(draft, plan)) ?? [];
  const problems = [...(draft.items.length ? [] : ['方案中没有任何工作任务，不能发布']), ...checked];
  if (problems.length) throw new PublishRefusedError(problems);
  const directory = createOrgDirectory(await listNeighbourhood(db, plan.ownerOrgId));
  const owner = directory.find(plan.ownerOrgId);
  if (!owner) throw new Error(`单位 ${plan.ownerOrgId} 不存在`);
  const items = await listPlanItems(db, plan.id);
  return db.transaction(async (tx) => {
    const version = plan.publishedVersion + 1;
    // The lifecycle decides the status (a first publish: published; a new version: where it was;
    // a closed plan: refused) and bumps the plan's version; the publish writes the rest.
    await movePlanStatus(tx, {
      planId: plan.id,
      event: 'PUBLISH',
      // Nothing missing by now (a gap was refused above, in its words); the rule still guards every version.
      facts: { missingItems: checked.length },
      actor: input.actor,
      expectedVersion: input.expectedVersion,
    });
    const [updated] = await tx
      .update(plans)
      .set({ publishedVersion: version, updatedAt: sql`now()` })
      .where(eq(plans.id, plan.id))
      .returning();
    if (!updated) throw new StaleVersionError('方案', plan.version + 1);
    await tx.insert(planVersions).values({
      id: `${plan.id}@v${version}`,
      planId: plan.id,
      version,
      summary: input.summary,
      snapshot: publishedSnapshot(plan, items),
      publishedBy: input.actor,
    });
    const { publishedOn } = input;
    // The ledger this version issues, against what earlier versions issued: rows added, due dates
    // moved, rows no longer named closed — each row keeping its state and history.
    // The same plan the publish preview shows (`previewPublish`), so its numbers are what happens here.
    const issued = await listIssuedRows(tx, plan.id);
    const { rows, sync } = planLedgerSync({ plan, version, items, owner, directory, issued, today: publishedOn });
    const deadlineOf = new Map(items.map((i) => [i.id, i.deadline?.text ?? '']));
    const deadlineTexts = new Map(rows.map((r) => [r.id, deadlineOf.get(r.itemId) ?? '']));
    const ledger = await applyLedgerSync(tx, { sync, issued, year: plan.year, actor: input.actor, deadlineTexts });
    const feedbackOpened = await openPlanFeedback(tx, {
      plan: updated,
      items,
      issued: rows,
      publishedOn,
      actor: input.actor,
    });
    const fedBack = await closePlanFeedback(tx, { plan: updated, actor: input.actor, fedBackOn: publishedOn });
    await logEvent(tx, {
      actor: input.actor,
      type: 'plan.published',
      subjectType: 'plan',
      subjectId: plan.id,
      payload: {
        version,
        summary: input.summary,
        assignmentsIssued: ledger.added,
        ...ledger,
        feedbackOpened,
        fedBack,
        ...(input.acknowledgedWarnings ? { acknowledgedWarnings: [...input.acknowledgedWarnings] } : {}),
      },
    });
    return {
      plan: updated,
      version,
      assignmentsIssued: ledger.added,
      rescheduled: ledger.rescheduled,
      withdrawn: ledger.withdrawn,
      feedbackOpened,
      fedBack,
    };
  });
}
