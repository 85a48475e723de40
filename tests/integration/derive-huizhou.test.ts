import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOrgTree, readDivisionData } from '@cascade/db';
import {
  createOrgDirectory,
  derivationToDraft,
  derivePlan,
  type Org,
  type PlanJson,
  planDraftFromJson,
  type Rule,
} from '@cascade/engine';
import { beforeAll, describe, expect, it } from 'vitest';

// The plan as the hand-checked import fixture states it, so derivation is tested on its own.
const fixture = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/import/huizhou-city-2022.expected.json',
);
const withoutQuotes = (t: string) => t.replace(/《[^》]*》|“[^”]*”/g, '');

/**
 * 惠州市's 2022 plan derived for its counties and, one level further, for a street of an urban
 * district — on the real org tree of 广东, as the derivation issue's acceptance asks.
 */
describe('deriving 惠州市 2022 for its subordinates', () => {
  const plan = planDraftFromJson(JSON.parse(readFileSync(fixture, 'utf8')) as PlanJson, 2022);
  let directory: ReturnType<typeof createOrgDirectory>;
  let huizhou: Org;
  let counties: Org[];
  beforeAll(() => {
    directory = createOrgDirectory(buildOrgTree(readDivisionData(), ['44']));
    huizhou = directory.find('441300')!;
    counties = directory.children('441300').filter((o) => o.kind === 'government');
  });

  it('includes every measure addressed to 各县(区)人民政府(管委会), for every county of 惠州', () => {
    const addressed = plan.items.filter((i) =>
      [...i.units.lead, ...i.units.responsible].some((u) => u.selector.kind === 'childGovernments'),
    );
    expect(counties.map((c) => c.name)).toEqual(
      expect.arrayContaining(['惠城区', '惠阳区', '博罗县', '惠东县', '龙门县']),
    );
    for (const county of counties) {
      const d = derivePlan(plan, huizhou, county, directory);
      expect(
        d.items.map((i) => i.sourceLabel),
        county.name,
      ).toEqual(expect.arrayContaining(addressed.map((i) => i.label)));
      expect(d.items.length + d.excluded.length).toBe(plan.items.length);
      for (const e of d.excluded) expect(e.reason).not.toBe('');
    }
  });

  it('博罗县: no 全市 or 市直 outside quoted titles, counterparts by function, due dates no later, a trace on every item', () => {
    const boluo = directory.find('441322')!;
    const d = derivePlan(plan, huizhou, boluo, directory);
    for (const item of d.items) {
      expect(withoutQuotes(item.text), item.label).not.toMatch(/全市|市直/);
      expect(item.trace.length, item.label).toBeGreaterThan(0);
      const parent = plan.items.find((p) => p.label === item.sourceLabel)!;
      if (parent.deadline.due && item.deadline.due) expect(item.deadline.due <= parent.deadline.due).toBe(true);
    }
    const m14 = d.items.find((i) => i.sourceLabel === '14.')!;
    expect(m14.units.lead).toEqual(['博罗县卫生健康局', '博罗县政务服务数据管理局']);
    expect(m14.trace.some((t) => t.rule === 'counterpart:health' && t.from === '市卫生健康局')).toBe(true);
    expect(d.excluded.map((e) => e.sourceLabel)).toEqual(['1.', '2.']);
  });

  it('a street without villages reads 村 wording as 社区 wording', () => {
    const street = directory
      .children('441302') // 惠城区
      .find((o) => o.level === 'township' && o.divisionType === '街道' && o.hasCommunities && !o.hasVillages)!;
    expect(street).toBeDefined();
    const huicheng = directory.find('441302')!;
    // The street derives from the district's own derived plan, one level further down.
    const district = derivePlan(plan, huizhou, huicheng, directory);
    const d = derivePlan(derivationToDraft(district, plan), huicheng, street, directory);
    expect(d.items.length).toBeGreaterThan(40);
    // The district numbers its plan as its own: the city's 6. has the district's number there.
    const inDistrict = district.items.find((i) => i.sourceLabel === '6.')!;
    const m6 = d.items.find((i) => i.sourceLabel === inDistrict.label)!;
    expect(m6.text).toContain('以社区为单位');
    expect(m6.text).toContain('居务公开栏');
    expect(m6.text).not.toContain('以村为单位');
    expect(m6.trace.some((t) => t.rule === 'localize:villageToCommunity')).toBe(true);
  });

  it('a city department derives its own plan: the tasks naming it or all departments, in the city’s words', () => {
    const justice = directory.find('441300-justice')!;
    const d = derivePlan(plan, huizhou, justice, directory);
    expect(d.items.length + d.excluded.length).toBe(plan.items.length);
    for (const parent of plan.items) {
      const refs = [...parent.units.lead, ...parent.units.responsible, ...parent.units.cooperate];
      const names = refs.some(
        (u) => u.text === '市司法局' || u.selector.kind === 'departments' || u.selector.kind === 'allUnits',
      );
      const derived = d.items.find((i) => i.sourceLabel === parent.label);
      expect(Boolean(derived), `${parent.label} ${refs.map((u) => u.text).join('、')}`).toBe(names);
      if (!derived) continue;
      // Same government, same words: nothing is rewritten to 全县, and the department names itself.
      expect(derived.text).toBe(parent.text);
      expect([...derived.units.lead, ...derived.units.responsible, ...derived.units.cooperate]).toContain(
        '惠州市司法局',
      );
    }
    // A task only for the counties is not the department's: it says why.
    const m3 = d.excluded.find((e) => e.sourceLabel === '3.');
    expect(m3?.reason).toContain('未点名惠州市司法局');
  });

  it('a county department derives from its county’s plan; a county government is never reached as a department', () => {
    const boluo = directory.find('441322')!;
    const county = derivationToDraft(derivePlan(plan, huizhou, boluo, directory), plan);
    const health = directory.find('441322-health')!;
    const d = derivePlan(county, boluo, health, directory);
    const m14 = d.items.find((i) => i.sourceLabel === '14.')!;
    expect(m14.units.lead).toContain('博罗县卫生健康局');
    expect(m14.trace.some((t) => t.rule === 'unit:addressedToSelf')).toBe(true);
    // Straight from the city's plan, only the city's health tasks reach it, by counterpart.
    const fromCity = derivePlan(plan, huizhou, health, directory);
    expect(fromCity.items.map((i) => i.sourceLabel)).toContain('14.');
    for (const item of fromCity.items)
      expect(item.trace.find((t) => t.field === 'inclusion')?.fact, item.label).toMatch(
        /属于(牵头|责任|配合)单位“(市)?卫生健康局”/,
      );
  });

  it('a deadline rule moves a child due date N working days earlier, citing its clause', () => {
    const rule: Rule = {
      id: 'deadline:fiveDaysEarly',
      kind: 'deadline',
      name: '县级完成时限提前5个工作日',
      conditions: { all: [{ fact: 'level', operator: 'equal', value: 'county' }] },
      event: { type: 'deadlineBefore', params: { workingDays: 5 } },
      cites: { docNumber: '惠府办函〔2022〕68号', item: '52.' },
    };
    const d = derivePlan(plan, huizhou, directory.find('441322')!, directory, { rules: [rule] });
    const m3 = d.items.find((i) => i.sourceLabel === '3.')!;
    expect(m3.deadline.due).toBe('2022-12-26'); // 12-31 is a Saturday: 30, 29, 28, 27, 26
    expect(m3.trace.find((t) => t.field === 'deadline')).toMatchObject({
      rule: 'deadline:fiveDaysEarly',
      cites: '惠府办函〔2022〕68号 52.',
    });
  });
  it('a template rule excludes items named by id even after the outline renumbers them, or by their label', () => {
    const [first, second] = plan.items.filter((i) =>
      i.units.responsible.some((u) => u.selector.kind === 'childGovernments'),
    );
    const rule: Rule = {
      id: 'template:notForCounties',
      kind: 'applicability',
      name: '县级不承接',
      conditions: { all: [{ fact: 'level', operator: 'equal', value: 'county' }] },
      event: { type: 'exclude', params: { items: ['item-moved', second!.label] } },
    };
    // The item named by id now carries another number, as after a move in the outline editor.
    const renumbered = {
      ...plan,
      items: plan.items.map((i) => (i === first ? { ...i, id: 'item-moved', label: '99.' } : i)),
    };
    const boluo = derivePlan(renumbered, huizhou, directory.find('441322')!, directory, { rules: [rule] });
    // Named by the rule's own name, never its id.
    const excluded = boluo.excluded.filter((e) => e.reason.includes('规则“县级不承接”排除此项'));
    for (const e of excluded) expect(e.reason).not.toContain('template:notForCounties');
    expect(excluded.map((e) => e.sourceLabel)).toEqual(expect.arrayContaining(['99.', second!.label]));
    expect(boluo.items.map((i) => i.sourceLabel)).not.toContain('99.');
  });
  it("an item's own rules decide who inherits it and how its text reads there, each with its trace", () => {
    const source = plan.items.find((i) => i.units.responsible.some((u) => u.selector.kind === 'childGovernments'))!;
    const districtsOnly: Rule = {
      id: 'item:districtsOnly',
      kind: 'applicability',
      name: '仅市辖区承接',
      conditions: { all: [{ fact: 'divisionType', operator: 'equal', value: '区' }] },
      event: { type: 'include' },
    };
    const wording: Rule = {
      id: 'item:wording',
      kind: 'localization',
      name: '区级用语',
      conditions: { any: [{ fact: 'divisionType', operator: 'equal', value: '区' }] },
      event: { type: 'substitute', params: { pairs: [[source.text.slice(0, 4), '【本区】']] } },
    };
    const withRules = {
      ...plan,
      items: plan.items.map((i) => (i === source ? { ...i, rules: [districtsOnly, wording] } : i)),
    };
    const boluo = derivePlan(withRules, huizhou, directory.find('441322')!, directory);
    const fromSource = (i: { sourcePath?: string[]; path: string[] }) =>
      (i.sourcePath ?? i.path).join() === source.path.join();
    expect(boluo.items.some((i) => i.sourceLabel === source.label && fromSource(i))).toBe(false);
    expect(boluo.excluded.find((e) => e.sourceLabel === source.label)?.reason).toContain(
      '不满足承接条件“仅市辖区承接”',
    );
    const huicheng = derivePlan(withRules, huizhou, directory.find('441302')!, directory);
    const item = huicheng.items.find(fromSource)!;
    expect(item.text.startsWith('【本区】')).toBe(true);
    expect(item.trace.map((t) => t.rule)).toEqual(expect.arrayContaining(['item:districtsOnly', 'item:wording']));
    // Other items are untouched by this item's rules.
    expect(huicheng.items.filter((i) => i.text.startsWith('【本区】'))).toHaveLength(1);
  });
});
