import { parseDeadline } from '../deadlines/parse-deadline.ts';
import { parseUnitCell } from '../units/parse-units.ts';
import type { DraftItem, PlanDraft } from './plan-draft.ts';

/** A plan in the exported JSON shape (`pnpm cli import --json`): units and deadlines as text. */
export type PlanJson = {
  title?: string;
  docNumber?: string | null;
  issuer?: string | null;
  issuedOn?: string | null;
  year?: number;
  basis?: { title: string; docNumber: string }[];
  items: {
    label: string;
    path?: string[];
    text: string;
    lead?: string[];
    responsible?: string[];
    cooperate?: string[];
    deadline?: { text?: string };
  }[];
};

/**
 * Reads an exported plan back into a draft for `year`, parsing its unit and deadline texts again
 * (the caller chooses the year: its own, else the plan's `year`, else its clock's).
 */
export function planDraftFromJson(json: PlanJson, year: number): PlanDraft {
  if (!json || !Array.isArray(json.items)) throw new Error('不是导出的计划 JSON：缺少 items 数组');
  const planYear = year;
  const units = (list: string[] | undefined) => (list ?? []).flatMap((t) => parseUnitCell(t));
  const items: DraftItem[] = json.items.map((it, i) => ({
    label: it.label,
    path: it.path ?? [it.label],
    headings: [],
    text: it.text,
    units: { lead: units(it.lead), responsible: units(it.responsible), cooperate: units(it.cooperate) },
    deadline: parseDeadline(it.deadline?.text ?? '', { year: planYear, issuedOn: json.issuedOn ?? null }),
    line: i + 1,
  }));
  return {
    title: json.title ?? '',
    docNumber: json.docNumber ?? null,
    issuer: json.issuer ?? null,
    issuedOn: json.issuedOn ?? null,
    year: planYear,
    basis: json.basis ?? [],
    headings: [],
    items,
    unplaced: [],
  };
}
