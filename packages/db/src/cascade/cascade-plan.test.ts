import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PlanJson, planDraftFromJson } from '@cascade/engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { countRollupFromScratch, readRollup } from '../repositories/rollup.repository.ts';
import { seedOrgTree } from '../seed/seed-org-tree.ts';
import { forEachDatabase } from '../testing/index.ts';
import { cascadePlan } from './cascade-plan.ts';

const fixture = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../tests/fixtures/import/huizhou-city-2022.expected.json',
);
const huizhou = planDraftFromJson(JSON.parse(readFileSync(fixture, 'utf8')) as PlanJson, 2022);

type Counts = { plans: number; versions: number; items: number; assignments: number; events: number };
async function counts(query: <T>(sql: string) => Promise<T[]>): Promise<Counts> {
  const [row] = await query<Counts>(`SELECT
    (SELECT count(*)::int FROM plans) AS plans, (SELECT count(*)::int FROM plan_versions) AS versions,
    (SELECT count(*)::int FROM plan_items) AS items,
    (SELECT count(*)::int FROM assignments) AS assignments, (SELECT count(*)::int FROM events WHERE type = 'plan.derived') AS events`);
  return row as Counts;
}

describe('cascading 惠州市 2022 down its subtree', () => {
  forEachDatabase((getDb) => {
    beforeAll(async () => {
      await seedOrgTree(getDb(), { provinces: ['44'] });
    });

    it('resumes after a crash to exactly the result of an uninterrupted run', async () => {
      const handle = getDb();
      let crashed = false;
      await expect(
        cascadePlan(handle, {
          parent: huizhou,
          rootOrgId: '441300',
          actor: 'test',
          afterChild: (_org, index) => {
            if (index === 7 && !crashed) {
              crashed = true;
              throw new Error('simulated crash');
            }
          },
        }),
      ).rejects.toThrow('simulated crash');
      // Plans are written in batches: the crash came after the batch holding the 7th was committed,
      // so that whole batch is there — each plan with its event — and nothing after it.
      const partial = await counts(handle.query);
      expect(partial.plans).toBeGreaterThanOrEqual(7);
      expect(partial.events).toBe(partial.plans);
      // 逐级下达 issues each plan as it writes it: a plan never stands without its version 1.
      expect(partial.versions).toBe(partial.plans);

      const resumed = await cascadePlan(handle, { parent: huizhou, rootOrgId: '441300', actor: 'test' });
      expect(resumed.skipped).toBe(partial.plans);
      const afterResume = await counts(handle.query);

      // An uninterrupted run on a clean slate writes the same rows. The cascade counts the rows it
      // writes into the roll-up (it no longer recounts the year): the slate's counts go with its rows.
      await handle.execute(
        "DELETE FROM assignments; DELETE FROM rollup_counts; DELETE FROM plan_items; DELETE FROM plan_versions; DELETE FROM plans; DELETE FROM events WHERE type IN ('plan.derived', 'plan.published')",
      );
      const clean = await cascadePlan(handle, { parent: huizhou, rootOrgId: '441300', actor: 'test' });
      expect(await counts(handle.query)).toEqual(afterResume);
      expect(clean.plans).toBe(afterResume.plans);
      expect(afterResume.events).toBe(afterResume.plans);
    });

    it('writes a plan for every government of the subtree, with ledger rows for its units', async () => {
      const handle = getDb();
      const [{ n: governments } = { n: 0 }] = await handle.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM orgs WHERE path LIKE '/440000/441300/%' AND id <> '441300' AND kind IN ('government', 'zone')",
      );
      const c = await counts(handle.query);
      expect(c.plans).toBe(governments);
      // A township's own offices (党政办, 社会事务办 …) work inside its plan: none gets a plan of its own.
      const [{ offices, officePlans } = { offices: 0, officePlans: -1 }] = await handle.query<{
        offices: number;
        officePlans: number;
      }>(
        `SELECT count(*)::int AS offices, count(p.id)::int AS "officePlans" FROM orgs o LEFT JOIN plans p ON p.owner_org_id = o.id
          WHERE o.path LIKE '/440000/441300/%' AND o.level = 'township' AND o.kind NOT IN ('government', 'zone')`,
      );
      expect(offices).toBeGreaterThan(7 * 50);
      expect(officePlans).toBe(0);
      const boluo = await handle.query<{ org_id: string }>(
        "SELECT DISTINCT org_id FROM assignments WHERE plan_id = 'plan-2022-441322' AND org_id IN ('441322-health', '441322-office')",
      );
      expect(boluo.map((r) => r.org_id).sort()).toEqual(['441322-health', '441322-office']);
      const [{ n: streetRows } = { n: 0 }] = await handle.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM assignments WHERE plan_id LIKE 'plan-2022-441322%' AND org_id LIKE '441322___'",
      );
      expect(streetRows).toBeGreaterThan(0); // 博罗县's townships are in its ledger
      expect(await readRollup(handle.db, '441300', 2022)).toEqual(
        await countRollupFromScratch(handle.db, '441300', 2022),
      );
    });
  });
});
