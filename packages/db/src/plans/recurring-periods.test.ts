import { createWorkflowRegistry, planDraftFromJson } from '@cascade/engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { transitionAssignment } from '../repositories/assignments.repository.ts';
import { countRollupFromScratch, readRollup } from '../repositories/rollup.repository.ts';
import { seedOrgTree } from '../seed/seed-org-tree.ts';
import { forEachDatabase } from '../testing/index.ts';
import { createPlanFromDraft } from './plan-store.ts';
import { publishPlan } from './publish-plan.ts';

const draft = planDraftFromJson(
  {
    title: '博罗县2022年政务公开工作要点',
    items: [
      { label: '1.', text: '按季度更新政府信息公开指南。', responsible: ['县司法局'], deadline: { text: '每个季度' } },
      {
        label: '2.',
        text: '召开政务公开领导小组会议。',
        responsible: ['县司法局'],
        deadline: { text: '每年至少一次' },
      },
      { label: '3.', text: '持续做好政策解读。', responsible: ['县司法局'], deadline: { text: '长期' } },
      { label: '4.', text: '完成规章库建设。', responsible: ['县司法局'], deadline: { text: '2022年11月' } },
    ],
  },
  2022,
);
const reporter = { userId: 'u-sfj', orgId: '441322-justice', role: 'reporter' };

describe('recurring tasks: one ledger row and one report per period', () => {
  forEachDatabase((getDb) => {
    let planId = '';
    beforeAll(async () => {
      const { db } = getDb();
      await seedOrgTree(getDb(), { provinces: ['44'] });
      const plan = await createPlanFromDraft(db, {
        ownerOrgId: '441322',
        draft,
        actor: 'u-bl',
        eventType: 'plan.imported',
      });
      planId = plan.id;
      const published = await publishPlan(db, {
        planId,
        expectedVersion: plan.version,
        summary: '',
        actor: 'u-bl',
        publishedOn: '2022-03-01',
      });
      expect(published.assignmentsIssued).toBe(4 + 1 + 1 + 1);
    });

    it('issues each period of the plan year with its own due date, once', async () => {
      const rows = await getDb().query<{ label: string; period_key: string; due: string | null }>(
        `SELECT i.label, a.period_key, to_char(a.due_on, 'YYYY-MM-DD') AS due FROM assignments a
         JOIN plan_items i ON i.id = a.item_id WHERE a.plan_id = $1 ORDER BY i.position, a.due_on`,
        [planId],
      );
      expect(rows.map((r) => [r.label, r.period_key, r.due])).toEqual([
        ['1.', '2022-Q1', '2022-03-31'],
        ['1.', '2022-Q2', '2022-06-30'],
        ['1.', '2022-Q3', '2022-09-30'],
        ['1.', '2022-Q4', '2022-12-31'],
        ['2.', '2022', '2022-12-31'],
        ['3.', '2022', null],
        ['4.', '', '2022-11-30'],
      ]);
    });

    it('a report closes only its own period', async () => {
      const { db } = getDb();
      const [q1] = await getDb().query<{ id: string }>(
        "SELECT id FROM assignments WHERE plan_id = $1 AND period_key = '2022-Q1'",
        [planId],
      );
      const reported = await transitionAssignment(db, createWorkflowRegistry(), {
        assignmentId: q1!.id,
        expectedVersion: 1,
        event: { type: 'REPORT', actor: reporter, evidence: [{ name: '一季度更新截图.png' }] },
      });
      expect(reported.ok).toBe(true);
      const states = await getDb().query<{ period_key: string; state: string }>(
        "SELECT period_key, state FROM assignments WHERE plan_id = $1 AND period_key LIKE '2022-Q%' ORDER BY period_key",
        [planId],
      );
      expect(states.map((s) => s.state)).toEqual(['reported', 'assigned', 'assigned', 'assigned']);
      expect(await readRollup(db, '441322', 2022)).toEqual(await countRollupFromScratch(db, '441322', 2022));
    });
  });
});
