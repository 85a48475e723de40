/**
 * Outline numbering: 一、 (level 1) / （一） (2) / 1. (3) / （1） (4). Labels are normalized to
 * one printed form: full-width parentheses, an ASCII dot after Arabic numbers.
 */
export type OutlineLabel = { label: string; level: 1 | 2 | 3 | 4; rest: string };

const CN = '[一二三四五六七八九十]{1,3}';
const FORMS: [RegExp, OutlineLabel['level'], (m: RegExpExecArray) => string][] = [
  [new RegExp(`^(${CN})[、.．]\\s*`), 1, (m) => `${m[1]}、`],
  [new RegExp(`^[（(]\\s*(${CN})\\s*[）)]\\s*`), 2, (m) => `（${m[1]}）`],
  [/^(\d{1,3})\s*[.．、](?![\d.])\s*/, 3, (m) => `${m[1]}.`],
  [/^[（(]\s*(\d{1,3})\s*[）)]\s*/, 4, (m) => `（${m[1]}）`],
];

/** Reads the outline label a text starts with, if any. */
export function readOutlineLabel(text: string): OutlineLabel | null {
  const t = text.trimStart();
  for (const [re, level, label] of FORMS) {
    const m = re.exec(t);
    if (m) return { label: label(m), level, rest: t.slice(m[0].length).trim() };
  }
  return null;
}

/** Joins text broken by PDF copying: spaces between CJK characters go, others stay. */
export function mendSpaces(text: string): string {
  return text
    .replace(/([\u3000-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uff00-\uffef])/g, '$1')
    .replace(/([\u4e00-\u9fff])\s+(?=\d)|(\d)\s+(?=[\u4e00-\u9fff])/g, '$1$2')
    .trim();
}
