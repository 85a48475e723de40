import { readOutlineLabel } from './outline-label.ts';

/** Where a next number may start inside a paragraph: after a finished sentence. */
const AFTER_SENTENCE = /[。；;！!？?]\s*(?=[（(]?\d{1,4}\s*[.．、)）])/g;

const numberOf = (text: string) => {
  const label = readOutlineLabel(text);
  const n = label ? /\d+/.exec(label.label)?.[0] : undefined;
  return label && n ? { level: label.level, n: Number(n) } : null;
};

/**
 * A paragraph that numbers its own parts inline ("1.开展…一致。2.按照…版）。3.市公开平台…", as a
 * cell copied from a web page): the parts, when the numbers after its sentences go on 2, 3, … in
 * the form of the first. Anything else is one paragraph; 一是 / 二是 stay inside it.
 */
export function splitInlineNumbers(paragraph: string): string[] {
  const first = numberOf(paragraph);
  if (first?.n !== 1) return [paragraph];
  const parts: string[] = [];
  let from = 0;
  let expected = 2;
  for (const m of paragraph.matchAll(AFTER_SENTENCE)) {
    const at = (m.index ?? 0) + m[0].length;
    const next = numberOf(paragraph.slice(at));
    if (!next || next.n !== expected || next.level !== first.level) continue;
    parts.push(paragraph.slice(from, at).trim());
    from = at;
    expected++;
  }
  parts.push(paragraph.slice(from).trim());
  return parts.filter(Boolean);
}
