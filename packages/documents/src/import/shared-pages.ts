import type { Line } from './block.ts';

/**
 * A document copied from a document-sharing site (文库) or a PDF viewer that numbers its pages at
 * the start of each page's text: "1、镇2024年政务公开工作要点…做" / "2、好重点领域…关注" / "3、度高的…".
 * The numbers are the site's, not the outline's, and each page break falls wherever the page ended,
 * mid-sentence or mid-word.
 */

/** A page's worth of text: shorter lines before a "k、" are the items of a list. */
const PAGE_CHARS = 80;
/**
 * A line ending like this ended its sentence, introduced what follows or closed a note ("…落实)"):
 * no page break cut it. Nor did one cut a line ending in a labelled cell (责任单位：…, 完成时限：…),
 * the end of a list item written on one line.
 */
const ENDS_SENTENCE = /[。；;！!？?：:”’"'」』）)】\]》]$/;
const LABELLED_TAIL = /(?:单位|部门|科室|股室|处室|时限|时间|期限)\s*[:：][^。；;:：]{0,40}$/;
const breaksMidSentence = (page: string) => !ENDS_SENTENCE.test(page) && !LABELLED_TAIL.test(page);
const PAGE_NUMBER = /^\s*(\d{1,3})\s*、\s*/;

/** What a sharing site prints around the document: its blurb, its name. */
const SITE_MARKS = [
  /由会员分享/,
  /可在线阅读/,
  /更多相关《/,
  /页珍藏版/,
  /请在.{1,16}上搜索/,
  /原创力/,
  /道客巴巴/,
  /豆丁/,
  /[\u4e00-\u9fa5]{1,4}文库/,
  /book118|doc88|docin/i,
];

/**
 * A sharing site's blurb ("《….docx》由会员分享,可在线阅读,更多相关《…》请在优知文库上搜索。"): two of
 * its marks, so a plan's own line naming a 政策文库 is not one.
 */
export function isSharingSiteBlurb(text: string): boolean {
  return SITE_MARKS.filter((re) => re.test(text)).length >= 2;
}

/** A page's number, on a line of text: a table's row (cells split by tabs or |) is no page. */
const pageNumber = (text: string) =>
  /\t|(?<!\\)\|/.test(text) ? Number.NaN : Number(PAGE_NUMBER.exec(text)?.[1] ?? Number.NaN);
const pageText = (text: string) => text.replace(PAGE_NUMBER, '').trim();

/**
 * The runs of page lines: lines beginning 1、 2、 3、 … one after the other, where every line
 * before a "k、" (k ≥ 2) holds a page's worth of text and the page breaks inside a sentence — all
 * of them, or, under a sharing site's blurb, at least one (a page may end with its sentence).
 */
function pageRuns(filled: Line[], hasBlurb: () => boolean): Line[][] {
  const runs: Line[][] = [];
  for (let i = 0; i < filled.length; i++) {
    if (pageNumber((filled[i] as Line).text) !== 1) continue;
    const run = [filled[i] as Line];
    for (let j = i + 1; j < filled.length; j++) {
      const line = filled[j] as Line;
      if (pageNumber(line.text) !== run.length + 1) break;
      if (pageText((run.at(-1) as Line).text).length < PAGE_CHARS) break;
      run.push(line);
    }
    const breaks = run.slice(0, -1).map((l) => breaksMidSentence(pageText(l.text)));
    const midSentence = breaks.filter(Boolean).length;
    if (run.length >= 2 && (midSentence === breaks.length || (midSentence > 0 && hasBlurb()))) {
      runs.push(run);
      i += run.length - 1;
    }
  }
  return runs;
}

/**
 * Strips a sharing site's page numbers and joins its pages into the one text they were cut from,
 * without a separator (the break fell inside a word: "做" + "好重点领域"). The joined line keeps
 * the first page's number and records where each page began (`joined`). The site's blurb is
 * taken out of the text and returned as `site`, for the preamble. Text without such pages comes
 * back as it was: a list "1、…。" / "2、…。" is a list.
 */
export function joinSharedPages(lines: Line[]): { lines: Line[]; site: Line[] } {
  const filled = lines.filter((l) => l.text.trim());
  let blurb: Line[] | undefined;
  const blurbLines = () => {
    blurb ??= filled.filter((l) => isSharingSiteBlurb(l.text));
    return blurb;
  };
  const runs = pageRuns(filled, () => blurbLines().length > 0);
  if (!runs.length) return { lines, site: [] };
  const site = blurbLines();

  const joinedAt = new Map<number, Line>();
  const dropped = new Set<number>(site.map((l) => l.n));
  for (const run of runs) {
    let text = '';
    const joined: { at: number; n: number }[] = [];
    for (const page of run) {
      joined.push({ at: text.length, n: page.n });
      text += pageText(page.text);
      dropped.add(page.n);
    }
    joinedAt.set((run[0] as Line).n, { n: (run[0] as Line).n, text, joined });
  }
  const out: Line[] = [];
  for (const l of lines) {
    const joined = joinedAt.get(l.n);
    if (joined) out.push(joined);
    else if (!dropped.has(l.n)) out.push(l);
  }
  return { lines: out, site };
}

/** The source line of the text at `offset` in a line (the page it came from, when pages were joined). */
export function lineAt(line: Line, offset: number): number {
  return line.joined?.findLast((j) => j.at <= offset)?.n ?? line.n;
}
