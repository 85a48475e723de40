import {
  createOrgDirectory,
  diffVersions,
  type LedgerEffect,
  type PublishWarning,
  planLedgerSync,
  publishWarnings,
  type VersionChanges,
} from '@cascade/engine';
import type { Db } from '../client.ts';
import { listNeighbourhood } from '../repositories/orgs.repository.ts';
import { getPlanSnapshot } from './derive-child-plan.ts';
import { getPlan, listPlanItems } from './plan-store.ts';
import { listIssuedRows } from './resync-ledger.ts';

export type PublishPreview = {
  /** The version publishing now would make. */
  version: number;
  /** The version the changes are counted from (0: never published, every task is new). */
  sinceVersion: number;
  changes: VersionChanges;
  ledger: LedgerEffect;
  warnings: PublishWarning[];
};

/**
 * What publishing the working draft now would do, without doing it: the tasks changed since the
 * last published version (`diffVersions`), the ledger rows issued, re-dated, closed and left as
 * they are — by `planLedgerSync`, the same plan `publishPlan` then applies, on the same day — and
 * what looks wrong (`publishWarnings`). Reads only.
 */
export async function previewPublish(db: Db, input: { planId: string; today: string }): Promise<PublishPreview> {
  const plan = await getPlan(db, input.planId);
  const items = await listPlanItems(db, plan.id);
  const published = plan.publishedVersion ? (await getPlanSnapshot(db, plan.id, plan.publishedVersion)).items : [];
  const directory = createOrgDirectory(await listNeighbourhood(db, plan.ownerOrgId));
  const owner = directory.find(plan.ownerOrgId);
  if (!owner) throw new Error(`单位 ${plan.ownerOrgId} 不存在`);
  const version = plan.publishedVersion + 1;
  const { effect } = planLedgerSync({
    plan,
    version,
    items,
    owner,
    directory,
    issued: await listIssuedRows(db, plan.id),
    today: input.today,
  });
  return {
    version,
    sinceVersion: plan.publishedVersion,
    changes: diffVersions(published, items),
    ledger: effect,
    warnings: publishWarnings({ items, owner, directory, issuer: plan.settings.issuer ?? null }),
  };
}
