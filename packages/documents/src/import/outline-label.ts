/**
 * Outline numbering (编号): 一、 (level 1) / （一） (2) / 1. (3) / （1） (4) / ① (5), plus the
 * half-width and 、 variants people type (1、 (1) 1） 一.) and 第一条 (level 3, a measure).
 *
 * Labels are normalized to one printed form so paths compare across documents: Chinese numbers
 * end in 、, parentheses are full-width, an Arabic number ends in an ASCII dot ("34．" and "34、"
 * → "34."), circled numbers and 第…条 stay as printed.
 */
export type OutlineLabel = { label: string; level: 1 | 2 | 3 | 4 | 5; rest: string };

const CN = '[一二三四五六七八九十]{1,3}';
const FORMS: [RegExp, OutlineLabel['level'], (m: RegExpExecArray) => string][] = [
  [new RegExp(`^(${CN})\\s*[、.．]\\s*`), 1, (m) => `${m[1]}、`],
  [new RegExp(`^[（(]\\s*(${CN})\\s*[）)]\\s*[、.．]?\\s*`), 2, (m) => `（${m[1]}）`],
  [/^第([一二三四五六七八九十百零〇\d]{1,5})条\s*/, 3, (m) => `第${m[1]}条`],
  // "2.5亿元" and "2022.6" are numbers, not labels: no digit or dot may follow the dot.
  [/^(\d{1,4})\s*[.．、](?![\d.．])\s*/, 3, (m) => `${m[1]}.`],
  [/^[（(]\s*(\d{1,3})\s*[）)]\s*[、.．]?\s*/, 4, (m) => `（${m[1]}）`],
  [/^(\d{1,3})\s*[)）]\s*/, 4, (m) => `（${m[1]}）`],
  [/^([①-⑳])\s*/, 5, (m) => m[1] as string],
];

/** Reads the outline label a text starts with, if any. */
export function readOutlineLabel(text: string): OutlineLabel | null {
  // Full-width digits and dots (１．) read as their ASCII forms; the text itself is kept.
  const t = text
    .trimStart()
    .replace(/^[\uff10-\uff19\uff0e]{1,4}/, (s) =>
      s.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)),
    );
  for (const [re, level, label] of FORMS) {
    const m = re.exec(t);
    if (m) return { label: label(m), level, rest: t.slice(m[0].length).trim() };
  }
  return null;
}

/** Joins text broken by PDF copying: spaces between CJK characters go, others stay. */
export function mendSpaces(text: string): string {
  return text
    .replace(/([\u3000-\u9fff\uff00-\uffef])[ \t\u3000]+(?=[\u3000-\u9fff\uff00-\uffef])/g, '$1')
    .replace(/([\u4e00-\u9fff])[ \t]+(?=\d)|(\d)[ \t]+(?=[\u4e00-\u9fff])/g, '$1$2')
    .trim();
}
