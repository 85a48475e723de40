import type { DraftItem, PlanDraft } from '@cascade/engine';

/** One item in the CLI/API JSON shape (the acceptance checks read exactly this). */
export function toItemJson(item: DraftItem) {
  return {
    label: item.label,
    path: item.path,
    text: item.text,
    lead: item.units.lead.map((u) => u.text),
    responsible: item.units.responsible.map((u) => u.text),
    cooperate: item.units.cooperate.map((u) => u.text),
    deadline: { text: item.deadline.text, kind: item.deadline.kind, due: item.deadline.due },
    warnings: item.warnings ?? [],
  };
}

/**
 * `pnpm cli import … --json`: { title, docNumber, issuer, issuedOn, year, basis, items, unplaced,
 * summary }; each item carries `warnings` (what the author should check).
 */
export function toImportJson(draft: PlanDraft) {
  return {
    title: draft.title,
    docNumber: draft.docNumber,
    issuer: draft.issuer,
    issuedOn: draft.issuedOn,
    year: draft.year,
    basis: draft.basis,
    items: draft.items.map(toItemJson),
    unplaced: draft.unplaced,
    // A draft built elsewhere (stored, derived) has no summary: counted the same way.
    summary: draft.summary ?? {
      items: draft.items.length,
      itemsWithWarnings: draft.items.filter((i) => i.warnings?.length).length,
      unplacedLines: draft.unplaced.length,
    },
  };
}
