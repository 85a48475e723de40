import {
  DomainError,
  type ExcludedItem,
  PLAN_STATUSES_CLOSED_TO_EDITS,
  type PlanDraft,
  planAcceptsEdits,
  planStatusLabel,
  type Rule,
} from '@cascade/engine';
import { and, asc, eq, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { logEvent } from '../repositories/events.repository.ts';
import { rowsOf } from '../repositories/rollup.repository.ts';
import { planItems, plans, planVersions } from '../schema/plans.schema.ts';
import { draftToItemRows, itemRowsToDraft, type PlanItemRow } from './plan-items.ts';

export type PlanRow = typeof plans.$inferSelect;

/** What a plan keeps besides its items: the document's metadata and what the import set aside. */
export type PlanSettings = {
  issuer?: string | null;
  issuedOn?: string | null;
  basis?: PlanDraft['basis'];
  preamble?: PlanDraft['preamble'];
  closing?: PlanDraft['closing'];
  unplaced?: PlanDraft['unplaced'];
  layout?: string;
  derivedFrom?: string;
  /** The template's localization profile (派生规则) as its author edited it; the default when unset. */
  profile?: Rule[];
  /** A derived plan's: the parent's tasks addressed to it, by id (what 逐项对照 checks), and those left out. */
  addressed?: string[];
  excluded?: ExcludedItem[];
  /** A feedback window that overrides what the text says (`findFeedbackWindow`). */
  feedbackWindow?: string | null;
};

export class PlanNotFoundError extends DomainError {
  constructor(readonly planId: string) {
    super('plan.notFound', `方案 ${planId} 不存在`);
    this.name = 'PlanNotFoundError';
  }
}

/** A write named a version someone else has already replaced. */
export class StaleVersionError extends DomainError {
  constructor(
    readonly subject: string,
    readonly currentVersion: number,
  ) {
    super('plan.staleVersion', `${subject}已被他人修改（当前版本 ${currentVersion}），请刷新后重试`, {
      details: { currentVersion },
    });
    this.name = 'StaleVersionError';
  }
}

export type CreatePlanInput = {
  id?: string;
  ownerOrgId: string;
  draft: PlanDraft;
  actor: string;
  parentPlanId?: string | null;
  parentVersion?: number | null;
  /** plan.imported, plan.derived…: what the event log says happened. */
  eventType: string;
  extraSettings?: Partial<PlanSettings>;
};

const newPlanId = (year: number, orgId: string) =>
  `plan-${year}-${orgId}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Writes a plan and its outline from a draft, with its event, in one transaction. */
export async function createPlanFromDraft(db: Db, input: CreatePlanInput): Promise<PlanRow> {
  const { draft } = input;
  const id = input.id ?? newPlanId(draft.year, input.ownerOrgId);
  const settings: PlanSettings = {
    issuer: draft.issuer,
    issuedOn: draft.issuedOn,
    basis: draft.basis,
    ...(draft.preamble ? { preamble: draft.preamble } : {}),
    ...(draft.closing ? { closing: draft.closing } : {}),
    unplaced: draft.unplaced,
    ...(draft.layout ? { layout: draft.layout } : {}),
    ...input.extraSettings,
  };
  return db.transaction(async (tx) => {
    const [plan] = await tx
      .insert(plans)
      .values({
        id,
        ownerOrgId: input.ownerOrgId,
        year: draft.year,
        title: draft.title,
        docNumber: draft.docNumber,
        parentPlanId: input.parentPlanId ?? null,
        parentVersion: input.parentVersion ?? null,
        settings,
      })
      .returning();
    const rows = draftToItemRows(id, draft);
    if (rows.length) await tx.insert(planItems).values(rows);
    await logEvent(tx, {
      actor: input.actor,
      type: input.eventType,
      subjectType: 'plan',
      subjectId: id,
      payload: { title: draft.title, items: draft.items.length, unplaced: draft.unplaced.length },
    });
    return plan as PlanRow;
  });
}

export async function getPlan(db: Db, planId: string): Promise<PlanRow> {
  const [plan] = await db.select().from(plans).where(eq(plans.id, planId));
  if (!plan) throw new PlanNotFoundError(planId);
  return plan;
}

export async function listPlanItems(db: Db, planId: string): Promise<PlanItemRow[]> {
  return db.select().from(planItems).where(eq(planItems.planId, planId)).orderBy(asc(planItems.position));
}

/** The plan's working draft as the engine reads it (derivation, export, publishing). */
export async function loadPlanDraft(db: Db, planId: string): Promise<{ plan: PlanRow; draft: PlanDraft }> {
  const plan = await getPlan(db, planId);
  const settings = plan.settings;
  const draft = itemRowsToDraft(
    {
      title: plan.title,
      docNumber: plan.docNumber,
      issuer: settings.issuer ?? null,
      issuedOn: settings.issuedOn ?? null,
      year: plan.year,
      basis: settings.basis ?? [],
    },
    await listPlanItems(db, planId),
  );
  return { plan, draft };
}

/**
 * Published, then edited: the plan was written after its latest version (a publish writes both in
 * one transaction, so they carry the same time).
 */
export const UNPUBLISHED_CHANGES = sql`(p.published_version > 0 AND EXISTS (SELECT 1 FROM plan_versions v
    WHERE v.plan_id = p.id AND v.version = p.published_version AND v.published_at < p.updated_at))`;

/** A plan as lists show it (`PlanSummaryRow`), from `plans p JOIN orgs o` (its owner). */
export const PLAN_SUMMARY_SELECT = sql`SELECT p.id, p.owner_org_id AS "ownerOrgId", o.name AS "ownerName", o.path AS "ownerPath",
    p.year, p.title, p.doc_number AS "docNumber", p.status, p.parent_plan_id AS "parentPlanId",
    p.published_version AS "publishedVersion", p.version, p.updated_at AS "updatedAt",
    (SELECT count(*)::int FROM plan_items i WHERE i.plan_id = p.id AND i.kind = 'task') AS "taskCount",
    ${UNPUBLISHED_CHANGES} AS "unpublishedChanges"
  FROM plans p JOIN orgs o ON o.id = p.owner_org_id`;

/** Whether any ledger row of the plan was issued to an org at or below `orgPath`. */
export async function hasAssignmentsWithin(db: Db, planId: string, orgPath: string): Promise<boolean> {
  const result = await db.execute(
    sql`SELECT 1 AS found FROM assignments WHERE plan_id = ${planId} AND org_path LIKE ${`${orgPath}%`} LIMIT 1`,
  );
  return rowsOf(result).length > 0;
}

/** One plan as lists show it, with its owner's name and path (for access checks). */
export async function getPlanSummary(db: Db, planId: string): Promise<PlanSummaryRow> {
  const [row] = rowsOfPlans(await db.execute(sql`${PLAN_SUMMARY_SELECT} WHERE p.id = ${planId}`));
  if (!row) throw new PlanNotFoundError(planId);
  return row;
}

export type PlanSummaryRow = {
  id: string;
  ownerOrgId: string;
  ownerName: string;
  ownerPath: string;
  year: number;
  title: string;
  docNumber: string | null;
  status: 'draft' | 'published' | 'executing' | 'closed';
  parentPlanId: string | null;
  publishedVersion: number;
  version: number;
  updatedAt: string;
  taskCount: number;
  /** Published, and edited since its latest version. */
  unpublishedChanges: boolean;
};

export function rowsOfPlans(result: unknown): PlanSummaryRow[] {
  return rowsOf<PlanSummaryRow>(result).map((r) => ({
    ...r,
    year: Number(r.year),
    publishedVersion: Number(r.publishedVersion),
    version: Number(r.version),
    taskCount: Number(r.taskCount),
    unpublishedChanges: r.unpublishedChanges === true || String(r.unpublishedChanges) === 'true',
    updatedAt: new Date(r.updatedAt).toISOString(),
  }));
}

/** Bumps the plan's version if it is still `expectedVersion`; a stale one is a conflict. */
/** An edit of a plan whose year is closed (年度收官). */
export class PlanClosedError extends DomainError {
  constructor(status: string) {
    super('plan.statusNotAllowed', `方案已${planStatusLabel(status)}（年度收官），不能再修改`);
    this.name = 'PlanClosedError';
  }
}

export async function touchPlan(db: Db, planId: string, expectedVersion?: number): Promise<PlanRow> {
  // Every edit of a plan passes here: a plan at the end of its year (年度收官) is a final record,
  // refused by the write's own condition (no read first); a refusal reads the plan to say why.
  const [updated] = await db
    .update(plans)
    .set({ version: sql`${plans.version} + 1`, updatedAt: sql`now()` })
    .where(
      and(
        eq(plans.id, planId),
        notInArray(plans.status, [...PLAN_STATUSES_CLOSED_TO_EDITS]),
        expectedVersion === undefined ? undefined : eq(plans.version, expectedVersion),
      ),
    )
    .returning();
  if (updated) return updated;
  const current = await getPlan(db, planId);
  if (!planAcceptsEdits(current.status)) throw new PlanClosedError(current.status);
  throw new StaleVersionError('方案', current.version);
}

export async function listPlanVersions(db: Db, planId: string) {
  return db
    .select({
      version: planVersions.version,
      summary: planVersions.summary,
      publishedBy: planVersions.publishedBy,
      publishedAt: planVersions.publishedAt,
    })
    .from(planVersions)
    .where(eq(planVersions.planId, planId))
    .orderBy(asc(planVersions.version));
}

/**
 * 待分解: published plans of the org's direct superior, each with the plan this org already
 * derived from it, if any.
 */
export async function listDerivationInbox(
  db: Db,
  orgId: string,
): Promise<(PlanSummaryRow & { derivedPlanId: string | null })[]> {
  const result = await db.execute(sql`${PLAN_SUMMARY_SELECT}
    JOIN orgs me ON me.parent_id = p.owner_org_id AND me.id = ${orgId}
    WHERE p.published_version > 0
    ORDER BY p.year DESC, p.updated_at DESC`);
  const rows = rowsOfPlans(result);
  const derived = rowsOf<{ parent: string; id: string }>(
    await db.execute(
      sql`SELECT parent_plan_id AS parent, id FROM plans WHERE owner_org_id = ${orgId} AND parent_plan_id IS NOT NULL`,
    ),
  );
  const byParent = new Map(derived.map((d) => [d.parent, d.id]));
  return rows.map((r) => ({ ...r, derivedPlanId: byParent.get(r.id) ?? null }));
}
