import { rememberedByText } from '../memory/remembered.ts';
import { normalizeUnitText, splitOutsideParens, splitUnitRun } from './normalize-unit.ts';
import { BY_FUNCTION, OTHER_LABEL, ROLE_LABEL, ROLE_SUFFIX, ROLE_WORD_ONLY, roleOfWord } from './role-words.ts';
import { readUnitSelector } from './unit-selector.ts';
import type { UnitRef, UnitRole, UnitsByRole } from './units-by-role.ts';

export function emptyUnits(): UnitsByRole {
  return { lead: [], responsible: [], cooperate: [] };
}

const ROLES: readonly UnitRole[] = ['lead', 'responsible', 'cooperate'];
/** Runs of units with one role each are separated by these; 、 only separates units of one run. */
const RUN_SEPARATORS = '，,；;。\n';
const LEADING_LABEL = new RegExp(`^${ROLE_LABEL}\\s*[∶:：]\\s*`);
/** A label in the middle of a cell starts a new run: "市政府办牵头单位：…" has lost its separator. */
const INNER_LABEL = new RegExp(`(?<!^)(${ROLE_LABEL}|${OTHER_LABEL})(?=\\s*[∶:：])`, 'g');
/** Labels never belong to a unit's name, wherever a broken cell left them. */
const ANY_LABEL = new RegExp(`(?:${ROLE_LABEL}|${OTHER_LABEL})\\s*[∶:：]`, 'g');
/** "完成时限：2022年底前" in a units cell is no unit. */
const OTHER_PART = new RegExp(`^${OTHER_LABEL}\\s*[∶:：]`);
/** "由市司法局牵头": the 由 belongs to the sentence, not the unit. */
const LEADING_BY = /^由/;
const MAX_PASSES = 6;
/** What a clerk writes in a cell that holds nothing: 无, 暂无, /, —. */
const SAYS_NONE = /^(?:无|暂无|空|[/／\\—–－\-_·.。]+)$/;

/** Whether a cell says it is empty ("—", "无", "/"): no unit, no deadline — not "same as above". */
export function saysNone(cell: string): boolean {
  return SAYS_NONE.test(cell.trim());
}

type RoleRun = { role: UnitRole; byFunction: boolean; body: string };

/**
 * One run of a cell: its role from a leading label or a closing role word, else the default; a
 * fixed role (the label of a 〔牵头单位∶…〕 part) is kept whatever the run says.
 */
function readRun(segment: string, defaultRole: UnitRole, fixedRole: boolean): RoleRun {
  let body = segment.trim();
  let role = defaultRole;
  let byFunction = false;
  const label = LEADING_LABEL.exec(body);
  if (label) {
    if (!fixedRole) role = roleOfWord(label[0]);
    body = body.slice(label[0].length);
  }
  const suffix = ROLE_SUFFIX.exec(body);
  if (suffix && suffix.index > 0) {
    if (!label && !fixedRole) role = roleOfWord(suffix[0]);
    body = body.slice(0, suffix.index);
    // "…按职能分工落实牵头": the qualifier may sit before the role word.
    const qualifier = ROLE_SUFFIX.exec(body);
    byFunction = BY_FUNCTION.test(suffix[0]) || (qualifier !== null && BY_FUNCTION.test(qualifier[0]));
  }
  return { role, byFunction, body: body.replace(LEADING_BY, '') };
}

/**
 * One unit as written → its normalized text and selector. Role words or labels left on a single
 * unit ("市司法局牵头" inside a run, "牵头单位：…") are dropped so that parsing what we print
 * gives the same units again; null when nothing is left.
 */
function toRef(raw: string, runByFunction: boolean): UnitRef | null {
  let text = normalizeUnitText(raw);
  let byFunction = runByFunction;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = normalizeUnitText(
      text
        .replace(ANY_LABEL, '')
        .replace(LEADING_BY, '')
        .replace(ROLE_SUFFIX, (word: string, offset: number) => {
          if (offset === 0) return word;
          if (BY_FUNCTION.test(word)) byFunction = true;
          return '';
        }),
    );
    if (next === text) break;
    text = next;
  }
  if (!text || ROLE_WORD_ONLY.test(text) || saysNone(text)) return null;
  const selector = readUnitSelector(text);
  return { text, selector: byFunction && selector.kind === 'departments' ? { ...selector, byFunction } : selector };
}

/**
 * "由X会同Y落实": X leads and Y cooperates, whatever the closing role word says of the pair. The
 * run is split in two: "X牵头" and "Y配合".
 */
const TOGETHER_WITH = /^\s*由?(.+?)会同(.+?)$/;
function splitTogetherWith(segment: string, fixedRole: boolean): string[] {
  const m = fixedRole ? null : TOGETHER_WITH.exec(segment);
  if (!m) return [segment];
  const partner = (m[2] as string).replace(ROLE_SUFFIX, '');
  return [`${m[1]}牵头`, `${partner}配合`];
}

/** The units of a cell in the order written, each with its role. */
function readCell(cell: string, defaultRole: UnitRole, fixedRole = false): { role: UnitRole; ref: UnitRef }[] {
  const out: { role: UnitRole; ref: UnitRef }[] = [];
  if (typeof cell !== 'string') return out;
  const segments = splitOutsideParens(cell.replace(INNER_LABEL, '；$1'), RUN_SEPARATORS).flatMap((s) =>
    splitTogetherWith(s, fixedRole),
  );
  for (const segment of segments) {
    if (OTHER_PART.test(segment)) continue;
    const run = readRun(segment, defaultRole, fixedRole);
    for (const unit of splitUnitRun(run.body)) {
      const ref = toRef(unit, run.byFunction);
      if (ref) out.push({ role: run.role, ref });
    }
  }
  return out;
}

/** The units of one labelled part ("责任单位∶市直各单位,各乡(镇、街道)"): all in the label's role. */
export function parseUnitsOfRole(text: string, role: UnitRole): UnitRef[] {
  return dedupe(readCell(text, role, true).map((u) => u.ref));
}

/**
 * Cells already read: a cascade reads every derived plan's stored units again for the level below
 * (as a 分解 by hand does), and a province's plans repeat the same few hundred phrases (~3 % of a
 * cascade's time on the embedded database). The units are frozen, as they are shared; a long cell
 * (an upload's garbage) is read each time. `defaultRole` does not change the units (below).
 */
const readCellOnce = rememberedByText(
  (text) => deepFreeze(dedupe(readCell(text, 'responsible').map((u) => u.ref))) as readonly UnitRef[],
  { most: 10_000, longest: 500 },
);

/**
 * Splits a units cell ("市政府办公室、市司法局", "市政府办公室，各县（区）人民政府（管委会）") into
 * unit references in the order written, without duplicates. Role words in the cell (牵头, 按职能
 * 分工落实) are read off and dropped; use `parseUnitsInline` to keep them. `defaultRole` is accepted
 * for symmetry with the other parsers and does not change the units.
 */
export function parseUnitCell(text: string, _defaultRole: UnitRole = 'responsible'): UnitRef[] {
  return [...readCellOnce(text)];
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * A units cell that may carry roles inline (惠州: "市政府办公室、市司法局牵头,市直其他单位按职能
 * 分工落实" → lead 市政府办公室, 市司法局; responsible 市直其他单位): runs are separated by ，；, and
 * a run without a role word or label takes `defaultRole` (the column's role).
 */
export function parseUnitsInline(cell: string, defaultRole: UnitRole): UnitsByRole {
  const units = emptyUnits();
  for (const { role, ref } of readCell(cell, defaultRole)) units[role].push(ref);
  return dedupeUnits(units);
}

/** Units from separate columns (垫江: 牵头单位 | 责任单位), each column possibly with inline roles. */
export function parseUnitsByRoleCells(cells: Partial<Record<UnitRole, string | null | undefined>>): UnitsByRole {
  const units = emptyUnits();
  for (const column of ROLES) {
    const cell = cells[column];
    if (!cell) continue;
    const inline = parseUnitsInline(cell, column);
    for (const role of ROLES) units[role].push(...inline[role]);
  }
  return dedupeUnits(units);
}

function dedupe(refs: UnitRef[]): UnitRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => !seen.has(r.text) && seen.add(r.text));
}

/** The same unit named twice in one role is one unit; in two roles it stays in both (as written). */
export function dedupeUnits(units: UnitsByRole): UnitsByRole {
  return { lead: dedupe(units.lead), responsible: dedupe(units.responsible), cooperate: dedupe(units.cooperate) };
}
