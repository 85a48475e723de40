import { describe, expect, it } from 'vitest';
import type { Line } from './block.ts';
import { isSharingSiteBlurb, joinSharedPages, lineAt } from './shared-pages.ts';

const linesOf = (text: string): Line[] => text.split('\n').map((t, i) => ({ n: i + 1, text: t }));
const texts = (lines: Line[]) => lines.map((l) => l.text);

/** A page's worth of one sentence, cut where the page ends. */
const page = (start: string, end: string) => `${start}${'按照要求做好政务公开相关工作，'.repeat(6)}${end}`;

const BLURB =
  '《镇2024年政务公开工作要点.docx》由会员分享,可在线阅读,更多相关《镇2024年政务公开工作要点.docx(4页珍藏版)》请在优知文库上搜索。';

describe('a document-sharing site’s pages (joinSharedPages)', () => {
  it('strips the page numbers and joins the pages where they broke, the blurb set aside', () => {
    const text = [
      '镇2024年政务公开工作要点.docx',
      BLURB,
      `1、${page('一、加强政策解读。', '做')}`,
      `2、${page('好重点领域信息公开。', '关注')}`,
      '3、度高的内容要持续跟进解读。',
    ].join('\n');
    const { lines, site } = joinSharedPages(linesOf(text));
    expect(texts(site)).toEqual([BLURB]);
    expect(lines.map((l) => l.n)).toEqual([1, 3]);
    const joined = lines[1] as Line;
    expect(joined.text.startsWith('一、加强政策解读。')).toBe(true);
    expect(joined.text).toContain('做好重点领域信息公开。');
    expect(joined.text).toContain('关注度高的内容');
    expect(joined.text).not.toMatch(/[23]、/);
    // Text keeps the line of the page it came from.
    expect(lineAt(joined, 0)).toBe(3);
    expect(lineAt(joined, joined.text.indexOf('好重点领域'))).toBe(4);
    expect(lineAt(joined, joined.text.indexOf('度高的'))).toBe(5);
  });

  it('needs no blurb when every page breaks inside a sentence (a PDF copy), blank lines between', () => {
    const text = [`1、${page('前言', '推进')}`, '', `2、${page('政务', '建立')}`, '', '3、健全机制。'].join('\n');
    const { lines } = joinSharedPages(linesOf(text));
    expect(lines.filter((l) => l.text.trim()).map((l) => l.n)).toEqual([1]);
    expect(lines[0]?.text).toContain('推进政务');
  });

  it('under a blurb, a page may end with its sentence', () => {
    const text = [BLURB, `1、${page('一、', '做')}`, `2、${page('好工作', '。')}`, '3、三、完善制度。'].join('\n');
    expect(joinSharedPages(linesOf(text)).lines).toHaveLength(1);
  });

  it('leaves a numbered list alone: items that end their sentences', () => {
    const text = [`1、${page('加强', '。')}`, `2、${page('完善', '。')}`, `3、${page('推进', '。')}`].join('\n');
    const lines = linesOf(text);
    expect(joinSharedPages(lines)).toEqual({ lines, site: [] });
  });

  it('leaves a list alone whose items are short, or end in a note or a labelled cell', () => {
    for (const text of [
      '1、加强组织领导\n2、强化督促检查\n3、严格考核问效',
      `1、${page('公开', '（县政府办牵头）')}\n2、${page('解读', '（各乡镇落实）')}\n3、回应。`,
      `1、${page('公开', '完成时限：2022年12月底前')}\n2、${page('解读', '责任单位：县政府办')}\n3、回应。`,
    ]) {
      const lines = linesOf(text);
      expect(joinSharedPages(lines).lines).toEqual(lines);
    }
  });

  it('needs the numbers in order from 1, each on a line of text (not a table row)', () => {
    for (const text of [
      `1、${page('公开', '做')}\n3、${page('好', '做')}`,
      `2、${page('公开', '做')}\n3、${page('好', '做')}`,
      `1、${page('公开', '做')}\t县政府办\n2、${page('好', '做')}\t县政府办`,
      `1、${page('公开', '做')}`,
    ]) {
      const lines = linesOf(text);
      expect(joinSharedPages(lines).lines).toEqual(lines);
    }
  });

  it('knows a sharing site’s blurb by two of its marks, not a plan line naming a 文库', () => {
    expect(isSharingSiteBlurb(BLURB)).toBe(true);
    expect(isSharingSiteBlurb('本文档由会员分享，可在线阅读')).toBe(true);
    expect(isSharingSiteBlurb('（三）建设政策文库，集中公开现行有效的规范性文件。')).toBe(false);
  });
});
