import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWorkflowRegistry, type PlanJson, planDraftFromJson } from '@cascade/engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { cascadePlan } from '../cascade/cascade-plan.ts';
import { runLookBack } from '../look-back/look-back.ts';
import { transitionAssignment } from '../repositories/assignments.repository.ts';
import { seedOrgTree } from '../seed/seed-org-tree.ts';
import { forEachDatabase } from '../testing/index.ts';
import { summarizePlanImplementation } from './summarize-plan-implementation.ts';

const fixture = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../tests/fixtures/import/guixi-city-2021.expected.json',
);
const guixi = planDraftFromJson(JSON.parse(readFileSync(fixture, 'utf8')) as PlanJson, 2021);
const workflows = createWorkflowRegistry();
const supervisor = { userId: 'u-guixi-supervisor', orgId: '360681', role: 'supervisor' };

describe('implementation summary of a plan for the annual report', () => {
  forEachDatabase((getDb) => {
    let planId = '';
    let verified = 0;
    beforeAll(async () => {
      const handle = getDb();
      await seedOrgTree(handle, { provinces: ['36'] });
      await cascadePlan(handle, { parent: guixi, rootOrgId: '360600', actor: 'test' });
      const [plan] = await handle.query<{ id: string }>(
        "SELECT id FROM plans WHERE owner_org_id = '360681' AND year = 2021",
      );
      planId = plan!.id;
      const rows = await handle.query<{ id: string; org_id: string }>(
        'SELECT id, org_id FROM assignments WHERE plan_id = $1 ORDER BY id',
        [planId],
      );
      for (const r of rows.slice(0, 3)) {
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
        verified++;
      }
    });

    it('counts by state, lists overdue work, and after 回头看 its rectifications carried into 2022', async () => {
      const { db } = getDb();
      const before = await summarizePlanImplementation(db, { planId, asOf: '2021-12-31' });
      expect(before.orgName).toBe('贵溪市');
      expect(before.byState.find((s) => s.state === 'verified')).toEqual({
        state: 'verified',
        label: '已核验',
        count: verified,
      });
      expect(before.done).toBe(verified);
      expect(before.total).toBe(before.byState.reduce((n, s) => n + s.count, 0));
      expect(before.overdue.length).toBeGreaterThan(0);
      expect(before.overdue.every((o) => o.dueOn < '2021-12-31' && o.stateLabel === '已下达')).toBe(true);
      expect(before.rectifications).toEqual([]);

      const lookBack = await runLookBack(getDb(), workflows, {
        rootOrgId: '360681',
        year: 2021,
        actor: supervisor,
        today: '2022-01-10',
      });
      const after = await summarizePlanImplementation(db, { planId, asOf: '2022-01-10' });
      expect(after.rectifications).toHaveLength(before.total - verified);
      expect(lookBack.reopened).toBeGreaterThanOrEqual(after.rectifications.length);
      expect(after.rectifications[0]).toMatchObject({ stateLabel: '整改中', carriedInto: '2022年度回头看整改任务' });
      expect(after.byState.find((s) => s.state === 'rectifying')?.count).toBe(before.total - verified);
    }, 90_000); // the whole 回头看 over a county's subtree, its townships' 办（中心） included
  });
});
