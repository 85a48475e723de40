import type { Coverage, ImportResult, PlanDetail, PlanSummary, UpstreamDto } from '@cascade/contracts';
import { forEachDatabase } from '@cascade/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../testing/test-world.ts';

const CITY_PLAN = [
  '惠州市2022年政务公开工作要点',
  '一、总体要求',
  '（一）公开',
  '1.建设规章库专栏。〔牵头单位：市司法局；责任单位：各县（区）人民政府〕',
  '2.公开财政预决算。〔牵头单位：市财政局；责任单位：各县（区）人民政府〕',
  '3.公开重大行政决策事项目录。〔牵头单位：市司法局；责任单位：各县（区）人民政府〕',
].join('\n');
const enc = encodeURIComponent;
type Item = PlanDetail['items'][number];
type Diff = { parent: PlanSummary | null; pairs: { parent: Item | null; child: Item | null }[] };

describe('逐项对照 and 与上级对照 of a derived plan, as the county sees them', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    let cityId = '';
    let countyId = '';
    const tasks = async (username: string, planId: string) =>
      (await (await world.as(username)).send<PlanDetail>('GET', `/api/plans/${enc(planId)}`)).items.filter(
        (i) => i.kind === 'task',
      );
    /** The city edits one of its tasks and publishes the next version. */
    const cityPublishes = async (label: string, text: string, summary: string) => {
      const author = await world.as('hz-author');
      const item = (await tasks('hz-author', cityId)).find((i) => i.label === label)!;
      await author.send('PATCH', `/api/plans/${enc(cityId)}/items/${enc(item.id)}`, {
        expectedVersion: item.version,
        patch: { text },
      });
      const current = await author.send<PlanDetail>('GET', `/api/plans/${enc(cityId)}`);
      await author.send('POST', `/api/plans/${enc(cityId)}/publish`, {
        expectedVersion: current.plan.version,
        summary,
      });
      return item.id;
    };
    const diffRow = async (sourceItemId: string) => {
      const diff = await (await world.as('bl-deriver')).send<Diff>('GET', `/api/plans/${enc(countyId)}/diff`);
      return diff.pairs.find((p) => p.parent?.id === sourceItemId);
    };

    beforeAll(async () => {
      world = await createTestWorld(getDb());
      const author = await world.as('hz-author');
      const { plan } = await author.send<ImportResult>('POST', '/api/plans/import', { text: CITY_PLAN, year: 2022 });
      await author.send('POST', `/api/plans/${enc(plan.id)}/publish`, {
        expectedVersion: plan.version,
        summary: '印发',
      });
      cityId = plan.id;
      const county = await (await world.as('bl-deriver')).send<PlanSummary>(
        'POST',
        `/api/plans/${enc(cityId)}/derive`,
        {
          childOrgId: '441322',
        },
      );
      countyId = county.id;
    });

    it('gives the reason the county gave for an adjusted item and for a dropped one', async () => {
      const deriver = await world.as('bl-deriver');
      const [adjusted, dropped] = await tasks('bl-deriver', countyId);
      await deriver.send('PATCH', `/api/plans/${enc(countyId)}/items/${enc(adjusted!.id)}`, {
        expectedVersion: adjusted!.version,
        reason: '县里结合实际提前完成',
        patch: { deadlineText: '2022年10月底前' },
      });
      await deriver.send(
        'DELETE',
        `/api/plans/${enc(countyId)}/items/${enc(dropped!.id)}?expectedVersion=${dropped!.version}&reason=${enc('本县无此项工作')}`,
      );
      const coverage = await deriver.send<Coverage>('GET', `/api/plans/${enc(countyId)}/coverage`);
      const row = (item: Item) => coverage.rows.find((r) => r.sourceItemId === item.provenance?.sourceItemId);
      expect(row(adjusted!)).toMatchObject({ state: 'modified', justification: '县里结合实际提前完成' });
      expect(row(dropped!)).toMatchObject({ state: 'dropped', justification: '本县无此项工作' });
      expect(coverage.counts).toEqual({ covered: 1, modified: 1, dropped: 1, missing: 0 });

      // A second edit without a reason keeps the one given; a field changed later with its own reason adds it.
      const again = (await tasks('bl-deriver', countyId)).find((i) => i.id === adjusted!.id)!;
      const edited = await deriver.send<Item>('PATCH', `/api/plans/${enc(countyId)}/items/${enc(again.id)}`, {
        expectedVersion: again.version,
        patch: { deadlineText: '2022年9月底前' },
      });
      await deriver.send('PATCH', `/api/plans/${enc(countyId)}/items/${enc(edited.id)}`, {
        expectedVersion: edited.version,
        reason: '由县司法局具体承办',
        patch: { text: `${edited.text}（县司法局承办）` },
      });
      const later = await deriver.send<Coverage>('GET', `/api/plans/${enc(countyId)}/coverage`);
      expect(later.rows.find((r) => r.sourceItemId === adjusted!.provenance?.sourceItemId)?.justification).toBe(
        '县里结合实际提前完成；由县司法局具体承办',
      );
    });

    it('after the county takes in the city’s next version, sets its items beside that version', async () => {
      const deriver = await world.as('bl-deriver');
      const third = (await tasks('bl-deriver', countyId))[2]!;
      const sourceId = await cityPublishes(third.label, '公开重大行政决策事项目录（第二版）。', '第二版');
      expect((await diffRow(sourceId))?.parent?.text).not.toContain('第二版');

      const upstream = await deriver.send<UpstreamDto>('GET', `/api/plans/${enc(countyId)}/upstream`);
      expect(upstream).toMatchObject({ fromVersion: 1, toVersion: 2, conflicts: 0 });
      expect(upstream.items.map((i) => i.kind)).toEqual(['changed']);
      await deriver.send('POST', `/api/plans/${enc(countyId)}/upstream`, { toVersion: 2, resolutions: [] });
      expect(await deriver.send<UpstreamDto>('GET', `/api/plans/${enc(countyId)}/upstream`)).toMatchObject({
        fromVersion: 2,
        toVersion: 2,
        items: [],
      });

      const row = await diffRow(sourceId);
      expect(row?.parent?.text).toContain('（第二版）');
      expect(row?.child?.text).toContain('（第二版）');
      // Taking the city's wording is no local adjustment: the item is not 已调整 (without a reason).
      expect(row?.child).toMatchObject({ derivationStatus: 'localized', overrides: {} });
      const coverage = await deriver.send<Coverage>('GET', `/api/plans/${enc(countyId)}/coverage`);
      expect(coverage.rows.find((r) => r.sourceItemId === sourceId)).toMatchObject({ state: 'covered' });
    });

    it('a version with nothing for the county to take in leaves it on the version it has signed for', async () => {
      const deriver = await world.as('bl-deriver');
      // The only task the city rewords is the one the county dropped: nothing comes of it here.
      const dropped = (await tasks('bl-deriver', countyId))[1]!;
      const sourceId = await cityPublishes(dropped.label, '公开财政预决算（第三版）。', '第三版');
      const upstream = await deriver.send<UpstreamDto>('GET', `/api/plans/${enc(countyId)}/upstream`);
      expect(upstream).toMatchObject({ fromVersion: 2, toVersion: 3, latestVersion: 3, items: [] });
      // Until it signs for the third version, the county's items stand beside the second.
      expect((await diffRow(sourceId))?.parent?.text).toBe('公开财政预决算。');
      await deriver.send('POST', `/api/plans/${enc(countyId)}/upstream`, { toVersion: 3, resolutions: [] });
      expect((await diffRow(sourceId))?.parent?.text).toBe('公开财政预决算（第三版）。');
      expect((await diffRow(sourceId))?.child?.derivationStatus).toBe('notApplicable');
    });
  });
});
