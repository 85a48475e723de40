import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importPlanText } from './import-plan-text.ts';
import { toImportJson } from './to-import-json.ts';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../tests/fixtures/import');
const read = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');
const unitTexts = (refs: { text: string }[]) => refs.map((u) => u.text);

type Expected = ReturnType<typeof toImportJson>;

/** The fixtures hold what was read; warnings and the summary follow from it and are tested apart. */
function asRead(json: Expected) {
  const { summary: _s, ...rest } = json;
  return { ...rest, items: json.items.map(({ warnings: _w, ...item }) => item) };
}

/** Compares metadata, then every measure by its label, so a failure names the measure. */
function expectMatchesFixture(text: string, expectedJson: Expected, year: number) {
  const actual = asRead(toImportJson(importPlanText(text, { year })));
  const expected = asRead(expectedJson);
  const { items: _e, ...meta } = expected;
  const { items: _a, ...actualMeta } = actual;
  expect(actualMeta, 'title, 文号, issuer, date, year, basis, unplaced').toEqual(meta);
  for (const [i, item] of expected.items.entries()) {
    expect(actual.items[i], `measure ${item.path.join('')} (${i + 1} of ${expected.items.length})`).toEqual(item);
  }
  expect(actual.items.map((i) => i.label)).toEqual(expected.items.map((i) => i.label));
}

/**
 * The three seed documents against fixtures written by reading them measure by measure: label,
 * path, text, units by role and deadline of every measure.
 */
describe.each([
  ['huizhou-city-2022', 2022, 53, '惠州 has 53 numbered measures "1."–"53." under twelve task groups （一）–（十二）'],
  ['dianjiang-county-2022', 2022, 55, '垫江 has 55 numbered measures "1."–"55." in its table under 一、–五、'],
  ['guixi-city-2021', 2021, 20, '贵溪 has 20 leaf paragraphs （一）… under five sections 一、–五、'],
] as const)('importing the seed document %s', (name, year, count, what) => {
  const text = read(`seed/${name}.txt`);

  it(what, () => {
    expect(importPlanText(text, { year }).items).toHaveLength(count);
  });

  it('matches the hand-checked fixture measure by measure', () => {
    expectMatchesFixture(text, JSON.parse(read(`${name}.expected.json`)), year);
  });

  it('parses fast (a smoke bound; the benchmark reports the real figure)', () => {
    importPlanText(text, { year });
    const start = performance.now();
    importPlanText(text, { year });
    expect(performance.now() - start).toBeLessThan(250);
  });
});

describe('other documents of the family (tests/fixtures/import/extra)', () => {
  const docs = readdirSync(path.join(fixtures, 'extra')).filter((f) => !f.endsWith('.json'));

  it.each(docs)('%s matches its fixture', (file) => {
    const expected = JSON.parse(read(`extra/${file.replace(/\.[^.]+$/, '')}.expected.json`)) as Expected;
    expectMatchesFixture(read(`extra/${file}`), expected, expected.year);
  });

  it('detects each layout: markdown, tab, pipe tables and paragraphs', () => {
    const layout = (file: string) => importPlanText(read(`extra/${file}`), { year: 2022 }).layout;
    expect(layout('district-markdown.md')).toBe('markdownTable');
    expect(layout('city-markdown-numbered.md')).toBe('markdownTable');
    expect(layout('county-tabs.txt')).toBe('tabTable');
    expect(layout('department-pipes.txt')).toBe('pipeTable');
    expect(layout('township-prose-variants.txt')).toBe('paragraphs');
  });
});

describe('what a reviewer checks in the seed documents', () => {
  it('惠州: a run of measures shares the units and deadline printed once after it', () => {
    const items = importPlanText(read('seed/huizhou-city-2022.txt'), { year: 2022 }).items;
    const [m14, m16] = [items[13]!, items[15]!];
    expect(unitTexts(m14.units.lead)).toEqual(['市卫生健康局', '市政务服务数据管理局']);
    expect(m16.units).toEqual(m14.units);
    expect(items[11]!.deadline).toMatchObject({ text: '2022年9月前', due: '2022-08-31' });
  });

  it('惠州: measure 37, last of its group, takes the units printed after 38–40 (the run it belongs to)', () => {
    const items = importPlanText(read('seed/huizhou-city-2022.txt'), { year: 2022 }).items;
    expect(items[36]!.path).toEqual(['（十）', '37.']);
    expect(items[36]!.units).toEqual(items[37]!.units);
    expect(unitTexts(items[35]!.units.responsible)).toContain('市政府办公室');
  });

  it('惠州: the notice, web-page fields and table header are preamble, not measures', () => {
    const draft = importPlanText(read('seed/huizhou-city-2022.txt'), { year: 2022 });
    const preamble = draft.preamble!.map((p) => p.text);
    expect(preamble).toContain('索 引 号: 11441300007187648G/2022-00195');
    expect(preamble).toEqual(expect.arrayContaining(['工作任务', '具体措施', '责任单位', '完成时限']));
    expect(draft.unplaced).toEqual([]);
    expect(draft.headings).toHaveLength(12);
  });

  it("垫江: the notice's own 一、二、三、四、 requirements stay preamble", () => {
    const draft = importPlanText(read('seed/dianjiang-county-2022.txt'), { year: 2022 });
    expect(draft.preamble!.some((p) => p.text.startsWith('一、高度重视'))).toBe(true);
    expect(draft.items[0]!.path).toEqual(['一、', '1.']);
    expect(draft.headings.find((h) => h.label === '（三）')?.title).toBe('加强涉及扩大有效投资的信息公开');
  });

  it('垫江: broken rows continue the row above (47 "…研讨交" + "流。…", 各乡镇 + "(街道)", 30 + "人。")', () => {
    const items = importPlanText(read('seed/dianjiang-county-2022.txt'), { year: 2022 }).items;
    const m47 = items[46]!;
    expect(m47.text).toContain('研讨交流。针对薄弱环节较多的单位');
    expect(unitTexts(m47.units.responsible)).toEqual(['县政府各部门', '各乡镇（街道）']);
    expect(items[47]!.label).toBe('48.');
    expect(items[29]!.text.endsWith('主动回复咨询人。')).toBe(true);
  });

  it('贵溪: the introduction is preamble and the closing requirement is closing, not unplaced', () => {
    const draft = importPlanText(read('seed/guixi-city-2021.txt'), { year: 2021 });
    expect(draft.preamble!.some((p) => p.line === 9)).toBe(true);
    expect(draft.closing).toEqual([{ line: 35, text: expect.stringContaining('各单位、各部门要将本要点落实情况') }]);
    expect(draft.unplaced).toEqual([]);
    expect(draft.items[0]!.text).not.toContain('牵头单位');
  });

  it('takes the year from the title when none is given', () => {
    expect(importPlanText(read('seed/guixi-city-2021.txt')).year).toBe(2021);
    expect(importPlanText(read('seed/huizhou-city-2022.txt')).year).toBe(2022);
  });

  it("dates a document that names no year by the importer's clock, and refuses it without one", () => {
    const undated = '序号\t工作任务\t责任单位\t完成时限\n1\t更新政府信息公开指南\t县司法局\t6月底前\n';
    const draft = importPlanText(undated, { thisYear: 2022 });
    expect(draft.year).toBe(2022);
    expect(draft.items[0]?.deadline?.due).toBe('2022-06-30');
    // The year the title names wins over the clock's.
    expect(importPlanText(read('seed/guixi-city-2021.txt'), { thisYear: 2030 }).year).toBe(2021);
    expect(() => importPlanText(undated, { fileName: '要点.txt' })).toThrow(/没有写明计划年度.*要点\.txt/);
  });

  it('reports a stray paragraph between measures as unplaced, with its line', () => {
    const text = read('seed/huizhou-city-2022.txt').replace(
      '(二)推进政务公开标准化基础建设',
      '这里混入了一段无关的说明文字。\n\n(二)推进政务公开标准化基础建设',
    );
    const draft = importPlanText(text, { year: 2022 });
    expect(draft.unplaced).toEqual([{ line: 64, text: '这里混入了一段无关的说明文字。' }]);
    expect(draft.items).toHaveLength(53);
  });
});

/** Rewrites a tab table into markdown, with the separator under its first row. */
function tabsToMarkdown(text: string): string {
  let header = true;
  return text
    .split('\n')
    .map((line) => {
      if (!line.includes('\t')) return line;
      const row = `| ${line.split('\t').join(' | ')} |`;
      if (!header) return row;
      header = false;
      return `${row}\n|---|---|---|---|---|`;
    })
    .join('\n');
}

describe('the same seed document in other clothes gives the same measures', () => {
  const huizhou = read('seed/huizhou-city-2022.txt');
  const dianjiang = read('seed/dianjiang-county-2022.txt');
  const guixi = read('seed/guixi-city-2021.txt');
  const fixture = (name: string) => JSON.parse(read(`${name}.expected.json`)) as Expected;

  it.each([
    ['惠州 with Windows line ends', huizhou.replace(/\n/g, '\r\n')],
    ['惠州 without blank lines between cells', huizhou.replace(/\n\s*\n/g, '\n')],
    ['惠州 numbered with full-width dots (34．)', huizhou.replace(/^(\d+)\./gm, '$1．')],
  ])('%s', (_, text) => {
    expectMatchesFixture(text, fixture('huizhou-city-2022'), 2022);
  });

  it.each([
    ['垫江 as a markdown table', tabsToMarkdown(dianjiang)],
    ['垫江 as pipe-separated lines', dianjiang.replace(/\t/g, ' | ')],
  ])('%s', (_, text) => {
    expectMatchesFixture(text, fixture('dianjiang-county-2022'), 2022);
  });

  it('贵溪 without its title line takes the title from the notice (现将《…》)', () => {
    const text = guixi.replace('2021年贵溪市政务公开工作要点\n2021年是', '2021年是');
    expectMatchesFixture(text, fixture('guixi-city-2021'), 2021);
  });

  /**
   * 贵溪 with its paragraph breaks lost, from the notice to the closing requirement: as one line (a
   * PDF copied as one run) and as a document-sharing site shows it — its file name, its blurb, and
   * pages of 300 characters numbered 1、2、… cut wherever they end. The outline is found again in
   * the run; the closing requirement after the last measure's 〔…〕 is reported, on the line it is on.
   */
  const run = guixi.split('\n').slice(2).join('');
  const pages = Array.from({ length: Math.ceil(run.length / 300) }, (_, i) => run.slice(i * 300, i * 300 + 300));
  const shared = [
    '2021年贵溪市政务公开工作要点.docx',
    '《2021年贵溪市政务公开工作要点.docx》由会员分享,可在线阅读,更多相关《2021年贵溪市政务公开工作要点.docx(6页珍藏版)》请在人人文库网上搜索。',
    ...pages.map((page, i) => `${i + 1}、${page}`),
  ].join('\n');

  it.each([
    ['贵溪 as one run-on line', run],
    ['贵溪 copied from a document-sharing site', shared],
  ])('%s', (_, text) => {
    const plan = importPlanText(text, { year: 2021 });
    const expected = asRead(fixture('guixi-city-2021'));
    expect(plan.title).toBe(expected.title);
    expect(asRead(toImportJson(plan)).items).toEqual(expected.items);
    const reported = [...plan.unplaced, ...(plan.closing ?? [])].map((u) => u.text);
    expect(reported).toEqual([expect.stringContaining('各单位、各部门要将本要点落实情况')]);
  });

  it('a sharing site’s copy: its blurb is preamble, each measure keeps the page it starts on', () => {
    const draft = importPlanText(shared, { year: 2021 });
    expect(draft.preamble?.find((p) => p.line === 2)?.text).toContain('由会员分享');
    const pageOf = (text: string) => 3 + pages.findIndex((page) => page.includes(text));
    for (const item of draft.items.slice(0, 5)) expect(item.line).toBe(pageOf(item.text.slice(0, 6)));
  });
});

describe('web-copy noise around labels', () => {
  it('a zero-width space or &nbsp; before "1." does not hide the measure', () => {
    const draft = importPlanText(
      '某县2022年政务公开工作要点\n一、公开\n\u200b1.公开目录。\n县政府办公室\n&nbsp;2.更新专栏。\n县政府办公室',
      {
        year: 2022,
      },
    );
    expect(draft.items.map((i) => i.path.join(''))).toEqual(['一、1.', '一、2.']);
  });
});

describe('a label without text', () => {
  it('numbers nothing where a fragment stops: no measure, reported with its line', () => {
    const draft = importPlanText('某镇2024年政务公开工作要点\n一、公开\n1.公开目录。\n2.更新专栏。\n二、', {
      year: 2024,
    });
    expect(draft.items.map((i) => i.path.join(''))).toEqual(['一、1.', '一、2.']);
    expect(draft.unplaced).toEqual([{ line: 5, text: '二、' }]);
  });

  it('takes its text from the next line when the copy broke it there', () => {
    const draft = importPlanText('某镇2024年政务公开工作要点\n一、公开\n1.\n公开目录。\n2.更新专栏。', { year: 2024 });
    expect(draft.items.map((i) => `${i.label}${i.text}`)).toEqual(['1.公开目录。', '2.更新专栏。']);
    expect(draft.unplaced).toEqual([]);
  });
});

describe('numbering of any width', () => {
  const measures = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, k) => line(k + 1));

  it('imports all 1,002 measures of a long paste, the last three included', () => {
    const text = [
      '某市2022年政务公开工作要点',
      '一、总体要求',
      ...measures(1002, (i) => `${i}.第${i}项措施，做好相关工作。（牵头单位：市政府办公室；完成时限：2022年底前）`),
    ].join('\n');
    const draft = importPlanText(text, { year: 2022 });
    expect(draft.items).toHaveLength(1002);
    expect(draft.items.slice(-3).map((i) => i.label)).toEqual(['1000.', '1001.', '1002.']);
    expect(draft.unplaced).toEqual([]);
  });

  it('numbers 1,002 table rows from their 序号 cells', () => {
    const text = [
      '某市2022年政务公开工作任务清单',
      '序号\t具体措施\t责任单位\t完成时限',
      ...measures(1002, (i) => `${i}\t措施${i}：做好相关工作。\t市政府办公室\t2022年底前`),
    ].join('\n');
    const items = importPlanText(text, { year: 2022 }).items;
    expect(items).toHaveLength(1002);
    expect(items.at(-1)?.label).toBe('1002.');
    expect(items.at(-1)?.units.responsible.map((u) => u.text)).toEqual(['市政府办公室']);
  });
});
