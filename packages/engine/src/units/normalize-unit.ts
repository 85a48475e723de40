/**
 * A unit as written, normalized for comparison and display: full-width parentheses, no spaces
 * (PDF copies break names: "县委 网信办"), no trailing punctuation or 等/等单位.
 */
export function normalizeUnitText(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/^[、，,；;：:。]+|[、，,；;：:。]+$/g, '')
    .replace(/等[^、，,；;]{0,8}(单位|部门)$|等$/, '')
    .replace(/）+$/, (closing, offset: number, whole: string) => balanceClosing(whole.slice(0, offset), closing))
    .trim();
}

/** Drops closing parentheses that close nothing: "各乡镇（街道））" → "各乡镇（街道）". */
function balanceClosing(before: string, closing: string): string {
  const open = (before.match(/（/g)?.length ?? 0) - (before.match(/）/g)?.length ?? 0);
  return closing.slice(0, Math.max(0, open));
}

/** Splits on the separators given, but never inside parentheses: 各乡（镇、街道） stays whole. */
export function splitOutsideParens(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(' || ch === '（') depth++;
    if ((ch === ')' || ch === '）') && depth > 0) depth--;
    if (depth === 0 && separators.includes(ch)) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}
