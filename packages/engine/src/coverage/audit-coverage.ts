/**
 * 逐项对照: for a child plan, every parent item addressed to the child is covered (inherited or
 * localized), modified (overridden locally), dropped with a justification, or missing.
 */
export type ChildItemStatus = 'inherited' | 'localized' | 'overridden' | 'added' | 'notApplicable';

/** A child task as coverage sees it; `justification` is the reason given for dropping or adjusting it. */
export type ChildItemRef = { sourceLabel?: string | null; status: ChildItemStatus; justification?: string | null };

export type CoverageState = 'covered' | 'modified' | 'dropped' | 'missing';

/** `justification`: why the item was dropped (required) or adjusted (when the deriver gave a reason). */
export type CoverageRow = { sourceLabel: string; state: CoverageState; justification?: string };

export type CoverageAudit = {
  rows: CoverageRow[];
  counts: Record<CoverageState, number>;
  /** A plan cannot be published while an addressed parent item is missing from it. */
  canPublish: boolean;
  /** Dropped items without a justification are refused as well. */
  problems: string[];
};

export function auditCoverage(addressed: readonly string[], childItems: readonly ChildItemRef[]): CoverageAudit {
  const bySource = new Map<string, ChildItemRef>();
  for (const item of childItems) if (item.sourceLabel) bySource.set(item.sourceLabel, item);
  const problems: string[] = [];
  const rows = addressed.map((label): CoverageRow => {
    const item = bySource.get(label);
    if (!item) {
      problems.push(`上级第 ${label} 项未落实到本级计划`);
      return { sourceLabel: label, state: 'missing' };
    }
    const justification = item.justification?.trim();
    const reason = justification ? { justification } : {};
    if (item.status === 'notApplicable') {
      if (!justification) problems.push(`上级第 ${label} 项标为不适用，但未说明理由`);
      return { sourceLabel: label, state: 'dropped', ...reason };
    }
    if (item.status === 'overridden') return { sourceLabel: label, state: 'modified', ...reason };
    return { sourceLabel: label, state: 'covered' };
  });
  const counts: Record<CoverageState, number> = { covered: 0, modified: 0, dropped: 0, missing: 0 };
  for (const r of rows) counts[r.state]++;
  return { rows, counts, canPublish: problems.length === 0, problems };
}
