import type { EscalationList, ImportResult, JobDto, LedgerPage, PlanDetail, UpstreamDto } from '@cascade/contracts';
import { scanDeadlines } from '@cascade/db';
import { forEachDatabase } from '@cascade/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../testing/test-world.ts';

const CITY_PLAN = [
  '惠州市2022年政务公开工作要点',
  '一、总体要求',
  '（一）公开',
  '1.建设规章库专栏。〔牵头单位：市司法局；责任单位：各县（区）人民政府〕',
  '2.公开财政预决算。〔牵头单位：市财政局；责任单位：各县（区）人民政府〕',
].join('\n');
const enc = encodeURIComponent;
const COUNTY_PLAN = 'plan-2022-441322';

/**
 * Issue #17: a plan made by 逐级下达 follows its superior's amendments like any derived plan, and
 * once its office takes one in and republishes, the ledger follows the new date: due date, light
 * and the 督办/约谈 steps, which start again from the new date.
 */
describe('a deadline moved upstream reaches the ledger of a plan made by 逐级下达', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    let today = '2022-06-01';
    let cityId = '';

    /** The city author sets task 2.'s deadline and publishes the plan. */
    const cityDeadline = async (deadlineText: string, summary: string) => {
      const author = await world.as('hz-author');
      const { items } = await author.send<PlanDetail>('GET', `/api/plans/${enc(cityId)}`);
      const item = items.find((i) => i.kind === 'task' && i.text.includes('财政预决算'))!;
      await author.send('PATCH', `/api/plans/${enc(cityId)}/items/${enc(item.id)}`, {
        expectedVersion: item.version,
        patch: { deadlineText },
      });
      const { plan } = await author.send<PlanDetail>('GET', `/api/plans/${enc(cityId)}`);
      await author.send('POST', `/api/plans/${enc(cityId)}/publish`, { expectedVersion: plan.version, summary });
    };
    /** The county's ledger rows of its budget task, as its supervisor reads them. */
    const budgetRows = async () => {
      const page = await (await world.as('bl-supervisor')).send<LedgerPage>(
        'GET',
        `/api/ledger?planId=${enc(COUNTY_PLAN)}&limit=500`,
      );
      return page.rows.filter((r) => r.itemText.includes('财政预决算'));
    };
    const escalated = async () =>
      (await (await world.as('bl-supervisor')).send<EscalationList>('GET', '/api/escalations?orgId=441322')).items;

    beforeAll(async () => {
      world = await createTestWorld(getDb(), { today: () => today });
      const author = await world.as('hz-author');
      const { plan } = await author.send<ImportResult>('POST', '/api/plans/import', { text: CITY_PLAN, year: 2022 });
      cityId = plan.id;
      await cityDeadline('2022年8月底前', '印发');
      let job = await author.send<JobDto>('POST', `/api/plans/${enc(cityId)}/cascade`);
      while (job.state === 'queued' || job.state === 'running') {
        await new Promise((resolve) => setTimeout(resolve, 100));
        job = await author.send<JobDto>('GET', `/api/jobs/${job.id}`);
      }
      expect(job.state).toBe('succeeded');
    });

    it('issues the county plan at once, its rows due as the city said, red and escalated once overdue', async () => {
      const county = await (await world.as('bl-deriver')).send<PlanDetail>('GET', `/api/plans/${enc(COUNTY_PLAN)}`);
      expect(county.plan).toMatchObject({ status: 'published', publishedVersion: 1 });
      const rows = await budgetRows();
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((r) => r.dueOn))).toEqual(new Set(['2022-08-31']));

      today = '2022-09-20';
      await scanDeadlines(getDb(), { today });
      expect(new Set((await budgetRows()).map((r) => r.light))).toEqual(new Set(['red']));
      const ids = new Set(rows.map((r) => r.id));
      const steps = (await escalated()).filter((e) => ids.has(e.assignmentId));
      expect(steps.length).toBe(rows.length);
      expect(new Set(steps.map((e) => e.action))).toEqual(new Set(['interview']));
    });

    it('offers the new deadline under 上级更新, and the republished plan moves due date, light and escalation', async () => {
      await cityDeadline('2022年10月底前', '预决算公开时限调整为10月底前');
      const deriver = await world.as('bl-deriver');
      const upstream = await deriver.send<UpstreamDto>('GET', `/api/plans/${enc(COUNTY_PLAN)}/upstream`);
      expect(upstream).toMatchObject({ fromVersion: 1, toVersion: 2, conflicts: 0 });
      expect(upstream.items).toHaveLength(1);
      expect(upstream.items[0]).toMatchObject({ kind: 'changed' });
      await deriver.send('POST', `/api/plans/${enc(COUNTY_PLAN)}/upstream`, { toVersion: 2, resolutions: [] });
      const { plan } = await deriver.send<PlanDetail>('GET', `/api/plans/${enc(COUNTY_PLAN)}`);
      await deriver.send('POST', `/api/plans/${enc(COUNTY_PLAN)}/publish`, {
        expectedVersion: plan.version,
        summary: '按市第 2 版调整时限',
      });

      const rows = await budgetRows();
      expect(new Set(rows.map((r) => r.dueOn))).toEqual(new Set(['2022-10-31']));
      expect(new Set(rows.map((r) => r.deadlineText))).toEqual(new Set(['2022年10月底前']));
      // Lit at once from the new date (not left red until the next scan), and still open as before.
      expect(new Set(rows.map((r) => r.light))).toEqual(new Set(['green']));
      expect(new Set(rows.map((r) => r.state))).toEqual(new Set(['assigned']));
      const ids = new Set(rows.map((r) => r.id));
      expect((await escalated()).filter((e) => ids.has(e.assignmentId))).toEqual([]);

      // A scan before the new date leaves them alone; overdue again, they escalate from the new date.
      await scanDeadlines(getDb(), { today: '2022-10-20' });
      expect((await escalated()).filter((e) => ids.has(e.assignmentId))).toEqual([]);
      await scanDeadlines(getDb(), { today: '2022-11-08' });
      const again = (await escalated()).filter((e) => ids.has(e.assignmentId));
      expect(again.length).toBe(rows.length);
      expect(new Set(again.map((e) => `${e.action} ${e.dueOn}`))).toEqual(new Set(['notice 2022-10-31']));
    });
  });
});
