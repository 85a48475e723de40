import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOrgTree, cascadePlan, readDivisionData, seedOrgTree } from '@cascade/db';
import { forEachDatabase } from '@cascade/db/testing';
import {
  createOrgDirectory,
  type Derivation,
  derivationToDraft,
  derivePlan,
  type Org,
  type OrgDirectory,
  type PlanDraft,
  type PlanJson,
  planDraftFromJson,
} from '@cascade/engine';
import { beforeAll, describe, expect, it } from 'vitest';

const fixture = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/import/huizhou-city-2022.expected.json',
);
const withoutQuotes = (t: string) => t.replace(/《[^》]*》|“[^”]*”/g, '');
const ownUnits = (item: Derivation['items'][number]) => [...item.units.lead, ...item.units.responsible];
const allUnits = (item: Derivation['items'][number]) => [...ownUnits(item), ...item.units.cooperate];

/** 博罗县司法局's 股室, as its admin enters them (the demo does the same through the API). */
const JUSTICE_SECTIONS = ['办公室', '行政复议与应诉股', '普法与依法治理股', '公共法律服务管理股', '社区矫正股'];

function withSections(orgs: Org[], department: Org, names: readonly string[]): Org[] {
  const sections = names.map((name, i): Org => {
    const id = `${department.id}-s${i + 1}`;
    return {
      ...department,
      id,
      parentId: department.id,
      path: `${department.path}${id}/`,
      depth: department.depth + 1,
      name,
      fullName: `${department.fullName}${name}`,
      kind: 'section',
      function: null,
    };
  });
  return [...orgs, ...sections];
}

/**
 * 博罗县's plan, derived from 惠州市's as the demo derives it, cascaded one level further to its 18
 * townships and streets, and to 博罗县司法局 as a department plan (issue #21's acceptance).
 */
describe('localizing 博罗县 2022 down to its townships, streets and a bureau', () => {
  let directory: OrgDirectory;
  let boluo: Org;
  let county: PlanDraft;
  let townships: Org[];
  let countyUnitNames: Set<string>;
  let huizhou: PlanDraft;
  beforeAll(() => {
    const tree = buildOrgTree(readDivisionData(), ['44']);
    const justice = tree.find((o) => o.id === '441322-justice') as Org;
    directory = createOrgDirectory(withSections(tree, justice, JUSTICE_SECTIONS));
    huizhou = planDraftFromJson(JSON.parse(readFileSync(fixture, 'utf8')) as PlanJson, 2022);
    boluo = directory.find('441322') as Org;
    county = derivationToDraft(derivePlan(huizhou, directory.find('441300') as Org, boluo, directory), huizhou);
    townships = directory.children('441322').filter((o) => o.level === 'township' && o.kind !== 'department');
    countyUnitNames = new Set(
      [boluo, ...directory.children('441322').filter((o) => o.level === 'county')].map((o) => o.name),
    );
    countyUnitNames.add(`${boluo.name}人民政府`);
  });

  it('reaches every one of the 18 townships and streets', () => {
    expect(townships).toHaveLength(18);
    expect(townships.filter((t) => t.divisionType === '街道').map((t) => t.name)).toEqual(['罗阳街道', '龙溪街道']);
  });

  it('names no county unit as lead or responsible: the county guides, the township’s own offices act', () => {
    for (const township of townships) {
      const d = derivePlan(county, boluo, township, directory);
      expect(d.items.length, township.name).toBeGreaterThan(30);
      for (const item of d.items) {
        const county = ownUnits(item).filter((u) => countyUnitNames.has(u) || u.startsWith(boluo.name));
        expect(county, `${township.name} ${item.label}`).toEqual([]);
      }
      // The county units the parent named are kept as guiding units, with the rule in the trace.
      const m14 = d.items.find((i) => i.text.startsWith('严格执行疫情防控信息发布'));
      const m28 = d.items.find((i) => i.text.startsWith('针对高校毕业生'))!;
      expect(m28.guidedBy, township.name).toContain('博罗县人力资源和社会保障局');
      // …led by the office that does 人社's work there (a 管理区 without offices in the tree: itself).
      const social = directory.children(township.id).find((o) => o.function === 'socialAffairs');
      expect(m28.units.lead).toEqual([social?.name ?? `${township.name}管委会`]);
      expect(m28.trace.some((t) => t.field === 'guidedBy' && t.rule === 'localize:superiorUnitsGuide')).toBe(true);
      // A task it cannot lead (新闻发布会) is support for the county's units, with the reason.
      expect(m14?.units.lead, township.name).toEqual([]);
      expect(m14?.units.cooperate.length).toBeGreaterThan(0);
      expect(m14?.trace.some((t) => t.rule === 'capability:pressConferences' && t.fact.includes('新闻发布会'))).toBe(
        true,
      );
    }
  });

  it('gives a township its 办（中心） and 站所, a street its 办事处 and 办（中心）, never 政府各部门', () => {
    for (const township of townships) {
      const d = derivePlan(county, boluo, township, directory);
      const units = d.items.flatMap(allUnits);
      expect(
        units.filter((u) => /政府(各|其他|有关)部门/.test(u)),
        township.name,
      ).toEqual([]);
      if (township.divisionType === '街道') {
        expect(
          units.filter((u) => u.includes('政府')),
          township.name,
        ).toEqual([]);
        expect(units).toContain('各办（中心）');
        expect(units).not.toContain('各站所');
      } else {
        expect(units).toEqual(expect.arrayContaining(['各办（中心）', '各站所']));
      }
      // Tasks that reach villages and communities name them as the township writes them.
      const villages = township.hasVillages ? (township.hasCommunities ? '各村（社区）' : '各村') : '各社区';
      expect(units, township.name).toContain(villages);
    }
  });

  it('numbers 博罗县’s plan derived from 惠州市’s from 1 in its own outline, the city’s numbers kept beside', () => {
    const d = derivePlan(huizhou, directory.find('441300') as Org, boluo, directory);
    // 惠州's first measures are for the city's own units: the county's first one is the city's 3.
    expect(d.items[0]).toMatchObject({ label: '1.', sourceLabel: '3.', path: ['（一）', '1.'] });
    // Measures run on through the sections as the city's do, each section going on from the last.
    expect(d.items.map((i) => i.label)).toEqual(d.items.map((_, n) => `${n + 1}.`));
    const sections = [...new Set(d.items.map((i) => i.path[0]))];
    expect(sections.slice(0, 3)).toEqual(['（一）', '（二）', '（三）']);
    for (const item of d.items) expect(item.sourcePath?.at(-1), item.label).toBe(item.sourceLabel);
    // The county's draft, as it is stored and what its townships derive from, keeps its own numbers.
    expect(county.items.map((i) => i.label)).toEqual(d.items.map((i) => i.label));
  });

  it('leaves out what a township cannot do, with the reason, and numbers its own outline from 1', () => {
    for (const township of townships) {
      const d = derivePlan(county, boluo, township, directory);
      expect(
        d.items.filter((i) => withoutQuotes(i.text).includes('政府公报')),
        township.name,
      ).toEqual([]);
      const reasons = d.excluded.map((e) => e.reason).join('\n');
      expect(reasons).toContain('本级不编发政府公报');
      expect(reasons).toContain('不建设规范性文件库');
      expect(reasons).toContain('没有自己的政府门户网站');
      expect(d.items.map((i) => i.label)).toEqual(d.items.map((_, n) => `${n + 1}.`));
      // The county's number stays beside it, for the trace and 逐项对照.
      expect(d.items[0]?.sourceLabel).not.toBe('1.');
      expect(d.items[0]?.sourcePath?.at(-1)).toBe(d.items[0]?.sourceLabel);
    }
  });

  it('speaks of the street as a 办事处 and keeps 地市级 as the prefecture level', () => {
    const street = townships.find((t) => t.name === '罗阳街道')!;
    const d = derivePlan(county, boluo, street, directory);
    const text = d.items.map((i) => withoutQuotes(i.text)).join('\n');
    expect(text).not.toMatch(/街道政府|街道直/);
    expect(text).toContain('地市级以下政府不再开展');
  });

  it('derives 博罗县司法局’s department plan: only its tasks, led by its own 股室', () => {
    const justice = directory.find('441322-justice')!;
    const d = derivePlan(county, boluo, justice, directory);
    const addressed = county.items.filter((i) =>
      [...i.units.lead, ...i.units.responsible, ...i.units.cooperate].some(
        (u) => u.text === '博罗县司法局' || u.selector.kind === 'departments' || u.selector.kind === 'allUnits',
      ),
    );
    expect(d.items.map((i) => i.sourceLabel)).toEqual(addressed.map((i) => i.label));
    for (const item of d.items) {
      for (const unit of allUnits(item)) expect(JUSTICE_SECTIONS, `${item.label} ${unit}`).toContain(unit);
      expect(allUnits(item).length, item.label).toBeGreaterThan(0);
    }
    // The 行政复议 task goes to the section whose work it is; peers share it as partners.
    const review = d.items.find((i) => i.text.includes('行政复议'))!;
    expect(review.units.responsible).toEqual(['行政复议与应诉股']);
    expect(review.partners).toContain('博罗县人民政府办公室');
    expect(review.trace.find((t) => t.rule === 'unit:ownSections')?.fact).toContain('行政复议');
    // Tasks no section owns are coordinated by the 办公室.
    expect(d.items.some((i) => allUnits(i).includes('办公室'))).toBe(true);
    expect(d.items.map((i) => i.label)).toEqual(d.items.map((_, n) => `${n + 1}.`));
  });

  it('lets the deriver choose which 股室 leads a task', () => {
    const justice = directory.find('441322-justice')!;
    const first = derivePlan(county, boluo, justice, directory).items[0]!;
    const chosen = directory.children(justice.id).find((s) => s.name === '普法与依法治理股')!;
    const d = derivePlan(county, boluo, justice, directory, { sections: { [first.sourceLabel]: [chosen.id] } });
    expect(allUnits(d.items[0]!)).toEqual(['普法与依法治理股']);
    expect(d.items[0]?.trace.find((t) => t.rule === 'unit:ownSections')?.fact).toContain('分解时指定');
  });
});

/**
 * The same, as a county does it: 博罗县's plan cascaded to its townships and streets in the
 * database — what each township's clerk then opens, numbered and assigned as stored.
 */
describe('cascading 博罗县 2022 to its townships and streets', () => {
  forEachDatabase((getDb) => {
    beforeAll(async () => {
      const handle = getDb();
      await seedOrgTree(handle, { provinces: ['44'] });
      const directory = createOrgDirectory(buildOrgTree(readDivisionData(), ['44']));
      const huizhou = planDraftFromJson(JSON.parse(readFileSync(fixture, 'utf8')) as PlanJson, 2022);
      const boluo = directory.find('441322') as Org;
      const county = derivationToDraft(derivePlan(huizhou, directory.find('441300') as Org, boluo, directory), huizhou);
      await cascadePlan(handle, { parent: county, rootOrgId: '441322', rootPlanId: 'plan-2022-441322', actor: 'test' });
    }, 300_000);

    it('writes 18 township plans numbered from 1, with no county unit, 政府各部门 or 政府公报 in them', async () => {
      const handle = getDb();
      const rows = await handle.query<{
        owner: string;
        division: string | null;
        label: string;
        text: string;
        units: Record<string, string[]>;
      }>(
        `SELECT p.owner_org_id AS owner, o.division_type AS division, i.label, i.text, i.units
           FROM plans p JOIN orgs o ON o.id = p.owner_org_id JOIN plan_items i ON i.plan_id = p.id
          WHERE p.parent_plan_id = 'plan-2022-441322' AND i.kind = 'task' ORDER BY p.owner_org_id, i.position`,
      );
      const byOwner = new Map<string, typeof rows>();
      for (const r of rows) byOwner.set(r.owner, [...(byOwner.get(r.owner) ?? []), r]);
      expect(byOwner.size).toBe(18);
      for (const [owner, items] of byOwner) {
        expect(items[0]?.label, owner).toBe('1.');
        for (const item of items) {
          const own = [...(item.units.lead ?? []), ...(item.units.responsible ?? [])];
          expect(
            own.filter((u) => u.startsWith('博罗县')),
            `${owner} ${item.label}`,
          ).toEqual([]);
          const all = [...own, ...(item.units.cooperate ?? [])];
          expect(all.filter((u) => /政府(各|其他|有关)部门/.test(u))).toEqual([]);
          if (item.division === '街道') expect(all.filter((u) => u.includes('政府'))).toEqual([]);
          expect(withoutQuotes(item.text)).not.toContain('政府公报');
        }
      }
    });

    it('assigns the townships’ tasks to their own 办（中心） in the ledger', async () => {
      const [row] = await getDb().query<{ offices: number; townships: number }>(
        `SELECT count(DISTINCT a.org_id)::int AS offices, count(DISTINCT o.parent_id)::int AS townships
           FROM assignments a JOIN orgs o ON o.id = a.org_id
          WHERE a.plan_id LIKE 'plan-2022-441322___' AND o.level = 'township' AND o.kind IN ('office', 'department')`,
      );
      expect(row?.townships).toBe(17); // every township and street; 罗浮山管理区 has no offices in the tree
      expect(row?.offices).toBeGreaterThan(17 * 5);
    });
  });
});
