import type { ImportResult, PlanDetail, Problem } from '@cascade/contracts';
import { forEachDatabase } from '@cascade/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../testing/test-world.ts';

const CITY_PLAN = [
  '惠州市2022年政务公开工作要点',
  '一、总体要求',
  '（一）公开',
  '1.建设全市规章库专栏。〔牵头单位：市司法局〕',
  '2.组织村民参与村务公开。〔牵头单位：市民政局〕',
  '3.公开重大项目审批信息。〔牵头单位：市发展改革局〕',
].join('\n');
const enc = encodeURIComponent;

describe('POST /api/plans/{planId}/items/{itemId}/restore (撤销删除)', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    let planId = '';
    const detail = async () => (await world.as('hz-author')).send<PlanDetail>('GET', `/api/plans/${enc(planId)}`);
    const labels = async () => (await detail()).items.map((i) => i.path.join(''));

    beforeAll(async () => {
      world = await createTestWorld(getDb());
      const author = await world.as('hz-author');
      const imported = await author.send<ImportResult>('POST', '/api/plans/import', {
        text: CITY_PLAN,
        fileName: 'plan.txt',
        year: 2022,
      });
      planId = imported.plan.id;
    });

    it('brings a removed task back at its number; a second restore is a conflict that says why', async () => {
      const author = await world.as('hz-author');
      const before = await labels();
      const two = (await detail()).items.find((i) => i.label === '2.');
      await author.send('DELETE', `/api/plans/${enc(planId)}/items/${enc(two!.id)}?expectedVersion=${two!.version}`);
      expect(await labels()).toEqual(['一、', '一、（一）', '一、（一）1.', '一、（一）2.']);
      const restored = await author.send<PlanDetail['items'][number]>(
        'POST',
        `/api/plans/${enc(planId)}/items/${enc(two!.id)}/restore`,
      );
      expect(restored).toMatchObject({ id: two!.id, label: '2.', text: two!.text });
      expect(await labels()).toEqual(before);
      const again = await author.request(`/api/plans/${enc(planId)}/items/${enc(two!.id)}/restore`, {
        method: 'POST',
      });
      expect(again.status).toBe(409);
      expect(((await again.json()) as Problem).detail).toContain('无需恢复');
    });

    it('lets only those who may edit the plan restore', async () => {
      const three = (await detail()).items.find((i) => i.label === '3.');
      const reporter = await world.as('hz-supervisor');
      const refused = await reporter.request(`/api/plans/${enc(planId)}/items/${enc(three!.id)}/restore`, {
        method: 'POST',
      });
      expect(refused.status).toBe(403);
    });
  });
});
