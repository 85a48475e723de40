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
    .replace(/等(有关|相关)?(单位|部门)?$/, '')
    .trim();
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
