import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWorkflowRegistry, type PlanJson, planDraftFromJson } from '@cascade/engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { cascadePlan } from '../cascade/cascade-plan.ts';
import { transitionAssignment } from '../repositories/assignments.repository.ts';
import { countRollupFromScratch, readRollup } from '../repositories/rollup.repository.ts';
import { seedOrgTree } from '../seed/seed-org-tree.ts';
import { forEachDatabase } from '../testing/index.ts';
import { runLookBack } from './look-back.ts';
import { getLookBack, listLookBacks } from './look-back-records.ts';

const fixture = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../tests/fixtures/import/guixi-city-2021.expected.json',
);
const guixi = planDraftFromJson(JSON.parse(readFileSync(fixture, 'utf8')) as PlanJson, 2021);
const workflows = createWorkflowRegistry();
const supervisor = { userId: 'u-guixi-supervisor', orgId: '360681', role: 'supervisor' };

describe('回头看 on 贵溪市 2021', () => {
  forEachDatabase((getDb) => {
    let verified: string[] = [];
    beforeAll(async () => {
      const handle = getDb();
      await seedOrgTree(handle, { provinces: ['36'] });
      // 贵溪市's 2021 plan went down to its townships; some of their work was verified.
      await cascadePlan(handle, { parent: guixi, rootOrgId: '360600', actor: 'test' });
      const rows = await handle.query<{ id: string; org_id: string }>(
        "SELECT id, org_id FROM assignments WHERE year = 2021 AND org_path LIKE '%/360681/%' ORDER BY id LIMIT 6",
      );
      for (const r of rows) {
        const unit = { userId: `u-${r.org_id}`, orgId: r.org_id, role: 'reporter' };
        await transitionAssignment(handle.db, workflows, {
          assignmentId: r.id,
          expectedVersion: 1,
          event: { type: 'REPORT', actor: unit, evidence: [{ name: '公开截图.png' }] },
        });
        await transitionAssignment(handle.db, workflows, {
          assignmentId: r.id,
          expectedVersion: 2,
          event: { type: 'VERIFY', actor: supervisor },
        });
      }
      verified = rows.map((r) => r.id);
    });

    it('reopens unfinished work as rectification and carries it into 2022, linked to the original', async () => {
      const handle = getDb();
      const [{ n: unfinished } = { n: 0 }] = await handle.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM assignments WHERE year = 2021 AND state = 'assigned' AND org_path LIKE '%/360681/%'",
      );
      // The unfinished periods of one recurring task (每季度…) carry into one rectification row per unit.
      const [{ n: tasksToCarry } = { n: 0 }] = await handle.query<{ n: number }>(
        `SELECT count(DISTINCT (item_id, org_id, role))::int AS n FROM assignments
         WHERE year = 2021 AND state = 'assigned' AND org_path LIKE '%/360681/%'`,
      );
      expect(tasksToCarry).toBeLessThan(unfinished);
      const result = await runLookBack(handle, workflows, {
        rootOrgId: '360681',
        year: 2021,
        actor: supervisor,
        sampleEvery: 2,
        today: '2022-01-10',
      });
      expect(result).toMatchObject({ unfinished, reopened: unfinished, carried: tasksToCarry, refused: [] });
      expect(result.sampledVerified.length).toBeGreaterThan(0);
      expect(verified).toEqual(expect.arrayContaining(result.sampledVerified));

      const [carried] = await handle.query<{ text: string; provenance: { lookBackOf: string }; state: string }>(
        `SELECT i.text, i.provenance, a.state FROM assignments a JOIN plan_items i ON i.id = a.item_id
         WHERE a.year = 2022 ORDER BY a.id LIMIT 1`,
      );
      expect(carried?.text).toMatch(/^【回头看整改】/);
      expect(carried?.provenance.lookBackOf).toMatch(/^plan-2021-/);
      expect(carried?.state).toBe('rectifying');
      const [{ n: stillAssigned } = { n: 0 }] = await handle.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM assignments WHERE year = 2021 AND state = 'assigned' AND org_path LIKE '%/360681/%'",
      );
      expect(stillAssigned).toBe(0);
      expect(await readRollup(handle.db, '360681', 2022)).toEqual(
        await countRollupFromScratch(handle.db, '360681', 2022),
      );
    }, 240_000); // the whole 回头看 over a county's subtree, its townships' 办（中心） included, a row at a time

    it('is a record: listed with its counts, its rectification rows due 20 working days after reopening', async () => {
      const { db } = getDb();
      const [run] = await listLookBacks(db, { withinPath: '/360000/' });
      expect(run).toMatchObject({
        rootOrgId: '360681',
        rootOrgName: '贵溪市',
        year: 2021,
        startedBy: supervisor.userId,
        reopenedOn: '2022-01-10',
        state: 'succeeded',
        refused: 0,
      });
      expect(run!.reopened).toBeGreaterThan(0);
      expect(run!.carried).toBeGreaterThan(0);
      // Each plan with unfinished work (贵溪市's and its townships') gets a carry-over draft this run
      // created, and each owner is told.
      expect(run!.carryPlans.map((p) => p.ownerOrgId)).toContain('360681');
      expect(run!.carryPlans.every((p) => p.created && p.status === 'draft')).toBe(true);
      const told = await getDb().query<{ subject_id: string }>(
        "SELECT subject_id FROM events WHERE type = 'lookback.plan-created' ORDER BY subject_id",
      );
      expect(told.map((e) => e.subject_id)).toEqual(run!.carryPlans.map((p) => p.planId).sort());

      const { rows } = await getLookBack(db, run!.id);
      const reopened = rows.filter((r) => r.outcome === 'reopened');
      expect(reopened).toHaveLength(run!.reopened);
      // 2022-01-10 + 20 working days: 01-29 and 01-30 worked (调休), 春节 01-31…02-06 off.
      expect(new Set(reopened.map((r) => r.dueOn))).toEqual(new Set(['2022-02-10']));
      expect(rows.filter((r) => r.outcome === 'sampled').length).toBe(run!.sampled);
      const [{ n: undated } = { n: -1 }] = await getDb().query<{ n: number }>(
        "SELECT count(*)::int AS n FROM assignments WHERE year = 2022 AND state = 'rectifying' AND due_on IS NULL",
      );
      expect(undated).toBe(0);
    });

    it('run again, it carries nothing twice and says an earlier run did the work', async () => {
      const again = await runLookBack(getDb(), workflows, {
        rootOrgId: '360681',
        year: 2021,
        actor: supervisor,
        today: '2022-01-20',
      });
      expect(again).toMatchObject({ unfinished: 0, reopened: 0, carried: 0, carryPlans: [] });
      expect(again.earlier).toEqual([expect.objectContaining({ startedByName: supervisor.userId })]);
      expect(again.earlier[0]!.reopened).toBeGreaterThan(0);
      const runs = await listLookBacks(getDb().db, { withinPath: '/360000/', year: 2021 });
      expect(runs.map((r) => r.reopened)).toEqual([0, again.earlier[0]!.reopened]);
    });

    it('carries a task an interrupted run reopened but did not carry', async () => {
      const handle = getDb();
      // As if the run had stopped between the reopening and the carrying of this one row.
      const [lost] = await handle.query<{ id: string }>(
        "SELECT id FROM assignments WHERE year = 2022 AND state = 'rectifying' ORDER BY id LIMIT 1",
      );
      await handle.query('DELETE FROM assignments WHERE id = $1', [lost!.id]);
      const again = await runLookBack(handle, workflows, {
        rootOrgId: '360681',
        year: 2021,
        actor: supervisor,
        today: '2022-01-20',
      });
      expect(again).toMatchObject({ unfinished: 0, reopened: 0, carried: 1 });
      expect(await handle.query('SELECT 1 FROM assignments WHERE id = $1', [lost!.id])).toHaveLength(1);
    });
  });
});
