import { continuesLevelList } from './normalize-unit.ts';
import type { UnitRef, UnitRole, UnitsByRole } from './units-by-role.ts';

/** A unit's name as a document prints it: its normalized text. */
export function formatUnitRef(ref: UnitRef): string {
  return ref.text;
}

const BY_FUNCTION_WORD = '按职能分工落实';
const isByFunction = (ref: UnitRef) => ref.selector.kind === 'departments' && ref.selector.byFunction === true;

/**
 * Consecutive units that agree on 按职能分工落实, so the qualifier is printed once per group; a
 * unit that 、 would glue to the one before ("各县" then "区人民政府") starts a group too.
 */
function groupByFunction(refs: readonly UnitRef[]): { refs: UnitRef[]; byFunction: boolean }[] {
  const groups: { refs: UnitRef[]; byFunction: boolean }[] = [];
  for (const ref of refs) {
    const last = groups.at(-1);
    const previous = last?.refs.at(-1);
    const glued = previous !== undefined && continuesLevelList(previous.text, ref.text);
    if (last && !glued && last.byFunction === isByFunction(ref)) last.refs.push(ref);
    else groups.push({ refs: [ref], byFunction: isByFunction(ref) });
  }
  return groups;
}

/**
 * A run of units as a document prints them: "市政府办公室、市司法局"; departments read with
 * 按职能分工落实 keep it, in a run of their own ("市政府办公室，市直其他单位按职能分工落实").
 */
export function formatUnits(refs: readonly UnitRef[]): string {
  return groupByFunction(refs)
    .map((g) => g.refs.map(formatUnitRef).join('、') + (g.byFunction ? BY_FUNCTION_WORD : ''))
    .join('，');
}

const LABELS: Record<UnitRole, string> = { lead: '牵头单位', responsible: '责任单位', cooperate: '配合单位' };
const ROLE_WORDS: Record<UnitRole, string> = { lead: '牵头', responsible: '', cooperate: '配合' };
const ROLES: readonly UnitRole[] = ['lead', 'responsible', 'cooperate'];

/**
 * Units by role back to text, for exporters:
 * - 'labelled' (default): "牵头单位：市政府办；责任单位：市直各单位、各乡（镇、街道）", as in a 〔…〕 tail;
 * - 'inline': "市政府办公室、市司法局牵头，市直其他单位按职能分工落实，市财政局配合", as in a
 *   惠州 units cell; runs without a role word are responsible (read it back with that default).
 * Parsing the result gives the same units again.
 */
export function renderUnitsByRole(units: UnitsByRole, style: 'labelled' | 'inline' = 'labelled'): string {
  if (style === 'labelled') {
    return ROLES.filter((role) => units[role].length > 0)
      .map((role) => `${LABELS[role]}：${formatUnits(units[role])}`)
      .join('；');
  }
  return ROLES.flatMap((role) =>
    groupByFunction(units[role]).map(
      (g) => g.refs.map(formatUnitRef).join('、') + (g.byFunction ? BY_FUNCTION_WORD : '') + ROLE_WORDS[role],
    ),
  ).join('，');
}
