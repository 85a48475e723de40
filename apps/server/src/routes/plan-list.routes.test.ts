import type { ImportResult, JobDto, PlanDetail, PlanSummary } from '@cascade/contracts';
import { forEachDatabase } from '@cascade/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../testing/test-world.ts';

const CITY_PLAN = [
  '惠州市2022年政务公开工作要点',
  '一、总体要求',
  '（一）公开',
  '1.建设规章库专栏。〔牵头单位：市司法局；责任单位：各县（区）人民政府〕',
  '2.做好基层政务公开。〔责任单位：各县（区）人民政府，各镇人民政府（街道办事处）〕',
].join('\n');
const enc = encodeURIComponent;
type PlanList = { plans: PlanSummary[]; total: number; limit: number; offset: number };

/**
 * After 逐级下达 惠州市's list holds some 90 plans: the list is searched, filtered and paged on the
 * server, and still shows each reader only the plans of its own branch and of its superiors.
 */
describe('the plan list after 逐级下达: search, filters, paging', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    const list = async (username: string, query = '') =>
      (await world.as(username)).send<PlanList>('GET', `/api/plans${query ? `?${query}` : ''}`);

    beforeAll(async () => {
      world = await createTestWorld(getDb());
      const author = await world.as('hz-author');
      const cityId = await world.importAndPublish('hz-author', CITY_PLAN);
      let job = await author.send<JobDto>('POST', `/api/plans/${enc(cityId)}/cascade`);
      while (job.state === 'queued' || job.state === 'running') {
        await new Promise((resolve) => setTimeout(resolve, 100));
        job = await author.send<JobDto>('GET', `/api/jobs/${job.id}`);
      }
      expect(job.state).toBe('succeeded');
    }, 300_000);

    it('finds 石湾镇’s plan among them by a word of its name, and says how many there are in all', async () => {
      const all = await list('hz-author');
      expect(all.total).toBeGreaterThan(70);
      expect(all.plans).toHaveLength(all.total);
      const found = await list('bl-deriver', `q=${enc('石湾')}`);
      expect(found.total).toBe(1);
      expect(found.plans.map((p) => p.ownerName)).toEqual(['石湾镇']);
      // By the title's words too, and the search's own signs are looked for as written.
      expect((await list('bl-deriver', `q=${enc('石湾镇2022年')}`)).total).toBe(1);
      expect((await list('bl-deriver', `q=${enc('%')}`)).total).toBe(0);
    });

    it('pages the township plans 20 at a time, each once, in the order of the tree', async () => {
      const first = await list('hz-supervisor', 'level=township&limit=20');
      expect(first).toMatchObject({ limit: 20, offset: 0 });
      expect(first.plans).toHaveLength(20);
      expect(first.total).toBeGreaterThan(60);
      const seen: PlanSummary[] = [];
      for (let offset = 0; offset < first.total; offset += 20) {
        const page = await list('hz-supervisor', `level=township&limit=20&offset=${offset}`);
        expect(page.total).toBe(first.total);
        expect(page.plans.length).toBe(Math.min(20, first.total - offset));
        seen.push(...page.plans);
      }
      expect(new Set(seen.map((p) => p.id)).size).toBe(first.total);
      // Townships and streets only: neither 惠州市 nor a county, each under a county of 惠州.
      expect(seen.filter((p) => p.ownerOrgId === '441300' || p.ownerOrgId === '441322')).toEqual([]);
      expect(seen.every((p) => p.ownerPath.split('/').filter(Boolean).length === 4)).toBe(true);
      const counties = seen.map((p) => p.ownerPath.split('/')[3]);
      expect(counties).toEqual([...counties].sort());
      const levels = await Promise.all(
        ['province', 'city', 'county'].map(async (level) => (await list('hz-supervisor', `level=${level}`)).total),
      );
      expect(levels).toEqual([0, 1, 5]);
    });

    it('shows a reader of another branch none of 博罗县’s township plans', async () => {
      expect((await list('hy-deriver', `q=${enc('石湾')}`)).total).toBe(0);
      const townships = await list('hy-supervisor', 'level=township');
      expect(townships.total).toBeGreaterThan(0);
      expect(townships.plans.every((p) => p.ownerPath.startsWith('/440000/441300/441303/'))).toBe(true);
      const all = await list('hy-supervisor');
      expect(all.plans.filter((p) => p.ownerPath.startsWith('/440000/441300/441322/'))).toEqual([]);
    });

    it('tells plans edited since their publication from those published as they stand, and from drafts', async () => {
      const deriver = await world.as('bl-deriver');
      const { plans: own } = await list('bl-deriver', 'year=2022&ownerOrgId=441322');
      const county = own[0]!;
      expect(county.unpublishedChanges).toBe(false);
      const { items } = await deriver.send<PlanDetail>('GET', `/api/plans/${enc(county.id)}`);
      const task = items.find((i) => i.kind === 'task')!;
      await deriver.send('PATCH', `/api/plans/${enc(county.id)}/items/${enc(task.id)}`, {
        expectedVersion: task.version,
        patch: { deadlineText: '2022年11月底前' },
        reason: '本县提前完成',
      });
      const changed = await list('bl-deriver', 'status=changed');
      expect(changed.plans.map((p) => p.id)).toEqual([county.id]);
      expect(changed.plans[0]?.unpublishedChanges).toBe(true);
      expect((await list('bl-deriver', 'status=published')).plans.map((p) => p.id)).not.toContain(county.id);
      expect((await list('bl-deriver', 'sort=updated&limit=1')).plans.map((p) => p.id)).toEqual([county.id]);

      const author = await world.as('hz-author');
      const draft = (
        await author.send<ImportResult>('POST', '/api/plans/import', {
          text: CITY_PLAN.replace('2022年', '2022年度补充'),
          year: 2022,
        })
      ).plan;
      expect((await list('hz-author', 'status=draft')).plans.map((p) => p.id)).toEqual([draft.id]);
      // A draft stays with those who make it, as before: 博罗县 does not find it.
      expect((await list('bl-deriver', 'status=draft')).total).toBe(0);
    });

    it('lists a department’s plan under 部门, not under its government’s level', async () => {
      const deriver = await world.as('bl-deriver');
      const justice = await deriver.send<PlanSummary>('POST', `/api/plans/${enc('plan-2022-441322')}/derive`, {
        childOrgId: '441322-justice',
      });
      // Still a draft: the county's supervisor reads it, and so does its deriver, who made it and
      // may open it — the list shows what the plan's own page lets one read.
      expect((await list('bl-supervisor', 'level=department')).plans.map((p) => p.id)).toEqual([justice.id]);
      expect((await list('bl-deriver', 'level=department')).plans.map((p) => p.id)).toEqual([justice.id]);
      const opened = await (await world.as('bl-deriver')).send<PlanDetail>('GET', `/api/plans/${enc(justice.id)}`);
      expect(opened.plan.id).toBe(justice.id);
      // A reporter of the county neither lists nor opens it.
      expect((await list('bl-reporter-county', 'level=department')).total).toBe(0);
      expect((await list('bl-supervisor', 'level=county')).plans.map((p) => p.ownerOrgId)).toEqual(['441322']);
    });
  });
});
