import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { logEvent } from '../repositories/events.repository.ts';
import { events } from '../schema/events.schema.ts';
import { orgs } from '../schema/orgs.schema.ts';
import { plans } from '../schema/plans.schema.ts';
import { DerivationRefusedError } from './derive-child-plan.ts';
import { getPlan, StaleVersionError } from './plan-store.ts';

/**
 * How a derived plan tracks its superior's versions: `followLatest` is offered every new version
 * as an upstream merge; `pinned` stays on the version it has until its office moves the pin.
 */
export type ParentBinding = 'followLatest' | 'pinned';

/** Switches a derived plan between following its superior's latest version and staying pinned. */
export async function setParentBinding(
  db: Db,
  input: { planId: string; binding: ParentBinding; expectedVersion: number; actor: string },
): Promise<{ binding: ParentBinding; version: number }> {
  const plan = await getPlan(db, input.planId);
  if (!plan.parentPlanId) throw new DerivationRefusedError('本方案不是分解方案，没有上级版本可跟随');
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(plans)
      .set({ parentBinding: input.binding, version: sql`${plans.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(plans.id, input.planId), eq(plans.version, input.expectedVersion)))
      .returning({ version: plans.version });
    if (!updated) throw new StaleVersionError('方案', (await getPlan(tx, input.planId)).version);
    await logEvent(tx, {
      actor: input.actor,
      type: 'plan.bindingChanged',
      subjectType: 'plan',
      subjectId: input.planId,
      payload: { from: plan.parentBinding, to: input.binding, parentVersion: plan.parentVersion },
    });
    return { binding: input.binding, version: updated.version };
  });
}

/** One subordinate's derived plan as its superior sees it: which version it has taken in (签收). */
export type Acknowledgement = {
  planId: string;
  orgId: string;
  orgName: string;
  orgPath: string;
  binding: ParentBinding;
  /** The superior's version this plan was derived from or last merged (签收). */
  acknowledgedVersion: number | null;
  latestVersion: number;
  isCurrent: boolean;
  /** When it last took in a version: its derivation or its latest upstream merge. */
  acknowledgedAt: string | null;
};

/** 签收情况: for a superior's plan, every plan derived from it and the version each has taken in. */
export async function listAcknowledgements(db: Db, parentPlanId: string): Promise<Acknowledgement[]> {
  const parent = await getPlan(db, parentPlanId);
  const children = await db
    .select({
      planId: plans.id,
      orgId: plans.ownerOrgId,
      orgName: orgs.name,
      orgPath: orgs.path,
      binding: plans.parentBinding,
      acknowledgedVersion: plans.parentVersion,
      createdAt: plans.createdAt,
    })
    .from(plans)
    .innerJoin(orgs, eq(orgs.id, plans.ownerOrgId))
    .where(eq(plans.parentPlanId, parentPlanId))
    .orderBy(plans.ownerOrgId);
  const merges = children.length
    ? await db
        .select({ planId: events.subjectId, at: events.at })
        .from(events)
        .where(
          and(
            eq(events.type, 'plan.upstreamMerged'),
            eq(events.subjectType, 'plan'),
            inArray(
              events.subjectId,
              children.map((c) => c.planId),
            ),
          ),
        )
        .orderBy(desc(events.id))
    : [];
  const lastMerge = new Map<string, Date>();
  for (const m of merges) if (!lastMerge.has(m.planId)) lastMerge.set(m.planId, m.at);
  return children.map((c) => ({
    planId: c.planId,
    orgId: c.orgId,
    orgName: c.orgName,
    orgPath: c.orgPath,
    binding: c.binding as ParentBinding,
    acknowledgedVersion: c.acknowledgedVersion,
    latestVersion: parent.publishedVersion,
    isCurrent: c.acknowledgedVersion === parent.publishedVersion,
    acknowledgedAt: (lastMerge.get(c.planId) ?? c.createdAt).toISOString(),
  }));
}
