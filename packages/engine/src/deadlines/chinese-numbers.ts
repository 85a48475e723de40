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

const YEAR_DIGITS = /^[〇零一二三四五六七八九]{4}$/;
const UP_TO_99 = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/;

/** 十二 → 12, 三十一 → 31, 二〇二二 → 2022; undefined when it is not a Chinese number. */
export function parseChineseNumber(text: string): number | undefined {
  if (YEAR_DIGITS.test(text)) return Number([...text].map((c) => DIGITS[c]).join(''));
  const m = UP_TO_99.exec(text);
  if (!m || text === '') return undefined;
  if (!m[2]) return m[1] && !m[3] ? DIGITS[m[1]] : undefined;
  return (m[1] ? (DIGITS[m[1]] ?? 1) : 1) * 10 + (m[3] ? (DIGITS[m[3]] ?? 0) : 0);
}

const FULL_WIDTH_DIGIT = /[０-９]/g;
/**
 * A Chinese number before a date or count word: 十二月, 三十日, 五个工作日, 一次, 三季度, 两周. Not
 * inside words that merely contain 一 (统一, 唯一, 逐一, 同一…), which are no numbers.
 */
const CHINESE_NUMBER =
  /(?<![统唯单同专逐万划均])[〇零一二两三四五六七八九十]+(?=\s*(?:年|月|日|号|个|次|天|季|周|星期))/g;
const DIGIT_SPACE = /(\d)\s+(?=[年月日号个季周次天])/g;
const SPACE_DIGIT = /([年月第])\s+(?=\d)/g;

/**
 * Normalizes what people type around dates: full-width digits (２０２２年), stray spaces between
 * digits and 年/月/日 ("2023年 1月31日", "2022 年"), and Chinese numerals (十二月 → 12月).
 */
export function normalizeDateText(text: string): string {
  return text
    .replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(CHINESE_NUMBER, (n) => String(parseChineseNumber(n) ?? n))
    .replace(DIGIT_SPACE, '$1')
    .replace(SPACE_DIGIT, '$1');
}
