import { readFileSync } from 'node:fs';
import { type DraftItem, type PlanDraft, parseDeadline, parseUnitsByRoleCells } from '@cascade/engine';
import { describe, expect, it } from 'vitest';
import { importPlanText } from '../import/import-plan-text.ts';
import { readDocx } from '../readers/read-docx.ts';
import { readXlsx } from '../readers/read-xlsx.ts';
import { exportPlanDocx } from './export-plan-docx.ts';
import { exportPlanXlsx } from './export-plan-xlsx.ts';
import { NOTHING } from './plan-task-table.ts';

const seed = (name: string) =>
  importPlanText(readFileSync(new URL(`../../../../tests/fixtures/import/seed/${name}.txt`, import.meta.url), 'utf8'));

/** What a reader of the plan sees of a measure; "—" in an empty deadline cell says the same as nothing. */
const measure = (item: DraftItem) => ({
  path: item.path,
  headings: item.headings,
  text: item.text,
  lead: item.units.lead.map((u) => u.text),
  responsible: item.units.responsible.map((u) => u.text),
  cooperate: item.units.cooperate.map((u) => u.text),
  deadline: {
    text: item.deadline.text === NOTHING ? '' : item.deadline.text,
    kind: item.deadline.kind,
    due: item.deadline.due,
  },
});

const context = { year: 2023, issuedOn: '2023-03-01' };
const item = (
  path: string[],
  headings: string[],
  text: string,
  units: { lead?: string; responsible?: string; cooperate?: string },
  deadline: string,
): DraftItem => ({
  label: path.at(-1) as string,
  path,
  headings,
  text,
  units: parseUnitsByRoleCells(units),
  deadline: parseDeadline(deadline, context),
  line: 0,
});

/** Three outline levels and a fourth under a numbered heading, 配合单位, units and deadlines that stop. */
const A = '以公开助力经济平稳健康发展';
const A1 = '加强政策解读';
const B = '以公开助力社会和谐稳定';
const B1 = '做好疫情防控信息公开';
const deepPlan: PlanDraft = {
  title: '某市2023年政务公开工作要点任务分工',
  docNumber: '某府办函〔2023〕12号',
  issuer: '某市人民政府办公室',
  issuedOn: '2023-03-01',
  year: 2023,
  basis: [{ title: '某省2023年政务公开工作要点', docNumber: '某府办〔2023〕3号' }],
  headings: [],
  items: [
    item(
      ['一、', '（一）', '1.'],
      [A, A1],
      '围绕稳经济一揽子政策开展解读。',
      { lead: '市政府办公室', responsible: '市直各单位，各县（区）人民政府', cooperate: '市委宣传部' },
      '2023年12月30日',
    ),
    item(
      ['一、', '（一）', '2.'],
      [A, A1],
      '公开重大建设项目清单及实施情况。',
      { lead: '市发展改革局', responsible: '市直有关单位按职能分工落实' },
      '2023年10月底前',
    ),
    item(
      ['一、', '（一）', '3.', '（1）'],
      [A, A1, '做好减税降费公开'],
      '开设专栏及时更新政策。',
      { responsible: '市税务局' },
      '长期',
    ),
    item(
      ['一、', '（一）', '3.', '（2）'],
      [A, A1, '做好减税降费公开'],
      '按季度公开退税进度|数据。',
      { responsible: '市税务局' },
      '每个季度',
    ),
    item(
      ['二、', '（二）', '4.'],
      [B, B1],
      '及时发布疫情防控信息。',
      { lead: '市卫生健康局', cooperate: '市直各单位' },
      '',
    ),
    item(
      ['二、', '（二）', '5.'],
      [B, B1],
      '收到申请后20个工作日内答复。',
      { responsible: '市政府办公室' },
      '20个工作日内',
    ),
  ],
  unplaced: [],
};

const viaDocx = async (plan: PlanDraft) => importPlanText(await readDocx(await exportPlanDocx(plan)));
const viaXlsx = async (plan: PlanDraft) => importPlanText(await readXlsx(await exportPlanXlsx(plan)));

describe.each([
  ['Word', viaDocx],
  ['Excel', viaXlsx],
])('a plan exported to %s and imported again', (_, roundTrip) => {
  it.each(['huizhou-city-2022', 'dianjiang-county-2022', 'guixi-city-2021'])(
    'keeps every measure of %s: labels, text, units by role, deadlines',
    async (name) => {
      const plan = seed(name);
      const back = await roundTrip(plan);
      expect(back.items.map(measure)).toEqual(plan.items.map(measure));
      expect(back).toMatchObject({ title: plan.title, year: plan.year });
    },
  );

  it('keeps deeper outlines, 配合单位, 按职能分工落实 and cells that say nothing', async () => {
    const back = await roundTrip(deepPlan);
    expect(back.items.map(measure)).toEqual(deepPlan.items.map(measure));
    expect(back.items[1]?.units.responsible[0]?.selector).toEqual(deepPlan.items[1]?.units.responsible[0]?.selector);
    expect(back.items[3]?.headings).toEqual([A, A1, '做好减税降费公开']);
    expect(back.title).toBe(deepPlan.title);
  });
});

it('the Word notice carries the plan’s 文号, issuer and date back to the importer', async () => {
  const plan = seed('huizhou-city-2022');
  const back = await viaDocx(plan);
  expect(back).toMatchObject({ docNumber: plan.docNumber, issuer: plan.issuer, issuedOn: plan.issuedOn });
});
