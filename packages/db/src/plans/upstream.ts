import {
  createOrgDirectory,
  type DerivedItem,
  derivePlan,
  mergeableTasks,
  mergeUpstream,
  type Resolution,
  removedUpstream,
  settleChangedTask,
  sourceKeyOf,
  storedSourceKey,
  type UpstreamMerge,
  unresolvedConflicts,
} from '@cascade/engine';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { logEvent } from '../repositories/events.repository.ts';
import { listNeighbourhood } from '../repositories/orgs.repository.ts';
import { planItems, plans } from '../schema/plans.schema.ts';
import { DerivationRefusedError, getPlanSnapshot } from './derive-child-plan.ts';
import type { ParentBinding } from './parent-binding.ts';
import { itemRowsToDraft, newItemId, type PlanItemRow, sourceIdOf } from './plan-items.ts';
import { renumberAfterInsertion } from './plan-outline.ts';
import { getPlan, listPlanItems, type PlanRow, StaleVersionError } from './plan-store.ts';

export type UpstreamState = UpstreamMerge & {
  fromVersion: number;
  toVersion: number;
  /** The superior's newest published version; above `toVersion` while the plan is pinned. */
  latestVersion: number;
  binding: ParentBinding;
};

export type { Resolution } from '@cascade/engine';

async function derivationAt(db: Db, parent: PlanRow, child: PlanRow, version: number) {
  const snapshot = await getPlanSnapshot(db, parent.id, version);
  const draft = itemRowsToDraft(
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
  const directory = createOrgDirectory(await listNeighbourhood(db, parent.ownerOrgId));
  const owner = directory.find(parent.ownerOrgId);
  const org = directory.find(child.ownerOrgId);
  if (!owner || !org) throw new DerivationRefusedError('上级或本级单位不存在');
  const profile = snapshot.settings?.profile;
  return { derivation: derivePlan(draft, owner, org, directory, profile ? { profile } : {}), snapshot };
}

/**
 * Where a task new upstream goes in the child: right after `anchor` (shifting what follows), in
 * the same section when it sits at the same depth; at the end when the child has no counterpart.
 */
async function placeAfterCounterpart(db: Db, childId: string, end: number, anchor: PlanItemRow | undefined) {
  const atEnd = { position: end, parentItemId: null, path: (theirs: DerivedItem) => theirs.path };
  if (!anchor) return atEnd;
  const [now] = await db.select({ position: planItems.position }).from(planItems).where(eq(planItems.id, anchor.id));
  if (!now) return atEnd;
  await db
    .update(planItems)
    .set({ position: sql`${planItems.position} + 1` })
    .where(and(eq(planItems.planId, childId), gt(planItems.position, now.position)));
  return {
    position: now.position + 1,
    parentItemId: anchor.parentItemId,
    path: (theirs: DerivedItem) =>
      anchor.path.length === theirs.path.length ? [...anchor.path.slice(0, -1), theirs.label] : theirs.path,
  };
}

/**
 * 上级更新: what the superior's newest published version changes for this derived plan, field by
 * field against the version it was derived from. Up to date when the versions are the same, and
 * while the plan is pinned to its version (the newer one is named, not offered).
 */
export async function readUpstream(db: Db, planId: string): Promise<UpstreamState> {
  const child = await getPlan(db, planId);
  if (!child.parentPlanId) throw new DerivationRefusedError('本方案不是分解方案，没有上级版本');
  const parent = await getPlan(db, child.parentPlanId);
  const fromVersion = child.parentVersion ?? parent.publishedVersion;
  const latestVersion = parent.publishedVersion;
  const binding = child.parentBinding as ParentBinding;
  const toVersion = binding === 'pinned' ? fromVersion : latestVersion;
  const unchanged = { fromVersion, toVersion, latestVersion, binding, items: [], conflicts: 0, automatic: 0 };
  if (!fromVersion || fromVersion >= toVersion) return unchanged;
  const [base, theirs] = await Promise.all([
    derivationAt(db, parent, child, fromVersion),
    derivationAt(db, parent, child, toVersion),
  ]);
  const merge = mergeUpstream(
    base.derivation.items,
    theirs.derivation.items,
    mergeableTasks(await listPlanItems(db, planId)),
  );
  return { ...merge, fromVersion, toVersion, latestVersion, binding };
}

/**
 * Applies the superior's new version and records that this org has taken note of it (签收):
 * untouched fields follow upstream, conflicts as resolved, new tasks come in (inherited), tasks
 * removed upstream are marked not applicable with the reason. Nothing changes unless every
 * conflict is resolved and the superior has not published again meanwhile.
 */
export async function applyUpstream(
  db: Db,
  input: { planId: string; toVersion: number; resolutions: Resolution[]; actor: string },
): Promise<{ applied: number; version: number }> {
  const state = await readUpstream(db, input.planId);
  if (state.binding === 'pinned' && input.toVersion > state.fromVersion)
    throw new DerivationRefusedError(
      `本方案固定于上级第 ${state.fromVersion} 版；改为“跟随最新版本”后才能合并第 ${input.toVersion} 版`,
    );
  if (state.toVersion !== input.toVersion) throw new StaleVersionError('上级方案', state.toVersion);
  const unresolved = unresolvedConflicts(state, input.resolutions);
  if (unresolved.length)
    throw new DerivationRefusedError(`还有 ${unresolved.length} 处冲突未选择：${unresolved.join('、')}`);
  const child = await getPlan(db, input.planId);
  const rows = await listPlanItems(db, input.planId);
  const byKey = new Map(rows.filter((r) => r.kind === 'task').map((r) => [storedSourceKey(r), r]));
  const parent = await getPlan(db, child.parentPlanId as string);
  const { derivation } = await derivationAt(db, parent, child, state.toVersion);
  const theirsByKey = new Map(derivation.items.map((i) => [sourceKeyOf(i), i]));
  // A task new upstream goes after the child's counterpart of the task before it upstream.
  const anchorOf = (theirs: DerivedItem) => {
    const index = derivation.items.findIndex((i) => sourceKeyOf(i) === sourceKeyOf(theirs));
    for (let i = index - 1; i >= 0; i--) {
      const row = byKey.get(sourceKeyOf(derivation.items[i] as DerivedItem));
      if (row) return row;
    }
    return undefined;
  };
  return db.transaction(async (tx) => {
    let applied = 0;
    let end = rows.length;
    for (const item of state.items) {
      if (item.kind === 'added') {
        const place = await placeAfterCounterpart(tx, child.id, end++, anchorOf(item.theirs));
        await tx.insert(planItems).values({
          id: newItemId(child.id),
          planId: child.id,
          position: place.position,
          parentItemId: place.parentItemId,
          kind: 'task',
          label: item.theirs.label,
          path: place.path(item.theirs),
          text: item.theirs.text,
          units: item.theirs.units,
          deadline: item.theirs.deadline,
          provenance: { sourceItemId: sourceIdOf(parent.id, item.theirs), sourceVersion: state.toVersion },
          derivationStatus: item.theirs.status,
          trace: item.theirs.trace,
        });
      } else if (item.kind === 'removed') {
        const row = byKey.get(item.key);
        if (!row) continue;
        await tx
          .update(planItems)
          .set({
            derivationStatus: 'notApplicable',
            overrides: removedUpstream(row.overrides, state.toVersion),
            version: sql`${planItems.version} + 1`,
          })
          .where(eq(planItems.id, row.id));
      } else {
        const row = byKey.get(item.key);
        const theirs = theirsByKey.get(item.key);
        if (!row || !theirs) continue;
        const { set, overrides, derivationStatus } = settleChangedTask(item, theirs, row.overrides, input.resolutions);
        await tx
          .update(planItems)
          .set({
            ...set,
            overrides,
            derivationStatus,
            trace: theirs.trace,
            provenance: { sourceItemId: sourceIdOf(parent.id, theirs), sourceVersion: state.toVersion },
            version: sql`${planItems.version} + 1`,
          })
          .where(and(eq(planItems.id, row.id), eq(planItems.planId, child.id)));
      }
      applied++;
    }
    // New tasks came in at their counterparts' places: the child numbers its outline again.
    if (state.items.some((i) => i.kind === 'added'))
      await renumberAfterInsertion(tx, await listPlanItems(tx, child.id), rows);
    const [updated] = await tx
      .update(plans)
      .set({
        parentVersion: state.toVersion,
        settings: {
          ...child.settings,
          addressed: derivation.items.map((i) => sourceIdOf(parent.id, i)),
          excluded: derivation.excluded,
        },
        version: sql`${plans.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(plans.id, child.id))
      .returning();
    await logEvent(tx, {
      actor: input.actor,
      type: 'plan.upstreamMerged',
      subjectType: 'plan',
      subjectId: child.id,
      payload: { from: state.fromVersion, to: state.toVersion, applied, resolutions: input.resolutions },
    });
    return { applied, version: updated?.version ?? child.version + 1 };
  });
}
