import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PlanJson, planDraftFromJson } from '@cascade/engine';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client.ts';
import { deriveChildPlan, loadPublishedDraft } from '../plans/derive-child-plan.ts';
import { createPlanFromDraft, getPlan } from '../plans/plan-store.ts';
import { publishPlan } from '../plans/publish-plan.ts';
import { seedOrgTree } from '../seed/seed-org-tree.ts';
import { forEachDatabase } from '../testing/index.ts';
import { CASCADE_SUMMARY, cascadePlan } from './cascade-plan.ts';

const fixture = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../tests/fixtures/import/huizhou-city-2022.expected.json',
);
const huizhou = planDraftFromJson(JSON.parse(readFileSync(fixture, 'utf8')) as PlanJson, 2022);
const CITY = 'plan-2022-441300';
const COUNTY = 'plan-2022-441322'; // 博罗县
const TOWN = 'plan-2022-441322100'; // 博罗县石坝镇, derived from the county's plan

/** Everything of a plan a user sees, without the moments it was written. */
async function planAsWritten(handle: DatabaseHandle, planId: string) {
  const [plan] = await handle.query(
    `SELECT id, owner_org_id, year, title, doc_number, status, parent_plan_id, parent_binding, parent_version,
            published_version, settings, version FROM plans WHERE id = $1`,
    [planId],
  );
  const items = await handle.query('SELECT * FROM plan_items WHERE plan_id = $1 ORDER BY position', [planId]);
  const versions = await handle.query(
    'SELECT id, version, summary, snapshot, published_by FROM plan_versions WHERE plan_id = $1 ORDER BY version',
    [planId],
  );
  const ledger = await handle.query(
    `SELECT id, item_id, org_id, org_path, role, period_key, state, workflow_variant, template_version,
            evidence_required, to_char(due_on, 'YYYY-MM-DD') AS due_on, light, year, version
       FROM assignments WHERE plan_id = $1 ORDER BY id`,
    [planId],
  );
  return { plan, items, versions, ledger };
}

/** Derive + publish by hand, level by level, as the county and the township would. */
async function deriveAndPublish(handle: DatabaseHandle, parentPlanId: string, childOrgId: string) {
  const child = await deriveChildPlan(handle.db, { parentPlanId, childOrgId, actor: 'test' });
  await publishPlan(handle.db, {
    planId: child.id,
    expectedVersion: child.version,
    summary: CASCADE_SUMMARY,
    actor: 'test',
    publishedOn: '2022-03-01',
  });
}

async function forget(handle: DatabaseHandle, planIds: string[]) {
  for (const table of ['assignments', 'plan_items', 'plan_versions'])
    await handle.query(`DELETE FROM ${table} WHERE plan_id = ANY($1::text[])`, [planIds]);
  await handle.query('DELETE FROM plans WHERE id = ANY($1::text[])', [planIds]);
}

describe('one derived plan, however it was made (issue #17)', () => {
  forEachDatabase((getDb) => {
    beforeAll(async () => {
      const handle = getDb();
      await seedOrgTree(handle, { provinces: ['44'] });
      const city = await createPlanFromDraft(handle.db, {
        id: CITY,
        ownerOrgId: '441300',
        draft: huizhou,
        actor: 'test',
        eventType: 'plan.imported',
      });
      await publishPlan(handle.db, {
        planId: CITY,
        expectedVersion: city.version,
        summary: '印发',
        actor: 'test',
        publishedOn: '2022-06-20',
      });
    });

    it('derives 博罗县 and its 石坝镇 by 分解 + 发布 and by 逐级下达 to the same plans, items, versions and ledger', async () => {
      const handle = getDb();
      await deriveAndPublish(handle, CITY, '441322');
      await deriveAndPublish(handle, COUNTY, '441322100');
      const byHand = { county: await planAsWritten(handle, COUNTY), town: await planAsWritten(handle, TOWN) };
      // Worth comparing: headings, tasks with their sources, rows for the county's offices and townships.
      expect(byHand.county.items.some((i) => i.kind === 'section')).toBe(true);
      expect(byHand.town.items.some((i) => i.kind === 'section')).toBe(true);
      expect(byHand.county.ledger.length).toBeGreaterThan(100);
      expect(byHand.town.ledger.length).toBeGreaterThan(10);
      expect(byHand.town.plan).toMatchObject({ parent_plan_id: COUNTY, parent_version: 1, published_version: 1 });

      await forget(handle, [COUNTY, TOWN]);
      const { draft } = await loadPublishedDraft(handle.db, await getPlan(handle.db, CITY));
      await cascadePlan(handle, {
        parent: draft,
        rootOrgId: '441300',
        rootPlanId: CITY,
        rootVersion: 1,
        actor: 'test',
      });
      const cascaded = { county: await planAsWritten(handle, COUNTY), town: await planAsWritten(handle, TOWN) };

      expect(cascaded.county).toEqual(byHand.county);
      expect(cascaded.town).toEqual(byHand.town);
    });
  });
});
