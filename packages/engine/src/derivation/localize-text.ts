import { type TraceStep, traced } from './trace.ts';
import type { Said } from './trace-words.ts';

export type Substitution = {
  from: string;
  to: string;
  rule: string;
  said: Said;
  /**
   * Left as written inside a list of levels: "省、市级文件库" and "市、县级政府部门" name those
   * levels, not the reader, so a county keeps them (level words set this).
   */
  keepInLevelList?: boolean;
};

const LEVEL = '(?:省|市|县|区|乡|镇|街道)';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * `from` where it is not one item of a list of levels (省、市级 / 市级、县级) nor part of 地市级
 * (the prefecture level as a whole, which stays what it is).
 */
const outsideLevelList = (from: string) => new RegExp(`(?<!${LEVEL}、|地)${escapeRegExp(from)}(?!、${LEVEL})`, 'g');

/** Spans never rewritten: quoted titles 《…》, quotations “…”, and parenthesized document numbers. */
const PROTECTED = /《[^》]*》|“[^”]*”|「[^」]*」/g;

/** A localized text; `tooLong` when a substitution would have taken it past the bound (it stopped there). */
export type LocalizedText = { text: string; trace: TraceStep[]; tooLong?: { rule: string; length: number } };

/** Occurrences `split(from)` would cut at: non-overlapping, left to right. */
function countOf(text: string, from: string): number {
  let n = 0;
  for (let i = text.indexOf(from); i !== -1; i = text.indexOf(from, i + from.length)) n++;
  return n;
}

/**
 * Applies substitutions outside quoted titles, recording one trace step per substitution that
 * changed something: 全市 → 全县 inside 《惠州市…方案》 stays as it is. A text never grows past
 * `maxLength`: the substitution that would take it there is named in `tooLong` and not applied,
 * so a chain of ×10 replacements stops before it allocates anything large.
 */
export function localizeText(
  text: string,
  substitutions: readonly Substitution[],
  maxLength = Number.POSITIVE_INFINITY,
): LocalizedText {
  const trace: TraceStep[] = [];
  const parts: string[] = [];
  let last = 0;
  let length = text.length;
  let tooLong: LocalizedText['tooLong'];
  const rewrite = (chunk: string) => {
    let out = chunk;
    for (const s of substitutions) {
      // An empty original would put the replacement between every two characters; validation refuses it.
      if (tooLong || s.from === '' || !out.includes(s.from)) continue;
      if (!s.keepInLevelList) {
        const projected = length + countOf(out, s.from) * (s.to.length - s.from.length);
        if (projected > maxLength) {
          tooLong = { rule: s.rule, length: projected };
          continue;
        }
      }
      const before = out;
      out = s.keepInLevelList ? out.replace(outsideLevelList(s.from), s.to) : out.split(s.from).join(s.to);
      if (out === before) continue;
      length += out.length - before.length;
      if (length > maxLength) tooLong = { rule: s.rule, length };
      if (!trace.some((t) => t.rule === s.rule && t.from === s.from)) {
        trace.push(traced('text', s.rule, s.said, { from: s.from, to: s.to }));
      }
    }
    return out;
  };
  for (const m of text.matchAll(PROTECTED)) {
    parts.push(rewrite(text.slice(last, m.index)), m[0]);
    last = (m.index ?? 0) + m[0].length;
  }
  parts.push(rewrite(text.slice(last)));
  return { text: parts.join(''), trace, ...(tooLong ? { tooLong } : {}) };
}
