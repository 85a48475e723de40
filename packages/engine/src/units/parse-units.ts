import { normalizeUnitText, splitOutsideParens } from './normalize-unit.ts';
import { readUnitSelector } from './unit-selector.ts';
import type { UnitRef, UnitRole, UnitsByRole } from './units-by-role.ts';

export function emptyUnits(): UnitsByRole {
  return { lead: [], responsible: [], cooperate: [] };
}

/** Role words that end a run of units inside one cell: "A、B牵头，C按职能分工落实". */
const ROLE_SUFFIXES: [RegExp, UnitRole][] = [
  [/(牵头负责|牵头|统筹|负总责)$/, 'lead'],
  [/(按职能分工落实|按职责分工落实|按职责落实|按职能落实|分工落实|具体落实|负责落实|落实|负责|参与)$/, 'responsible'],
  [/(配合|协助|协同)$/, 'cooperate'],
];

/** Role labels in front of a run: "牵头单位：…；责任单位：…". */
const ROLE_LABELS: [RegExp, UnitRole][] = [
  [/^(牵头单位|牵头部门|牵头|负责单位|统筹单位)$/, 'lead'],
  [/^(责任单位|责任部门|落实单位|具体落实单位|实施单位|承办单位)$/, 'responsible'],
  [/^(配合单位|配合部门|协助单位|协办单位)$/, 'cooperate'],
];

function toRef(text: string): UnitRef | null {
  const normalized = normalizeUnitText(text);
  return normalized ? { text: normalized, selector: readUnitSelector(normalized) } : null;
}

/** Splits a run of units ("市政府办公室、市司法局") into unit references. */
export function parseUnitCell(text: string): UnitRef[] {
  return splitOutsideParens(text, '、,，；;').flatMap((part) => toRef(part) ?? []);
}

/**
 * A units cell that may carry roles inline (惠州: "市政府办公室、市司法局牵头,市直其他单位按职能
 * 分工落实"); runs without a role word take the column's role.
 */
export function parseUnitsInline(cell: string, defaultRole: UnitRole): UnitsByRole {
  const units = emptyUnits();
  for (const segment of splitOutsideParens(cell.replace(/\s+/g, ''), '，,；;。')) {
    let role = defaultRole;
    let body = segment;
    for (const [re, r] of ROLE_SUFFIXES) {
      const m = re.exec(body);
      if (m && m.index > 0) {
        role = r;
        body = body.slice(0, m.index);
        break;
      }
    }
    units[role].push(...parseUnitCell(body.replace(/、/g, '、')));
  }
  return dedupe(units);
}

/** Units from separate columns (垫江: 牵头单位 | 责任单位). */
export function parseUnitsByRoleCells(cells: Partial<Record<UnitRole, string>>): UnitsByRole {
  const units = emptyUnits();
  for (const role of ['lead', 'responsible', 'cooperate'] as const) {
    const cell = cells[role];
    if (!cell) continue;
    const inline = parseUnitsInline(cell, role);
    for (const r of ['lead', 'responsible', 'cooperate'] as const) units[r].push(...inline[r]);
  }
  return dedupe(units);
}

const TAIL =
  /[〔【（(]\s*((?:牵头单位|责任单位|配合单位|牵头部门|责任部门|落实单位)\s*[∶:：][^〔〕【】]*?)\s*[〕】）)]\s*[。；;]?\s*$/;

/**
 * Finds the units annotation at the end of a prose paragraph (贵溪: "…〔牵头单位∶市政府办、市司法局;
 * 责任单位∶各乡(镇、街道)〕") and returns the units and the text without it.
 */
export function parseUnitsTail(text: string): { units: UnitsByRole; rest: string } | null {
  const m = TAIL.exec(text);
  if (!m) return null;
  const units = emptyUnits();
  for (const part of splitOutsideParens(m[1] as string, '；;')) {
    const colon = /[∶:：]/.exec(part);
    if (!colon) continue;
    const label = part.slice(0, colon.index).trim();
    const role = ROLE_LABELS.find(([re]) => re.test(label))?.[1] ?? 'responsible';
    units[role].push(...parseUnitCell(part.slice(colon.index + 1)));
  }
  return { units: dedupe(units), rest: text.slice(0, m.index).trim() };
}

function dedupe(units: UnitsByRole): UnitsByRole {
  const seen = (list: UnitRef[]) => list.filter((u, i) => list.findIndex((x) => x.text === u.text) === i);
  return { lead: seen(units.lead), responsible: seen(units.responsible), cooperate: seen(units.cooperate) };
}

/** Back to text, as a document would print a role's units. */
export function formatUnits(refs: readonly UnitRef[]): string {
  return refs.map((r) => r.text).join('、');
}
