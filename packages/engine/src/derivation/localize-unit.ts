import { findFunctionByName } from '../orgs/department-functions.ts';
import { selfWord } from '../orgs/division-type.ts';
import type { Org } from '../orgs/org.ts';
import type { UnitRef, UnitRole } from '../units/units-by-role.ts';
import { findDepartment } from './org-directory.ts';
import type { TraceStep } from './trace.ts';
import { isWithinOwner, type UnitContext, unitReachesChild } from './unit-reach.ts';

export { type UnitContext, unitReachesChild } from './unit-reach.ts';

const LEVEL_PREFIX = /^(省|市|州|盟|县|区|旗|自治区|地区)/;

/**
 * The unit as the child writes it (DESIGN.md §1): 各县（区）人民政府 → the child's own office,
 * 市直各单位 → 县政府各部门, 市司法局 → 博罗县司法局 (its counterpart by function), 市政府办公室 →
 * 博罗县人民政府办公室; each with a trace step.
 */
export function localizeUnit(ref: UnitRef, role: UnitRole, ctx: UnitContext): { texts: string[]; trace: TraceStep } {
  const { owner, child, directory } = ctx;
  const c = selfWord(child.divisionType);
  const step = (rule: string, fact: string, to: string[]): { texts: string[]; trace: TraceStep } => ({
    texts: to,
    trace: { field: role, rule, fact, from: ref.text, to: to.join('、') },
  });
  if (child.kind === 'section' || isWithinOwner(ctx)) {
    // Inside one government the units are peers at the same level: what names this unit becomes
    // its own name, the others stay as written.
    return unitReachesChild(ref, ctx)
      ? step('unit:addressedToSelf', `${child.name} 属于“${ref.text}”`, [child.name])
      : step('unit:peer', '本级其他单位，原样继承', [ref.text]);
  }
  const s = ref.selector;
  switch (s.kind) {
    case 'childGovernments': {
      if (s.targetLevel === child.level) {
        // The child leads through its own office; as a responsible unit the task also goes on
        // down to its townships (乡镇/街道), so their plans inherit it in turn.
        const own = governmentOffice(ctx);
        const below = role === 'lead' ? null : subordinatesPhrase(ctx);
        return step(
          below ? 'unit:childGovernments→ownOfficeAndSubordinates' : 'unit:childGovernments→ownOffice',
          `${child.name} 是${ref.text}之一`,
          below ? [own, below] : [own],
        );
      }
      return step('unit:childGovernments→own', `${ref.text} 在 ${child.name} 以下`, [ref.text]);
    }
    case 'departments': {
      const word = { all: '各', other: '其他', relevant: '有关' }[s.scope];
      return step(`unit:departments(${s.scope})`, `${owner.name}的部门对应${child.name}的部门`, [
        `${c}政府${word}部门`,
      ]);
    }
    case 'ownOffice':
    case 'self':
      return step(`unit:${s.kind}`, `${owner.name} → ${child.name}`, [
        s.kind === 'ownOffice' ? governmentOffice(ctx) : governmentName(child),
      ]);
    case 'namedOrg': {
      const fn = findFunctionByName(s.name);
      const counterpart = fn ? findDepartment(directory, child.id, fn) : undefined;
      if (counterpart) return step(`counterpart:${fn}`, `${counterpart.name} function=${fn}`, [counterpart.name]);
      const renamed = LEVEL_PREFIX.test(s.name) ? s.name.replace(LEVEL_PREFIX, c) : s.name;
      return step('unit:levelPrefix', `${child.name} 无同职能部门，按级别改写`, [renamed]);
    }
    case 'group':
      return step('unit:group', '领导小组按级别改写', [s.name.replace(LEVEL_PREFIX, c)]);
    default:
      return step(`unit:${s.kind}`, '原样继承', [ref.text]);
  }
}

/** The government itself: 博罗县人民政府, 罗阳街道办事处, 石坝镇人民政府. */
function governmentName(org: Org): string {
  return org.divisionType === '街道' ? `${org.name}办事处` : `${org.name}人民政府`;
}

/** The office that acts for a government (县政府办公室); a township acts itself. */
function governmentOffice({ child, directory }: UnitContext): string {
  return findDepartment(directory, child.id, 'office')?.name ?? governmentName(child);
}

/** How a government names all its townships: 各乡镇（街道）, 各镇（街道）, 各街道; null when it has none. */
export function subordinatesPhrase({ child, directory }: UnitContext): string | null {
  const types = new Set(
    directory
      .children(child.id)
      .filter((o) => o.level === 'township' && o.kind === 'government')
      .map((o) => o.divisionType),
  );
  if (!types.size) return null;
  const rural = types.has('乡') || types.has('民族乡') ? '乡镇' : types.has('镇') ? '镇' : '';
  if (!rural) return '各街道';
  return types.has('街道') ? `各${rural}（街道）` : `各${rural}`;
}
