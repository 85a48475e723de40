import { createOrgDirectory, type Deadline, listReportPeriods, type PlanDraft, resolveUnitOrgs } from '@cascade/engine';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { closePlanFeedback, openPlanFeedback } from '../feedback/plan-feedback.ts';
import { logEvent } from '../repositories/events.repository.ts';
import { listNeighbourhood } from '../repositories/orgs.repository.ts';
import { addToRollup } from '../repositories/rollup.repository.ts';
import { assignments } from '../schema/assignments.schema.ts';
import { plans, planVersions } from '../schema/plans.schema.ts';
import { assignmentIdFor, UNIT_ROLES, type UnitTexts } from './plan-items.ts';
import { listPlanItems, loadPlanDraft, type PlanRow, StaleVersionError } from './plan-store.ts';

export type PublishResult = {
  plan: PlanRow;
  version: number;
  assignmentsIssued: number;
  /** 台账反馈 rows opened for the subordinates this publish addressed. */
  feedbackOpened: number;
  /** Whether this publish fed the plan back to its parent (closing the parent's feedback row). */
  fedBack: boolean;
};

export class PublishRefusedError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('；'));
    this.name = 'PublishRefusedError';
  }
}

/** The periods of a stored deadline (a task without one is a single row without a due date). */
function reportPeriodsOf(deadline: unknown, year: number) {
  const d = deadline as Partial<Deadline> | null;
  return listReportPeriods(
    { kind: d?.kind ?? 'unspecified', due: d?.due ?? null, ...(d?.recurrence ? { recurrence: d.recurrence } : {}) },
    year,
  );
}

/**
 * Publishes the working draft as a new immutable version and issues it: every task gets a ledger
 * row (assignment) for each unit its phrases name under the plan's owner, state 已下达. Rows
 * issued by an earlier version stay as they are (their work goes on); only new ones are added. Recurring tasks get one row per period of the plan year.
 * `check` lets the caller refuse first (coverage of a derived plan). The subordinates addressed
 * by the plan's 台账反馈 window get their feedback rows, and a derived plan's publish closes its
 * own row on the parent plan.
 */
export async function publishPlan(
  db: Db,
  input: {
    planId: string;
    expectedVersion: number;
    summary: string;
    actor: string;
    check?: (draft: PlanDraft, plan: PlanRow) => Promise<string[]> | string[];
    /** The publish day (YYYY-MM-DD, China): the issue date when the plan states none. */
    publishedOn?: string;
  },
): Promise<PublishResult> {
  const { plan, draft } = await loadPlanDraft(db, input.planId);
  if (plan.version !== input.expectedVersion) throw new StaleVersionError('方案', plan.version);
  const problems = [
    ...(draft.items.length ? [] : ['方案中没有任何工作任务，不能发布']),
    ...((await input.check?.(draft, plan)) ?? []),
  ];
  if (problems.length) throw new PublishRefusedError(problems);
  const directory = createOrgDirectory(await listNeighbourhood(db, plan.ownerOrgId));
  const owner = directory.find(plan.ownerOrgId);
  if (!owner) throw new Error(`单位 ${plan.ownerOrgId} 不存在`);
  const items = await listPlanItems(db, plan.id);
  return db.transaction(async (tx) => {
    const version = plan.publishedVersion + 1;
    const [updated] = await tx
      .update(plans)
      .set({
        publishedVersion: version,
        status: plan.status === 'draft' ? 'published' : plan.status,
        version: sql`${plans.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(plans.id, plan.id), eq(plans.version, input.expectedVersion)))
      .returning();
    if (!updated) throw new StaleVersionError('方案', plan.version + 1);
    await tx.insert(planVersions).values({
      id: `${plan.id}@v${version}`,
      planId: plan.id,
      version,
      summary: input.summary,
      snapshot: { title: plan.title, docNumber: plan.docNumber, settings: plan.settings, items },
      publishedBy: input.actor,
    });
    const rows = items
      .filter((item) => item.kind === 'task' && item.derivationStatus !== 'notApplicable')
      .flatMap((item) =>
        UNIT_ROLES.flatMap((role) =>
          ((item.units as Partial<UnitTexts>)[role] ?? []).flatMap((text) =>
            resolveUnitOrgs(text, owner, directory).flatMap((org) =>
              // A recurring task (每季度, 每年至少一次, 长期) is one row per period of the plan year.
              reportPeriodsOf(item.deadline, plan.year).map(({ periodKey, due }) => ({
                id: assignmentIdFor(item.id, org.id, role, periodKey),
                planId: plan.id,
                itemId: item.id,
                orgId: org.id,
                orgPath: org.path,
                role,
                periodKey,
                state: 'assigned',
                templateVersion: version,
                evidenceRequired: item.evidenceRequired,
                workflowVariant: item.workflowVariant,
                dueOn: due,
                year: plan.year,
              })),
            ),
          ),
        ),
      );
    const issued: { orgPath: string; state: string; light: string }[] = [];
    for (let i = 0; i < rows.length; i += 500) {
      issued.push(
        ...(await tx
          .insert(assignments)
          .values(rows.slice(i, i + 500))
          .onConflictDoNothing()
          .returning({ orgPath: assignments.orgPath, state: assignments.state, light: assignments.light })),
      );
    }
    await addToRollup(tx, plan.year, issued);
    const publishedOn =
      input.publishedOn ?? new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const feedbackOpened = await openPlanFeedback(tx, {
      plan: updated,
      items,
      issued: rows,
      publishedOn,
      actor: input.actor,
    });
    const fedBack = await closePlanFeedback(tx, { plan: updated, actor: input.actor });
    await logEvent(tx, {
      actor: input.actor,
      type: 'plan.published',
      subjectType: 'plan',
      subjectId: plan.id,
      payload: { version, summary: input.summary, assignmentsIssued: issued.length, feedbackOpened, fedBack },
    });
    return { plan: updated, version, assignmentsIssued: issued.length, feedbackOpened, fedBack };
  });
}
