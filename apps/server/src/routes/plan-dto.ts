import type { PlanDetail, PlanItemDto } from '@cascade/contracts';
import type { PlanItemRow, PlanSettings, PlanSummaryRow } from '@cascade/db';
import type { AccessTarget } from '@cascade/engine';

export function itemDto(row: PlanItemRow): PlanItemDto {
  const units = row.units ?? {};
  return {
    id: row.id,
    kind: row.kind as PlanItemDto['kind'],
    label: row.label,
    path: row.path,
    text: row.text,
    units: { lead: units.lead ?? [], responsible: units.responsible ?? [], cooperate: units.cooperate ?? [] },
    deadline: row.deadline ?? null,
    evidenceRequired: row.evidenceRequired,
    workflowVariant: row.workflowVariant,
    rules: Array.isArray(row.rules) ? row.rules : [],
    scoreWeight: row.scoreWeight === null ? null : Number(row.scoreWeight),
    derivationStatus: (row.derivationStatus as PlanItemDto['derivationStatus']) ?? null,
    provenance: row.provenance ?? null,
    overrides: row.overrides ?? null,
    trace: (row.trace as PlanItemDto['trace']) ?? null,
    version: row.version,
  };
}

export function summaryDto(summary: PlanSummaryRow) {
  return summary;
}

export function detailDto(summary: PlanSummaryRow, settings: PlanSettings, items: PlanItemRow[]): PlanDetail {
  return {
    plan: {
      ...summaryDto(summary),
      issuer: settings.issuer ?? null,
      issuedOn: settings.issuedOn ?? null,
      basis: settings.basis ?? [],
      unplaced: settings.unplaced ?? [],
      excluded: settings.excluded ?? [],
    },
    items: items.map(itemDto),
  };
}

/** Who a plan belongs to, as the access policy reads it. */
export function planTarget(summary: PlanSummaryRow): AccessTarget {
  return { orgPath: summary.ownerPath, plan: summary.parentPlanId ? 'derived' : 'template' };
}
