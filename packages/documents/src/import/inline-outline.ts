import { ROLE_LABEL } from '@cascade/engine';
import type { Line } from './block.ts';
import { type OutlineLabel, readOutlineLabel } from './outline-label.ts';
import { lineAt } from './shared-pages.ts';

/**
 * A plan whose paragraph breaks were lost (a document-sharing site's copy, a PDF copied as one
 * run of text) holds its whole outline in one line: "…获得感。一、着眼稳定社会预期…关切(一)深入解读
 * 重要政策措施。1 .全面公开…。2 .加强同步跟进解读…。(二)". This cuts such a line at its labels again.
 *
 * A label inside the line is a cut when it is what the outline expects next — the next number of
 * its level (一、→二、, （一）→（二）, 1.→2.) or the first of a deeper level — and stands where a
 * paragraph may end: after a finished sentence (。；！？, or the note in brackets after one, 〔牵头
 * 单位∶…〕) or after a heading's short title (no sentence in it, at most HEADING_CHARS). Numbers inside a sentence ("按照…1.5亿元", "一是") and
 * labels out of sequence stay text.
 */

/** Only a line this long can hold paragraphs run together; an ordinary paragraph is read as written. */
const LONG_LINE = 200;
/** A heading's title: 着眼稳定社会预期,加强政策解读和回应关切. */
const HEADING_CHARS = 40;
const LABEL_CHARS = 24;

/** Where a label may start: not inside a number ("2024.") or a longer numeral ("二十一、"). */
const LABEL_START =
  /(?<![\d０-９一二三四五六七八九十百零〇第])(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,3})\s*[）)]|[\d０-９]{1,4}\s*[.．、)）]|[①-⑳]|第[一二三四五六七八九十百零〇\d]{1,5}条)/g;
const ENDS_SENTENCE = /[。；;！!？?]/;
const OPENS = '〔【（(';
const CLOSES = '〕】）)';
/** How far back a note's opening bracket may be: a list of units. */
const NOTE_CHARS = 200;

/**
 * Whether text up to `at` ends a paragraph: a finished sentence, or the note in brackets after
 * one (…。〔牵头单位∶…〕, …。（责任单位：…）), its opening bracket found by walking back.
 */
function endsParagraph(text: string, from: number, at: number): boolean {
  let i = at - 1;
  while (i >= from && /\s/.test(text[i] as string)) i--;
  if (i < from) return false;
  if (ENDS_SENTENCE.test(text[i] as string)) return true;
  if (!CLOSES.includes(text[i] as string)) return false;
  let depth = 0;
  for (let j = i; j >= Math.max(from, i - NOTE_CHARS); j--) {
    const c = text[j] as string;
    if (CLOSES.includes(c)) depth++;
    else if (OPENS.includes(c) && --depth === 0) {
      let k = j - 1;
      while (k >= from && /\s/.test(text[k] as string)) k--;
      return k >= from && ENDS_SENTENCE.test(text[k] as string);
    }
  }
  return false;
}

/** A note of units in 〔〕 or 【】 closes its paragraph (贵溪: "…。〔牵头单位∶…；责任单位∶…〕"). */
const CLOSING_NOTE = new RegExp(`[〔【]\\s*${ROLE_LABEL}\\s*[∶:：][^〔〕【】]{0,200}[〕】][\\s。；;.]*`, 'g');

const CN_DIGIT = '零一二三四五六七八九';

/** 一 … 九十九. */
function chineseNumber(text: string): number | null {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || !text) return null;
  const digit = (c: string | undefined) => (c ? CN_DIGIT.indexOf(c) : 0);
  if (!m[2]) return m[3] ? null : digit(m[1]);
  return (m[1] ? digit(m[1]) : 1) * 10 + digit(m[3]);
}

/** The number a label counts: 3 for 三、, （三）, 3., （3）, ③, 第三条. */
export function labelNumber(label: string): number | null {
  const ascii = label.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const digits = /\d+/.exec(ascii)?.[0];
  if (digits) return Number(digits);
  const circled = /[①-⑳]/.exec(label)?.[0];
  if (circled) return circled.charCodeAt(0) - 0x245f;
  const cn = /[一二三四五六七八九十]+/.exec(label)?.[0];
  return cn ? chineseNumber(cn) : null;
}

/** The outline read so far: the last number of each level and the level last numbered. */
class OutlineState {
  private readonly last = new Map<number, number>();
  private level = 0;

  /** Whether a label is what the outline expects next. */
  expects(label: OutlineLabel): boolean {
    const n = labelNumber(label.label);
    if (n === null) return false;
    const last = this.last.get(label.level);
    return (last !== undefined && n === last + 1) || (n === 1 && label.level > this.level);
  }

  take(label: OutlineLabel): void {
    const n = labelNumber(label.label);
    for (const level of [...this.last.keys()]) if (level > label.level) this.last.delete(level);
    if (n === null) this.last.delete(label.level);
    else this.last.set(label.level, n);
    this.level = label.level;
  }
}

/** The cuts in one long line: offsets where a label the outline expects begins a paragraph. */
function cutsIn(text: string, state: OutlineState): number[] {
  const cuts: number[] = [];
  const first = readOutlineLabel(text);
  /** Where the current paragraph began, and whether it began with a label (a heading may). */
  let from = 0;
  let labelled = first !== null;
  for (const m of text.matchAll(LABEL_START)) {
    const at = m.index ?? 0;
    if (at <= from) continue;
    const label = readOutlineLabel(text.slice(at, at + LABEL_CHARS));
    if (!label || !state.expects(label)) continue;
    const paragraph = at - from <= HEADING_CHARS + LABEL_CHARS ? text.slice(from, at) : null;
    const title = labelled && paragraph !== null ? readOutlineLabel(paragraph)?.rest : undefined;
    const afterHeading =
      title !== undefined && title.length >= 2 && title.length <= HEADING_CHARS && !/[。！？!?]/.test(title);
    if (!afterHeading && !endsParagraph(text, from, at)) continue;
    cuts.push(at);
    state.take(label);
    from = at;
    labelled = true;
  }
  return cuts;
}

/**
 * Where a paragraph of a run-on outline ends at its closing note with more text after it that
 * no label begins (the plan's closing requirement after the last measure's 〔…〕): the text after
 * the note is a paragraph of its own, not more of the measure nor of its units.
 */
function afterNotes(text: string): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(CLOSING_NOTE)) {
    const end = (m.index ?? 0) + m[0].length;
    if (end < text.length && !readOutlineLabel(text.slice(end, end + LABEL_CHARS))) ends.push(end);
  }
  return ends;
}

/**
 * The lines of a plain-text layout with each long run-on line cut at the outline labels inside
 * it; each part keeps the line it starts on (the page it came from, for joined pages). Other
 * lines come back as they were, their labels followed so a long line knows what comes next.
 */
export function splitInlineOutline(lines: Line[]): Line[] {
  const state = new OutlineState();
  const out: Line[] = [];
  for (const line of lines) {
    const label = readOutlineLabel(line.text);
    if (label) state.take(label);
    if (line.text.trim().length < LONG_LINE) {
      out.push(line);
      continue;
    }
    const cuts = cutsIn(line.text, state);
    if (!cuts.length) {
      out.push(line);
      continue;
    }
    const bounds = [...new Set([0, ...cuts, ...afterNotes(line.text), line.text.length])].sort((a, b) => a - b);
    for (let i = 0; i + 1 < bounds.length; i++) {
      const at = bounds[i] as number;
      const text = line.text.slice(at, bounds[i + 1]).trim();
      if (text) out.push({ n: lineAt(line, at), text });
    }
  }
  return out;
}
