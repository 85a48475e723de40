import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ImportError } from './import-error.ts';
import { importPlanText } from './import-plan-text.ts';
import { toImportJson } from './to-import-json.ts';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../tests/fixtures/import');
const read = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');

/**
 * The three seed documents against fixtures checked item by item against the documents:
 * every measure's label, path, units by role and deadline.
 */
describe.each([
  // 惠州: 53 numbered measures "1."–"53." under twelve task groups （一）–（十二）.
  ['huizhou-city-2022', 2022, 53],
  // 垫江: 55 numbered measures "1."–"55." in the task table under 一、–五、 and （二）–（十七）.
  ['dianjiang-county-2022', 2022, 55],
  // 贵溪: 20 leaf paragraphs （一）… under the five sections 一、–五、, each ending in its units.
  ['guixi-city-2021', 2021, 20],
] as const)('importing %s', (name, year, count) => {
  const draft = importPlanText(read(`seed/${name}.txt`), { year });
  const expected = JSON.parse(read(`${name}.expected.json`));
  const actual = toImportJson(draft);

  it(`finds all ${count} measures`, () => {
    expect(actual.items).toHaveLength(count);
  });

  it('reads the metadata', () => {
    const { items: _i, unplaced: _u, ...meta } = expected;
    const { items: _a, unplaced: _b, ...actualMeta } = actual;
    expect(actualMeta).toEqual(meta);
  });

  it('matches the fixture measure by measure', () => {
    for (const [i, item] of expected.items.entries()) {
      expect(actual.items[i], `measure ${item.label} (${i + 1} of ${count})`).toEqual(item);
    }
  });

  it('parses in well under a second (the benchmark reports the real figure)', () => {
    const text = read(`seed/${name}.txt`);
    const start = performance.now();
    importPlanText(text, { year });
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('seed document details a reader checks', () => {
  it('惠州: a run of measures shares the units and deadline printed once after it', () => {
    const items = importPlanText(read('seed/huizhou-city-2022.txt'), { year: 2022 }).items;
    const [m14, m16] = [items[13]!, items[15]!];
    expect(m14.units.lead.map((u) => u.text)).toEqual(['市卫生健康局', '市政务服务数据管理局']);
    expect(m16.units).toEqual(m14.units);
    expect(items[11]!.deadline).toMatchObject({ text: '2022年9月前', due: '2022-08-31' });
  });

  it('垫江: a broken row continues the cells above it (各乡镇 + (街道))', () => {
    const items = importPlanText(read('seed/dianjiang-county-2022.txt'), { year: 2022 }).items;
    const m47 = items[46]!;
    expect(m47.text).toContain('流。针对薄弱环节较多的单位');
    expect(m47.units.responsible.map((u) => u.text)).toEqual(['县政府各部门', '各乡镇（街道）']);
    expect(items[47]!.label).toBe('48.');
  });
});

describe('other layouts of the same family', () => {
  it('reads a markdown table whose cells hold several measures in <p> paragraphs', () => {
    const d = importPlanText(read('extra/district-markdown.md'), { year: 2022 });
    expect(d.title).toBe('惠城区2022年政务公开重点工作任务分工方案');
    expect(d.items.map((i) => i.label)).toEqual(['1.', '2.', '3.', '4.', '5.']);
    expect(d.items[1]!.units.lead.map((u) => u.text)).toEqual(['区政府办公室', '区司法局']);
    expect(d.items[3]!.deadline).toMatchObject({ kind: 'recurring' });
    // An empty cell means "same as above".
    expect(d.items[4]!.units.lead.map((u) => u.text)).toEqual(['区政府办公室']);
    expect(d.items[4]!.deadline).toMatchObject({ kind: 'relative', offset: { amount: 20, unit: 'workingDay' } });
  });

  it('reads a department plan in pipe-separated lines with 相关科(室)', () => {
    const d = importPlanText(read('extra/department-pipes.txt'), { year: 2022 });
    expect(d.items).toHaveLength(5);
    expect(d.items[0]!.path).toEqual(['一、', '1.']);
    expect(d.items[0]!.units.responsible[0]).toMatchObject({
      text: '相关科（室）',
      selector: { kind: 'relevantSections' },
    });
    expect(d.items[2]!.deadline.due).toBe('2023-01-31');
  });

  it('reads a tab-separated table with a number column, filling empty cells down', () => {
    const d = importPlanText(read('extra/county-tabs.txt'), { year: 2022 });
    expect(d.items.map((i) => i.deadline.due)).toEqual(['2022-08-31', '2022-08-31', '2022-12-30', '2022-12-30', null]);
    expect(d.items[4]!.deadline.kind).toBe('recurring');
    expect(d.items[3]!.units.responsible.map((u) => u.text)).toEqual(['各镇（街道）']);
  });
});

describe('bad input', () => {
  it('refuses an empty file and binary junk with a clear reason', () => {
    expect(() => importPlanText('   \n\n')).toThrow(ImportError);
    expect(() => importPlanText('')).toThrow('文件为空');
    const junk = String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256));
    expect(() => importPlanText(junk)).toThrow('文件不是文本');
  });

  it('refuses text without any numbered measure instead of returning an empty plan', () => {
    expect(() => importPlanText('这是一段普通的说明文字。\n没有编号。')).toThrow(
      expect.objectContaining({ reason: 'noMeasures' }),
    );
  });

  it('handles a 2 MB paste without hanging, reporting what it cannot place', () => {
    const block = `${read('seed/huizhou-city-2022.txt')}\n随手粘贴的无关文字，没有编号。\n`;
    const big = block.repeat(Math.ceil((2 * 1024 * 1024) / block.length));
    const start = performance.now();
    const d = importPlanText(big, { year: 2022 });
    expect(performance.now() - start).toBeLessThan(10_000);
    expect(d.items.length).toBeGreaterThan(53);
    expect(d.unplaced.some((u) => u.text.includes('无关文字'))).toBe(true);
  });
});
