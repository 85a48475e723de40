import { createWorkflowRegistry, PLAN_RULES, planDraftFromJson } from '@cascade/engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { runLookBack } from '../look-back/look-back.ts';
import { transitionAssignment } from '../repositories/assignments.repository.ts';
import { seedOrgTree } from '../seed/seed-org-tree.ts';
import { forEachDatabase } from '../testing/index.ts';
import { updatePlanItem } from './plan-edits.ts';
import { findOpenAssignments, movePlanStatus, PlanStatusRefusedError } from './plan-status.ts';
import { createPlanFromDraft, getPlan, listPlanItems, StaleVersionError } from './plan-store.ts';
import { publishPlan } from './publish-plan.ts';

const draft = planDraftFromJson(
  {
    title: '博罗县2022年政务公开工作要点',
    items: [
      { label: '1.', text: '完成规章库建设。', responsible: ['县司法局'], deadline: { text: '2022年11月' } },
      { label: '2.', text: '更新政府信息公开指南。', responsible: ['县司法局'], deadline: { text: '2022年10月' } },
      { label: '3.', text: '做好政策解读。', responsible: ['县司法局'], deadline: { text: '2022年12月' } },
    ],
  },
  2022,
);
const workflows = createWorkflowRegistry();
const reporter = { userId: 'u-sfj', orgId: '441322-justice', role: 'reporter' };
const supervisor = { userId: 'u-bl-supervisor', orgId: '441322', role: 'supervisor' };
const AUTHOR = 'u-bl-author';

describe('a plan moves only by its lifecycle, and 年度收官 waits for every row', () => {
  forEachDatabase((getDb) => {
    let planId = '';
    let rows: { id: string; label: string }[] = [];

    const statusEvents = async () =>
      getDb().query<{ actor: string; payload: { event: string; from: string; to: string } }>(
        `SELECT actor, payload FROM events WHERE type = 'plan.statusChanged' AND subject_id = $1 ORDER BY id`,
        [planId],
      );
    const close = async () => movePlanStatus(getDb().db, { planId, event: 'CLOSE', actor: AUTHOR });
    const refusalOf = async (move: Promise<unknown>) => {
      const error = await move.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(PlanStatusRefusedError);
      return error as PlanStatusRefusedError;
    };
    const step = async (id: string, event: Parameters<typeof transitionAssignment>[2]['event']) => {
      const [row] = await getDb().query<{ version: number }>('SELECT version FROM assignments WHERE id = $1', [id]);
      const outcome = await transitionAssignment(getDb().db, workflows, {
        assignmentId: id,
        expectedVersion: Number(row?.version),
        event,
      });
      expect(outcome.ok, outcome.ok ? '' : outcome.message).toBe(true);
    };

    beforeAll(async () => {
      const { db } = getDb();
      await seedOrgTree(getDb(), { provinces: ['44'] });
      const plan = await createPlanFromDraft(db, {
        ownerOrgId: '441322',
        draft,
        actor: AUTHOR,
        eventType: 'plan.imported',
      });
      planId = plan.id;
    });

    it('refuses a step the machine does not allow, naming the status and the event, and changes nothing', async () => {
      const before = await getPlan(getDb().db, planId);
      const refused = await refusalOf(close());
      expect(refused.code).toBe('plan.statusNotAllowed');
      expect(refused.message).toBe('方案处于“草稿”状态，不能年度收官（CLOSE）');
      await refusalOf(movePlanStatus(getDb().db, { planId, event: 'START', actor: AUTHOR }));
      const after = await getPlan(getDb().db, planId);
      expect([after.status, after.version, after.updatedAt]).toEqual([before.status, before.version, before.updatedAt]);
      expect(await statusEvents()).toEqual([]);
    });

    it('publishes draft → published, one version up, the change an event with its actor', async () => {
      const { db } = getDb();
      const plan = await getPlan(db, planId);
      const published = await publishPlan(db, {
        planId,
        expectedVersion: plan.version,
        summary: '印发',
        actor: AUTHOR,
        publishedOn: '2022-03-01',
      });
      expect(published.plan).toMatchObject({ status: 'published', version: plan.version + 1, publishedVersion: 1 });
      expect(published.assignmentsIssued).toBe(3);
      expect(await statusEvents()).toEqual([
        { actor: AUTHOR, payload: expect.objectContaining({ event: 'PUBLISH', from: 'draft', to: 'published' }) },
      ]);
      rows = await getDb().query<{ id: string; label: string }>(
        `SELECT a.id, i.label FROM assignments a JOIN plan_items i ON i.id = a.item_id
         WHERE a.plan_id = $1 ORDER BY i.position`,
        [planId],
      );
      expect(rows.map((r) => r.label)).toEqual(['1.', '2.', '3.']);
    });

    it('starts executing, once, and a stale version is refused', async () => {
      const { db } = getDb();
      const plan = await getPlan(db, planId);
      await expect(
        movePlanStatus(db, { planId, event: 'START', actor: AUTHOR, expectedVersion: plan.version - 1 }),
      ).rejects.toBeInstanceOf(StaleVersionError);
      const started = await movePlanStatus(db, {
        planId,
        event: 'START',
        actor: AUTHOR,
        expectedVersion: plan.version,
      });
      expect(started).toMatchObject({ from: 'published', to: 'executing', plan: { version: plan.version + 1 } });
      // Starting is no edit: the list does not show the plan as changed since published.
      expect(started.plan.updatedAt).toEqual(plan.updatedAt);
      const again = await refusalOf(movePlanStatus(db, { planId, event: 'START', actor: AUTHOR }));
      expect(again.message).toBe('方案处于“执行中”状态，不能开始执行（START）');
      expect((await statusEvents()).map((e) => e.payload.to)).toEqual(['published', 'executing']);
    });

    it('publishes a new version of an executing plan and keeps it executing', async () => {
      const { db } = getDb();
      const [first] = (await listPlanItems(db, planId)).filter((i) => i.kind === 'task');
      await updatePlanItem(db, {
        planId,
        itemId: first!.id,
        expectedVersion: first!.version,
        patch: { text: '完成规章库建设并公开。' },
        actor: AUTHOR,
      });
      const plan = await getPlan(db, planId);
      const republished = await publishPlan(db, {
        planId,
        expectedVersion: plan.version,
        summary: '补充通知',
        actor: AUTHOR,
        publishedOn: '2022-04-01',
      });
      expect(republished.plan).toMatchObject({ status: 'executing', version: plan.version + 1, publishedVersion: 2 });
      // No change of status, no status event: plan.published records the version.
      expect(await statusEvents()).toHaveLength(2);
    });

    it('refuses 年度收官 while rows are open, saying how many and naming them by task number and unit', async () => {
      const before = await getPlan(getDb().db, planId);
      const refused = await refusalOf(close());
      expect(refused.code).toBe('plan.statusRefused');
      expect(refused.message).toMatch(
        /^方案处于“执行中”状态，不能年度收官（CLOSE）：还有 3 条任务未办结，也未由回头看转入整改（1\. .+司法局、2\. .+、3\. .+）$/,
      );
      expect(refused.details).toMatchObject({
        planStatus: 'executing',
        rule: PLAN_RULES.allFinished,
        openAssignments: 3,
      });
      const after = await getPlan(getDb().db, planId);
      expect([after.status, after.version]).toEqual([before.status, before.version]);
    });

    it('counts a verified row and a closed row as finished', async () => {
      const [one, two] = rows;
      for (const id of [one!.id, two!.id]) {
        await step(id, { type: 'REPORT', actor: reporter, evidence: [{ name: '截图.png' }] });
        await step(id, { type: 'VERIFY', actor: supervisor });
      }
      await step(two!.id, { type: 'CLOSE', actor: supervisor });
      const open = await findOpenAssignments(getDb().db, planId);
      expect(open.count).toBe(1);
      expect(open.named.map((r) => r.assignmentId)).toEqual([rows[2]!.id]);
      const refused = await refusalOf(close());
      expect(refused.message).toMatch(/还有 1 条任务未办结，也未由回头看转入整改（3\. .+司法局）$/);
    });

    it('closes the year once the last open row is carried into next year by a 回头看, and then publishes no more', async () => {
      const look = await runLookBack(getDb(), workflows, {
        rootOrgId: '441322',
        year: 2022,
        actor: supervisor,
        today: '2023-01-10',
      });
      expect(look.carried).toBe(1);
      expect((await findOpenAssignments(getDb().db, planId)).count).toBe(0);
      const closed = await close();
      expect(closed).toMatchObject({ from: 'executing', to: 'closed', plan: { status: 'closed' } });
      expect((await statusEvents()).at(-1)).toEqual({
        actor: AUTHOR,
        payload: expect.objectContaining({ event: 'CLOSE', from: 'executing', to: 'closed', openAssignments: 0 }),
      });
      const plan = await getPlan(getDb().db, planId);
      const refused = await refusalOf(
        publishPlan(getDb().db, {
          planId,
          expectedVersion: plan.version,
          summary: '收官后',
          actor: AUTHOR,
          publishedOn: '2023-01-11',
        }),
      );
      expect(refused.message).toBe('方案处于“已结束”状态，不能发布（PUBLISH）');
      // Nor are its items edited: the year's record is final.
      const [item] = await listPlanItems(getDb().db, planId);
      const edit = updatePlanItem(getDb().db, {
        planId,
        itemId: item!.id,
        expectedVersion: item!.version,
        patch: { text: '收官后改写' },
        actor: AUTHOR,
      });
      await expect(edit).rejects.toMatchObject({
        code: 'plan.statusNotAllowed',
        message: expect.stringContaining('年度收官'),
      });
      expect((await listPlanItems(getDb().db, planId))[0]?.text).toBe(item!.text);
      expect(await getPlan(getDb().db, planId)).toMatchObject({
        status: 'closed',
        version: plan.version,
        publishedVersion: 2,
      });
    });
  });
});
