import { splitOutsideParens } from './normalize-unit.ts';
import { dedupeUnits, emptyUnits, parseUnitsInline, parseUnitsOfRole } from './parse-units.ts';
import { OTHER_LABEL, ROLE_LABEL, ROLE_SUFFIX, roleOfWord } from './role-words.ts';
import type { UnitsByRole } from './units-by-role.ts';

export type UnitsTail = {
  units: UnitsByRole;
  /** The paragraph without the annotation, trimmed. */
  rest: string;
  /** Other labelled parts of the annotation, e.g. { label: '完成时限', text: '2022年底前' }. */
  others?: { label: string; text: string }[];
};

const OPENERS = '〔【（(［[';
const CLOSERS = '〕】）)］]';
/** What may follow the closing bracket at the very end: 。 ； and spaces. */
const AFTER_CLOSE = /[。；;.\s]*$/;
const LABEL = new RegExp(`(${ROLE_LABEL}|${OTHER_LABEL})\\s*[∶:：]`, 'g');
const ROLE_ONLY = new RegExp(`^${ROLE_LABEL}$`);

/** The bracket closing the text and its matching opener (nested parentheses inside are fine). */
function trailingBracket(text: string): { start: number; inner: string } | null {
  const end = text.replace(AFTER_CLOSE, '').length - 1;
  if (end < 0 || !CLOSERS.includes(text[end] as string)) return null;
  let depth = 0;
  for (let i = end; i >= 0; i--) {
    const ch = text[i] as string;
    if (CLOSERS.includes(ch)) depth++;
    else if (OPENERS.includes(ch) && --depth === 0) return { start: i, inner: text.slice(i + 1, end) };
  }
  return null;
}

/**
 * Finds the units annotation at the end of a prose paragraph (贵溪: "…〔牵头单位∶市政府办、市司法局;
 * 责任单位∶市直各单位,各乡(镇、街道)〕"; also （…） and 【…】, colons ∶ : ：) and returns the units by
 * role and the paragraph without it. Also takes a bracket of units with inline role words only
 * ("（市司法局牵头，市直各单位配合）"). Null when the paragraph does not end with such an annotation.
 */
export function parseUnitsTail(text: string): UnitsTail | null {
  if (typeof text !== 'string') return null;
  const bracket = trailingBracket(text);
  if (!bracket) return null;
  const rest = text.slice(0, bracket.start).trim();
  const labelled = readLabelled(bracket.inner);
  if (labelled) return { ...labelled, rest };
  // No labels: every run must close with a role word, or it is an ordinary remark in brackets.
  const runs = splitOutsideParens(bracket.inner, '，,；;');
  if (runs.length === 0 || !runs.every((r) => ROLE_SUFFIX.exec(r.trim())?.index)) return null;
  return { units: parseUnitsInline(bracket.inner, 'responsible'), rest };
}

function readLabelled(inner: string): Omit<UnitsTail, 'rest'> | null {
  const labels = [...inner.matchAll(LABEL)];
  const first = labels[0];
  // The annotation must start with a role label: "（以下简称…：…）" is no units tail.
  if (!first || inner.slice(0, first.index).trim() !== '' || !labels.some((l) => ROLE_ONLY.test(l[1] as string))) {
    return null;
  }
  const units = emptyUnits();
  const others: { label: string; text: string }[] = [];
  labels.forEach((m, i) => {
    const label = m[1] as string;
    const from = (m.index ?? 0) + m[0].length;
    const to = labels[i + 1]?.index ?? inner.length;
    const value = inner
      .slice(from, to)
      .trim()
      .replace(/[；;，,。\s]+$/, '');
    if (!ROLE_ONLY.test(label)) {
      if (value) others.push({ label, text: value });
      return;
    }
    const role = roleOfWord(label);
    units[role].push(...parseUnitsOfRole(value, role));
  });
  return { units: dedupeUnits(units), ...(others.length ? { others } : {}) };
}
