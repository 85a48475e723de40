import {
  auditCoverage,
  buildDerivedPlan,
  type CoverageAudit,
  createOrgDirectory,
  DomainError,
  derivePlan,
  describeChangeNotes,
  describeChanges,
  guidingUnitsOf,
  type PlanDraft,
  planIdFor,
  refuseDerivation,
  type Said,
} from '@cascade/engine';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { logEvent } from '../repositories/events.repository.ts';
import { listNeighbourhood } from '../repositories/orgs.repository.ts';
import { planItems, plans, planVersions } from '../schema/plans.schema.ts';
import { itemRowsToDraft, type PlanItemRow } from './plan-items.ts';
import { getPlan, listPlanItems, type PlanRow, type PlanSettings } from './plan-store.ts';

export { planIdFor } from '@cascade/engine';

/** A published version as stored: the plan's fields and its items at that moment. */
export type PlanSnapshot = { title: string; docNumber: string | null; settings: PlanSettings; items: PlanItemRow[] };

/**
 * The snapshot a publish stores (by hand, or the cascade's 逐级下达). Its items keep what was
 * published (words, units, deadlines, provenance) but not their derivation trace: why each value
 * was derived stays on the live items, no reader of a version asks for it, and it was 70 % of every
 * snapshot's JSON — a third of a cascade's bytes on the embedded database (docs/BENCHMARKS.md).
 */
export function publishedSnapshot(
  plan: Pick<PlanSnapshot, 'title' | 'docNumber' | 'settings'>,
  items: readonly PlanItemRow[],
): PlanSnapshot {
  return {
    title: plan.title,
    docNumber: plan.docNumber,
    settings: plan.settings,
    items: items.map((item) => ({ ...item, trace: null })),
  };
}

export class DerivationRefusedError extends DomainError {
  constructor(
    message: string,
    readonly existingPlanId?: string,
  ) {
    // Derived already: the plan made then is named, so the client can open it instead.
    super(
      existingPlanId ? 'derivation.alreadyDerived' : 'derivation.refused',
      message,
      existingPlanId ? { details: { planId: existingPlanId } } : {},
    );
    this.name = 'DerivationRefusedError';
  }
}

export async function getPlanSnapshot(db: Db, planId: string, version: number): Promise<PlanSnapshot> {
  const [row] = await db
    .select({ snapshot: planVersions.snapshot })
    .from(planVersions)
    .where(and(eq(planVersions.planId, planId), eq(planVersions.version, version)));
  if (!row) throw new DerivationRefusedError(`方案 ${planId} 没有第 ${version} 版`);
  return row.snapshot;
}

/** The latest published version of a plan as a draft: what subordinates derive from. */
export async function loadPublishedDraft(db: Db, plan: PlanRow): Promise<{ snapshot: PlanSnapshot; draft: PlanDraft }> {
  if (plan.publishedVersion < 1) throw new DerivationRefusedError('方案尚未发布，请先发布再分解或下达');
  const snapshot = await getPlanSnapshot(db, plan.id, plan.publishedVersion);
  const settings = snapshot.settings ?? {};
  const draft = itemRowsToDraft(
    {
      title: snapshot.title,
      docNumber: snapshot.docNumber,
      issuer: settings.issuer ?? null,
      issuedOn: settings.issuedOn ?? null,
      year: plan.year,
      basis: settings.basis ?? [],
    },
    snapshot.items,
  );
  return { snapshot, draft };
}

/**
 * Derives one subordinate's draft from the latest published version of its superior's plan
 * (一键分解): the tasks addressed to it, localized, with a trace per value and each item's
 * source. The parent's tasks it addresses are recorded so coverage can be checked before publishing.
 */
export async function deriveChildPlan(
  db: Db,
  input: {
    parentPlanId: string;
    childOrgId: string;
    actor: string;
    /** A department's plan: the sections chosen to lead each task, by parent item id. */
    sections?: Readonly<Record<string, readonly string[]>>;
  },
): Promise<PlanRow> {
  const parent = await getPlan(db, input.parentPlanId);
  const directory = createOrgDirectory(await listNeighbourhood(db, parent.ownerOrgId));
  const owner = directory.find(parent.ownerOrgId);
  const child = directory.find(input.childOrgId);
  const refused = refuseDerivation(owner, child, input.childOrgId);
  if (refused || !owner || !child) throw new DerivationRefusedError(refused ?? '');
  const id = planIdFor(parent.year, child.id);
  const [existing] = await db.select({ id: plans.id }).from(plans).where(eq(plans.id, id));
  if (existing) throw new DerivationRefusedError(`${child.name} ${parent.year} 年的方案已经分解过`, existing.id);

  const snapshot = await getPlanSnapshot(db, parent.id, parent.publishedVersion);
  const parentDraft = itemRowsToDraft(
    {
      title: snapshot.title,
      docNumber: snapshot.docNumber,
      issuer: null,
      issuedOn: null,
      year: parent.year,
      basis: [],
    },
    snapshot.items,
  );
  const profile = snapshot.settings?.profile;
  const derivation = derivePlan(parentDraft, owner, child, directory, {
    ...(profile ? { profile } : {}),
    ...(input.sections ? { sections: input.sections } : {}),
  });
  const rows = buildDerivedPlan(derivation, {
    planId: parent.id,
    version: parent.publishedVersion,
    draft: parentDraft,
    profile,
  });
  return db.transaction(async (tx) => {
    const [plan] = await tx.insert(plans).values(rows.plan).returning();
    if (rows.items.length) await tx.insert(planItems).values(rows.items);
    await logEvent(tx, {
      actor: input.actor,
      type: 'plan.derived',
      subjectType: 'plan',
      subjectId: id,
      payload: rows.event,
    });
    return plan as PlanRow;
  });
}

/** What 逐项对照 says of the local item that takes a parent task: its own number, who guides it, what changed and why. */
export type CoveredItem = { label: string; guidedBy: string[]; changes: string[]; notes: Said[] };

/**
 * 逐项对照 of a derived plan: each parent task addressed to this org is covered, modified,
 * dropped with a reason, or missing. Labels are the parent's, as the reviewer knows them; `items`
 * holds, by the parent task's id, the local item's own number and what changed at this level and
 * why (read from its stored trace).
 */
export async function planCoverage(
  db: Db,
  planId: string,
): Promise<CoverageAudit & { labels: Record<string, string>; items: Record<string, CoveredItem> }> {
  const plan = await getPlan(db, planId);
  const settings = plan.settings;
  const items = await listPlanItems(db, planId);
  const addressed = (settings.addressed ?? []).filter(Boolean);
  const audit = auditCoverage(
    addressed,
    items
      .filter((i) => i.kind === 'task')
      .map((i) => ({
        sourceLabel: i.provenance?.sourceItemId ?? null,
        status: (i.derivationStatus ?? 'added') as 'inherited',
        justification: reasonOf(i),
      })),
  );
  // The parent's tasks as the reviewer knows them: number and the start of the text.
  const parentItems = await parentItemsOf(db, plan);
  const byId = new Map(parentItems.map((i) => [i.id, i]));
  const labels: Record<string, string> = {};
  for (const sourceId of addressed) {
    const item = byId.get(sourceId);
    labels[sourceId] = item
      ? `${item.path.join('')} ${item.text.length > 48 ? `${item.text.slice(0, 48)}…` : item.text}`
      : sourceId.slice(sourceId.indexOf('#') + 1);
  }
  const covered: Record<string, CoveredItem> = {};
  for (const item of items) {
    const sourceId = item.provenance?.sourceItemId;
    if (item.kind !== 'task' || !sourceId || covered[sourceId]) continue;
    const trace = Array.isArray(item.trace) ? item.trace : [];
    covered[sourceId] = {
      label: item.label,
      guidedBy: guidingUnitsOf(trace),
      changes: describeChanges(trace),
      notes: describeChangeNotes(trace),
    };
  }
  return { ...audit, labels, items: covered };
}

/**
 * The reason this plan gave for an item: why it is not applicable here, or why it was adjusted —
 * the reasons kept with its overridden fields, oldest first, each once (理由 in 逐项对照).
 */
function reasonOf(item: PlanItemRow): string | null {
  const overrides = item.overrides ?? {};
  if (item.derivationStatus === 'notApplicable') return overrides.notApplicable?.reason ?? null;
  const reasons = Object.entries(overrides)
    .filter(([field, o]) => field !== 'notApplicable' && o?.reason?.trim())
    .map(([, o]) => o as { reason: string; at?: string })
    .sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''))
    .map((o) => o.reason.trim());
  return [...new Set(reasons)].join('；') || null;
}

/** The parent's items as this plan was derived from them (that version), or as they are now. */
async function parentItemsOf(db: Db, plan: PlanRow): Promise<PlanItemRow[]> {
  if (!plan.parentPlanId) return [];
  const parent = await getPlan(db, plan.parentPlanId).catch(() => undefined);
  if (!parent) return [];
  const version = plan.parentVersion ?? parent.publishedVersion;
  if (version) {
    const snapshot = await getPlanSnapshot(db, parent.id, version).catch(() => undefined);
    if (snapshot) return snapshot.items;
  }
  return listPlanItems(db, parent.id);
}
