import type {
  Coverage,
  DerivationPreviewDto,
  ImportResult,
  OrgChildren,
  PlanDetail,
  PlanSummary,
} from '@cascade/contracts';
import { getOrg, orgs } from '@cascade/db';
import { forEachDatabase } from '@cascade/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../testing/test-world.ts';

const CITY_PLAN = [
  '惠州市2022年政务公开工作要点',
  '一、推进政务公开',
  '（一）公开',
  '1.继续推进全市政府公报电子化工作。〔牵头单位：市政府办公室；责任单位：各县（区）人民政府〕',
  '2.在全市推行基层政务公开标准目录。〔牵头单位：市司法局；责任单位：各县（区）人民政府〕',
  '3.做好政府信息公开行政复议案件审理工作。〔牵头单位：市司法局；责任单位：各县（区）人民政府〕',
  '4.组织新闻发布会解读重大政策。〔牵头单位：市政府办公室；责任单位：各县（区）人民政府〕',
].join('\n');
const enc = encodeURIComponent;
const JUSTICE = '441322-justice';
/** 博罗县司法局's 股室, entered as rows of the org tree (as an admin adds them on the org page). */
const SECTIONS = ['办公室', '行政复议与应诉股', '普法与依法治理股'];

/**
 * Issue #21 (Deliver 3 and 5) through the API: the preview of a township's plan says, per task, its
 * own number beside the county's, who guides it and what changed and why; the county's deriver
 * derives a department's plan choosing the 股室 that takes a task, and 逐项对照 says the same words.
 */
describe('previewing and deriving a township’s and a department’s plan from the county’s', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    let countyId = '';
    let shibaId = '';
    const sectionId = (name: string) => `${JUSTICE}-s${SECTIONS.indexOf(name) + 1}`;

    beforeAll(async () => {
      world = await createTestWorld(getDb());
      const db = world.deps.database.db;
      const justice = await getOrg(db, JUSTICE);
      await db.insert(orgs).values(
        SECTIONS.map((name, i) => {
          const id = `${JUSTICE}-s${i + 1}`;
          return {
            id,
            parentId: JUSTICE,
            path: `${justice.path}${id}/`,
            depth: justice.depth + 1,
            name,
            shortName: name,
            fullName: `${justice.fullName}${name}`,
            level: justice.level,
            kind: 'section',
            sortKey: i,
          };
        }),
      );
      const author = await world.as('hz-author');
      const { plan } = await author.send<ImportResult>('POST', '/api/plans/import', { text: CITY_PLAN, year: 2022 });
      await author.send('POST', `/api/plans/${enc(plan.id)}/publish`, {
        expectedVersion: plan.version,
        summary: '印发',
      });
      const deriver = await world.as('bl-deriver');
      const county = await deriver.send<PlanSummary>('POST', `/api/plans/${enc(plan.id)}/derive`, {
        childOrgId: '441322',
      });
      await deriver.send('POST', `/api/plans/${enc(county.id)}/publish`, {
        expectedVersion: county.version,
        summary: '印发',
      });
      countyId = county.id;
      const children = await deriver.send<OrgChildren>('GET', '/api/orgs/441322/children');
      shibaId = children.subordinates.find((o) => o.name === '石坝镇')!.id;
    });

    const preview = async (childOrgId: string) =>
      (await world.as('bl-deriver')).send<DerivationPreviewDto>(
        'GET',
        `/api/plans/${enc(countyId)}/preview?childOrgId=${enc(childOrgId)}`,
      );

    it('previews a township with its own numbering, the county’s number beside it, guiding units and changes in words', async () => {
      const p = await preview(shibaId);
      expect(p.child).toMatchObject({ id: shibaId, name: '石坝镇', kind: 'government' });
      expect(p.sections).toEqual([]);
      // No 政府公报 in a township: the county's 1. is left out, so the township's 1. is the county's 2.
      expect(p.excluded.map((e) => e.reason).join()).toContain('本级不编发政府公报');
      expect(p.items.map((i) => i.label)).toEqual(['1.', '2.', '3.']);
      expect(p.items.map((i) => i.sourceLabel)).toEqual(['2.', '3.', '4.']);
      const [standard, , press] = p.items;
      expect(standard?.sourcePath).toEqual(['一、', '（一）', '2.']);
      expect(standard?.text).toContain('在全镇推行');
      // The parent beside it is the county's 2., not the county's 1. at the same own number.
      expect(standard?.parent.text).toContain('在全县推行');
      expect(standard?.guidedBy).toContain('博罗县司法局');
      expect(standard?.units.lead.join()).not.toContain('博罗县');
      expect(standard?.changes).toEqual(
        expect.arrayContaining([
          '编号：上级第2项，本级第1项（本级方案按自身大纲编号）',
          '用语：全县→全镇（石坝镇自称“镇”）',
          expect.stringMatching(/^牵头单位：博罗县司法局 → 石坝镇\S+（博罗县司法局是上级单位，对石坝镇负指导责任/),
          expect.stringMatching(/^指导单位：博罗县司法局、博罗县人民政府办公室（/),
        ]),
      );
      expect(standard?.changes[0]).toMatch(/^编号：/);
      expect(press?.changes.find((c) => c.startsWith('改为配合：'))).toContain('本级不举办新闻发布会');
    });

    it('previews a department of the county with its 股室 and the one each task goes to', async () => {
      const p = await preview(JUSTICE);
      expect(p.child.kind).toBe('department');
      expect(p.sections.map((s) => s.name)).toEqual(SECTIONS);
      expect(p.items.map((i) => [i.label, i.sourceLabel])).toEqual([
        ['1.', '2.'],
        ['2.', '3.'],
      ]);
      const [standard, review] = p.items;
      expect(review?.sectionIds).toEqual([sectionId('行政复议与应诉股')]);
      expect(review?.units.lead).toEqual(['行政复议与应诉股']);
      expect(standard?.sectionIds).toEqual([sectionId('办公室')]);
      expect(standard?.partners).toContain('博罗县人民政府办公室');
      expect(standard?.sourceId).toBeTruthy();
      expect(review?.changes).toContainEqual(
        expect.stringMatching(/^牵头单位：博罗县司法局 → 行政复议与应诉股（.*任务内容涉及“行政复议与应诉”）$/),
      );
    });

    it('derives the department’s plan with the 股室 the deriver chose as the unit, and 逐项对照 says why', async () => {
      const deriver = await world.as('bl-deriver');
      const [standard] = (await preview(JUSTICE)).items;
      // Only a plan office that may send the plan down derives for another org: not a reporter.
      const refused = await (await world.as('bl-reporter')).request(`/api/plans/${enc(countyId)}/derive`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ childOrgId: JUSTICE }),
      });
      expect(refused.status).toBe(403);

      const plan = await deriver.send<PlanSummary>('POST', `/api/plans/${enc(countyId)}/derive`, {
        childOrgId: JUSTICE,
        sections: { [standard!.sourceId!]: [sectionId('普法与依法治理股')] },
      });
      expect(plan.ownerOrgId).toBe(JUSTICE);
      const detail = await deriver.send<PlanDetail>('GET', `/api/plans/${enc(plan.id)}`);
      const tasks = detail.items.filter((i) => i.kind === 'task');
      expect(tasks.map((i) => i.label)).toEqual(['1.', '2.']);
      expect(tasks[0]?.units.lead).toEqual(['普法与依法治理股']);
      expect(tasks[0]?.trace?.find((s) => s.rule === 'unit:ownSections')?.fact).toContain('分解时指定');
      // The task not chosen for goes to the 股室 its text speaks of.
      expect(tasks[1]?.units.lead).toEqual(['行政复议与应诉股']);

      const coverage = await deriver.send<Coverage>('GET', `/api/plans/${enc(plan.id)}/coverage`);
      const row = coverage.rows.find((r) => r.sourceItemId === standard!.sourceId);
      expect(row).toMatchObject({ state: 'covered', label: '1.', guidedBy: [] });
      expect(row?.changes).toEqual(
        expect.arrayContaining([
          '编号：上级第2项，本级第1项（本级方案按自身大纲编号）',
          '牵头单位：博罗县司法局 → 普法与依法治理股（博罗县司法局属于“博罗县司法局”；分解时指定）',
        ]),
      );
    });

    it('says in 逐项对照 of a township’s derived plan who guides each task', async () => {
      // A subordinate government's plan is its own to derive (or the cascade's), not the county deriver's.
      const refused = await (await world.as('bl-deriver')).request(`/api/plans/${enc(countyId)}/derive`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ childOrgId: shibaId }),
      });
      expect(refused.status).toBe(403);
      const admin = await world.as('bl-admin');
      const plan = await admin.send<PlanSummary>('POST', `/api/plans/${enc(countyId)}/derive`, {
        childOrgId: shibaId,
      });
      const coverage = await admin.send<Coverage>('GET', `/api/plans/${enc(plan.id)}/coverage`);
      const covered = coverage.rows.filter((r) => r.label);
      expect(covered.map((r) => r.label)).toEqual(['1.', '2.', '3.']);
      expect(covered[0]?.guidedBy).toContain('博罗县司法局');
      expect(covered[0]?.changes).toContain('用语：全县→全镇（石坝镇自称“镇”）');
    });
  });
});
