const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 十二 → 12, 三十一 → 31, 二〇二二 → 2022; undefined when it is not a Chinese number. */
export function parseChineseNumber(text: string): number | undefined {
  if (/^[〇零一二两三四五六七八九]{4}$/.test(text)) return Number([...text].map((c) => DIGITS[c]).join(''));
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return undefined;
  if (!m[2]) return m[1] ? DIGITS[m[1]] : undefined;
  return (m[1] ? (DIGITS[m[1]] ?? 1) : 1) * 10 + (m[3] ? (DIGITS[m[3]] ?? 0) : 0);
}

/**
 * Normalizes what people type around dates: full-width digits, stray spaces between digits and
 * 年/月/日, and Chinese numerals before 年/月/日/个 (十二月 → 12月).
 */
export function normalizeDateText(text: string): string {
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[〇零一二两三四五六七八九十]+(?=\s*(年|月|日|号|个|次|天))/g, (n) => String(parseChineseNumber(n) ?? n))
    .replace(/(\d)\s+(?=[年月日号个])/g, '$1')
    .replace(/([年月])\s+(?=\d)/g, '$1');
}
