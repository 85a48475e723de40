import type { PlanDetail, Problem } from '@cascade/contracts';
import { forEachDatabase } from '@cascade/db/testing';
import { CLOSED_STATE, categoryOf } from '@cascade/engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../testing/test-world.ts';

const CITY_PLAN = [
  '惠州市2022年政务公开工作要点',
  '一、总体要求',
  '（一）公开',
  '1.继续推进全市政府公报电子化工作。〔牵头单位：市政府办公室〕',
  '2.做好政策解读。〔牵头单位：市司法局〕',
].join('\n');
const enc = encodeURIComponent;
type Moved = { from: string; to: string; plan: { id: string; status: string; version: number } };

describe('POST /api/plans/{planId}/lifecycle: 开始执行 and 年度收官 by the plan’s owner', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    let planId = '';
    const move = async (user: string, body: unknown) =>
      (await world.as(user)).request(`/api/plans/${enc(planId)}/lifecycle`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const statusOf = async () =>
      (await (await world.as('hz-author')).send<PlanDetail>('GET', `/api/plans/${enc(planId)}`)).plan;

    beforeAll(async () => {
      world = await createTestWorld(getDb());
      planId = await world.importAndPublish('hz-author', CITY_PLAN);
    });

    it('lets only the owner org’s author or admin take a step', async () => {
      for (const user of ['hz-supervisor', 'bl-author', 'gd-admin', 'hz-justice-reporter']) {
        const res = await move(user, { event: 'START' });
        expect(res.status, user).toBe(403);
        expect(((await res.json()) as Problem).type).toBe('/problems/forbidden');
      }
      expect((await statusOf()).status).toBe('published');
    });

    it('refuses 年度收官 while rows are open, saying how many and which', async () => {
      const before = await statusOf();
      const res = await move('hz-author', { event: 'CLOSE' });
      expect(res.status).toBe(422);
      const problem = (await res.json()) as Problem & { openAssignments?: number; planStatus?: string };
      expect(problem.type).toBe('/problems/transition-refused');
      expect(problem.detail).toMatch(
        /^方案处于“已发布”状态，不能年度收官（CLOSE）：还有 2 条任务未办结，也未由回头看转入整改（一、（一）1\. .+、一、（一）2\. .+司法局）$/,
      );
      expect(problem).toMatchObject({ openAssignments: 2, planStatus: 'published' });
      expect(await statusOf()).toMatchObject({ status: 'published', version: before.version });
    });

    it('starts executing once; a stale version and a step the lifecycle does not allow are 409', async () => {
      const before = await statusOf();
      const stale = await move('hz-author', { event: 'START', expectedVersion: before.version - 1 });
      expect([stale.status, ((await stale.json()) as Problem).type]).toEqual([409, '/problems/conflict']);
      const res = await move('hz-author', { event: 'START', expectedVersion: before.version });
      expect(res.status).toBe(200);
      expect((await res.json()) as Moved).toEqual({
        from: 'published',
        to: 'executing',
        plan: { id: planId, status: 'executing', version: before.version + 1, publishedVersion: 1 },
      });
      const again = await move('hz-author', { event: 'START' });
      expect(again.status).toBe(409);
      const problem = (await again.json()) as Problem;
      expect(problem.type).toBe('/problems/transition-not-allowed');
      expect(problem.detail).toBe('方案处于“执行中”状态，不能开始执行（START）');
    });

    it('closes the year once every row is finished, recorded with its actor; a closed plan is not published again', async () => {
      await getDb().query('UPDATE assignments SET state = $2, state_category = $3 WHERE plan_id = $1', [
        planId,
        CLOSED_STATE,
        categoryOf(CLOSED_STATE),
      ]);
      const res = await move('hz-author', { event: 'CLOSE' });
      expect(res.status).toBe(200);
      expect((await res.json()) as Moved).toMatchObject({
        from: 'executing',
        to: 'closed',
        plan: { status: 'closed' },
      });
      const author = await world.as('hz-author');
      const events = await getDb().query<{ actor: string; payload: { event: string; to: string } }>(
        `SELECT actor, payload FROM events WHERE type = 'plan.statusChanged' AND subject_id = $1 ORDER BY id`,
        [planId],
      );
      expect(events.map((e) => [e.actor, e.payload.event, e.payload.to])).toEqual([
        [author.account.id, 'PUBLISH', 'published'],
        [author.account.id, 'START', 'executing'],
        [author.account.id, 'CLOSE', 'closed'],
      ]);
      const plan = await statusOf();
      const publish = await author.request(`/api/plans/${enc(planId)}/publish`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ expectedVersion: plan.version, summary: '收官后' }),
      });
      expect(publish.status).toBe(409);
      expect(((await publish.json()) as Problem).detail).toBe('方案处于“已结束”状态，不能发布（PUBLISH）');
    });
  });
});
