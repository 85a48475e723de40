import type { DraftItem, ImportSummary, UnplacedLine } from '@cascade/engine';

/** Does the importing office's tree know this unit phrase? Given by the server, which holds the tree. */
export type KnowsUnit = (unitText: string) => boolean;

export type WarningOptions = { year: number; knowsUnit?: KnowsUnit };

const allUnits = (item: DraftItem) => [...item.units.lead, ...item.units.responsible, ...item.units.cooperate];

/**
 * What an author should check before the draft exists, in the words the review shows: no unit,
 * no deadline, a unit the office's tree does not know, a due date outside the plan year. A
 * deadline that is ongoing, recurring or set by other documents is a deadline, not a gap.
 */
export function warningsOf(item: DraftItem, options: WarningOptions): string[] {
  const warnings: string[] = [];
  const units = allUnits(item);
  if (!units.length) warnings.push('未识别到责任单位');
  if (item.deadline.kind === 'unspecified') {
    warnings.push(item.deadline.text ? `完成时限“${item.deadline.text}”无法识别` : '未识别到完成时限');
  }
  const due = item.deadline.due;
  if (due && Number(due.slice(0, 4)) !== options.year) {
    warnings.push(`完成时限 ${due} 不在计划年度 ${options.year} 年内`);
  }
  if (options.knowsUnit) {
    for (const unit of units) {
      if (unit.selector.kind === 'namedOrg' && !options.knowsUnit(unit.text)) {
        warnings.push(`单位“${unit.text}”不在本单位的组织机构中`);
      }
    }
  }
  return warnings;
}

/** Items with their warnings, and the summary of the import. */
export function withWarnings(
  items: DraftItem[],
  unplaced: UnplacedLine[],
  options: WarningOptions,
): { items: DraftItem[]; summary: ImportSummary } {
  const checked = items.map((item) => ({ ...item, warnings: warningsOf(item, options) }));
  return {
    items: checked,
    summary: {
      items: checked.length,
      itemsWithWarnings: checked.filter((i) => i.warnings.length).length,
      unplacedLines: unplaced.length,
    },
  };
}
