import { describe, expect, it } from 'vitest';
import type { Line } from './block.ts';
import { labelNumber, splitInlineOutline } from './inline-outline.ts';

const pad = '做好相关信息公开工作，确保政策内涵透明、信号清晰。'.repeat(8);
const split = (...texts: string[]) => splitInlineOutline(texts.map((text, i) => ({ n: i + 1, text })));
const texts = (lines: Line[]) => lines.map((l) => l.text);
/** The parts, each by how it starts. */
const starts = (lines: Line[], prefixes: string[]) =>
  expect(texts(lines).map((t, i) => (t.startsWith(prefixes[i] ?? '') ? prefixes[i] : t))).toEqual(prefixes);

describe('an outline run together in one line (splitInlineOutline)', () => {
  it('cuts at the labels the outline expects: after a sentence, after a heading’s short title', () => {
    const line = `2024年全镇政务公开工作以…为指导。${pad}一、着眼稳定社会预期,加强政策解读(一)深入解读重要政策措施。1 .全面公开。${pad}2 .加强同步跟进解读。${pad}(二)`;
    expect(texts(split(line))).toEqual([
      `2024年全镇政务公开工作以…为指导。${pad}`,
      '一、着眼稳定社会预期,加强政策解读',
      '(一)深入解读重要政策措施。',
      `1 .全面公开。${pad}`,
      `2 .加强同步跟进解读。${pad}`,
      '(二)',
    ]);
  });

  it('goes back up a level: 二、 after 1. 2., then a new 1. under it', () => {
    const line = `一、总体要求。${pad}1.公开。${pad}2.解读。${pad}二、重点任务。1.回应关切。${pad}`;
    starts(split(line), ['一、总体要求。', '1.公开。', '2.解读。', '二、重点任务。', '1.回应关切。']);
  });

  it('cuts after a note closing a paragraph (…。〔牵头单位∶…〕（二）)', () => {
    const line = `（一）加强决策公开。${pad}〔牵头单位∶市政府办；责任单位∶各乡(镇、街道)〕（二）加强政策解读。${pad}`;
    starts(split(line), ['（一）加强决策公开。', '（二）加强政策解读。']);
  });

  it('keeps numbers that are not the next label, or not where a paragraph ends, as text', () => {
    const line = `1.做好公开。${pad}按照要求3.完成整改，投入1.5亿元。3.加强督查。${pad}其中：2.落实。2024.6完成`;
    expect(texts(split(line))).toEqual([line]);
  });

  it('follows the labels of the lines above: a long line goes on with their outline', () => {
    const lines = split('一、总体要求', '（一）公开', `1.公开目录。${pad}2.更新专栏。${pad}（二）解读。${pad}`);
    starts(lines, ['一、总体要求', '（一）公开', '1.公开目录。', '2.更新专栏。', '（二）解读。']);
  });

  it('leaves ordinary lines alone, however they are numbered', () => {
    const short = '1.公开目录。2.更新专栏。3.回应关切。';
    expect(texts(split(short))).toEqual([short]);
    const noOutline = `${pad}${pad}一是公开。二是解读。`;
    expect(texts(split(noOutline))).toEqual([noOutline]);
  });

  it('gives each part the line it starts on when pages were joined', () => {
    const text = `一、总体要求。${pad}1.公开。${pad}2.解读。${pad}`;
    const at = text.indexOf('解读。') - 2;
    const joined = [
      { at: 0, n: 3 },
      { at, n: 4 },
    ];
    const lines = splitInlineOutline([{ n: 3, text, joined }]);
    expect(lines.map((l) => l.n)).toEqual([3, 3, 4]);
  });
});

describe('hostile run-on lines', () => {
  it.each([
    ['a label after every closing bracket', `一、总体。1.开始。${'（牵头）2.'.repeat(250_000)}`],
    ['a label after every run of spaces', `一、总体。1.开始。${'     2.'.repeat(250_000)}`],
    ['an unclosed note after every sentence', `一、总体。1.开始。${'。〔牵头单位：'.repeat(200_000)}2.`],
    ['150,000 labels in sequence', `一、总体。${Array.from({ length: 150_000 }, (_, i) => `${i + 1}.做。`).join('')}`],
  ])('%s (about 1.5 MB) is read in linear time', (_, text) => {
    const start = performance.now();
    splitInlineOutline([{ n: 1, text }]);
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});

describe('labelNumber', () => {
  it.each([
    ['三、', 3],
    ['（十二）', 12],
    ['二十、', 20],
    ['7.', 7],
    ['（3）', 3],
    ['③', 3],
    ['第五条', 5],
  ])('%s counts %i', (label, n) => {
    expect(labelNumber(label)).toBe(n);
  });
});
