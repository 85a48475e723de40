import { findFunctionByName } from '../orgs/department-functions.ts';
import { selfWord } from '../orgs/division-type.ts';
import { isTerritorial, type Org } from '../orgs/org.ts';
import type { UnitRef, UnitRole } from '../units/units-by-role.ts';
import { findDepartment } from './org-directory.ts';
import { superiorUnitOf, townshipCounterpart } from './superior-units.ts';
import { type TraceStep, traced } from './trace.ts';
import { roleWords, type Said, say } from './trace-words.ts';
import { isWithinOwner, type UnitContext, unitReachesChild } from './unit-reach.ts';

export { type UnitContext, unitReachesChild } from './unit-reach.ts';

const LEVEL_PREFIX = /^(省|市|州|盟|县|区|旗|自治区|地区)/;

/** What one item asks of the unit mapping besides the tree: its text, and how this level reads it. */
export type ItemUnitContext = UnitContext & {
  text: string;
  /** The superior's own units guide (指导) instead of acting (乡镇/街道: superiorUnitsGuide). */
  superiorsGuide: boolean;
  /** In a department's own plan: the section(s) that take the department's part, with why. */
  sections?: { names: string[]; why: Said };
};

/** A unit as the child writes it; `guide` and `partner` name units outside the child's own. */
export type LocalizedUnit = { texts: string[]; trace: TraceStep; guide?: string[]; partner?: string[] };

/**
 * The unit as the child writes it (DESIGN.md §1): 各县（区）人民政府 → the child's own office,
 * 市直各单位 → 县政府各部门, 市司法局 → 博罗县司法局 (its counterpart by function), 市政府办公室 →
 * 博罗县人民政府办公室; each with a trace step.
 */
export function localizeUnit(ref: UnitRef, role: UnitRole, ctx: ItemUnitContext): LocalizedUnit {
  const { owner, child, directory } = ctx;
  const c = selfWord(child.divisionType);
  const step = (rule: string, said: Said, to: string[]): LocalizedUnit => ({
    texts: to,
    trace: traced(role, rule, said, { from: ref.text, to: to.join('、') }),
  });
  if (child.kind === 'section' || isWithinOwner(ctx)) return localizeWithinOwner(ref, role, ctx, step);
  const superior = ctx.superiorsGuide ? superiorUnitOf(ref, ctx) : undefined;
  if (superior) return guidedBySuperior(superior, ctx, step);
  const s = ref.selector;
  switch (s.kind) {
    case 'childGovernments': {
      if (s.targetLevel === child.level) {
        // The child leads through its own office; as a responsible unit the task also goes on
        // down to its townships (乡镇/街道), so their plans inherit it in turn.
        const own = governmentOffice(ctx);
        const below = role === 'lead' ? null : (subordinatesPhrase(ctx) ?? villagesPhrase(ctx));
        return step(
          below ? 'unit:childGovernments→ownOfficeAndSubordinates' : 'unit:childGovernments→ownOffice',
          say(below ? 'ownOfficeAndSubordinates' : 'ownOffice', { child: child.name, unit: ref.text }),
          below ? [own, below] : [own],
        );
      }
      return step('unit:childGovernments→own', say('belowChild', { unit: ref.text, child: child.name }), [ref.text]);
    }
    case 'departments': {
      const word = { all: '各', other: '其他', relevant: '有关' }[s.scope];
      if (child.level === 'township')
        return step(
          `unit:departments(${s.scope})→offices`,
          say(child.divisionType === '街道' ? 'streetOffices' : 'townshipOffices', { child: child.name }),
          child.divisionType === '街道' ? [`${word}办（中心）`] : [`${word}办（中心）`, `${word}站所`],
        );
      return step(`unit:departments(${s.scope})`, say('departments', { owner: owner.name, child: child.name }), [
        `${c}政府${word}部门`,
      ]);
    }
    case 'ownOffice':
    case 'self':
      return step(`unit:${s.kind}`, say('sameUnit', { owner: owner.name, child: child.name }), [
        s.kind === 'ownOffice' ? governmentOffice(ctx) : governmentName(child),
      ]);
    case 'namedOrg': {
      const fn = findFunctionByName(s.name);
      const counterpart = fn ? findDepartment(directory, child.id, fn) : undefined;
      if (counterpart)
        return step(`counterpart:${fn}`, say('counterpart', { unit: counterpart.name }), [counterpart.name]);
      const renamed = LEVEL_PREFIX.test(s.name) ? s.name.replace(LEVEL_PREFIX, c) : s.name;
      return step('unit:levelPrefix', say('levelPrefix', { child: child.name }), [renamed]);
    }
    case 'group':
      return step('unit:group', say('group'), [s.name.replace(LEVEL_PREFIX, c)]);
    default:
      return step(`unit:${s.kind}`, say('asWritten'), [ref.text]);
  }
}

type Step = (rule: string, said: Said, to: string[]) => LocalizedUnit;

/**
 * A department's or section's plan from its own government's (部门分解本级方案): what names the
 * child becomes its own name, or its sections where it has them (the deriver's choice, else the
 * one the task speaks of); the other units of the government share the task but are not the
 * child's to assign, so they are named as partners (协同单位), or kept where it has no sections.
 */
function localizeWithinOwner(ref: UnitRef, role: UnitRole, ctx: ItemUnitContext, step: Step): LocalizedUnit {
  const { child } = ctx;
  if (unitReachesChild(ref, ctx)) {
    return ctx.sections
      ? step(
          'unit:ownSections',
          say('ownSections', { child: child.name, unit: ref.text, why: ctx.sections.why }),
          ctx.sections.names,
        )
      : step('unit:addressedToSelf', say('reaches', { child: child.name, role: roleWords(role), unit: ref.text }), [
          child.name,
        ]);
  }
  if (!ctx.sections) return step('unit:peer', say('peer'), [ref.text]);
  return {
    ...step('unit:peer→partner', say('peerPartner', { unit: ref.text, child: child.name }), []),
    partner: [ref.text],
  };
}

/**
 * A unit of the superior's own government in a township's plan: it guides (指导), and the
 * township's 办（中心） that serves its function does the work (县卫生健康局 → 社会事务办).
 */
function guidedBySuperior(superior: Org, ctx: ItemUnitContext, step: Step): LocalizedUnit {
  const counterpart = townshipCounterpart(superior, ctx);
  const texts = counterpart ? [counterpart.name] : [governmentOffice(ctx)];
  return {
    ...step(
      'unit:superiorGuides',
      say('superiorGuides', { superior: superior.name, child: ctx.child.name, unit: texts[0] ?? '' }),
      texts,
    ),
    guide: [superior.name],
  };
}

/** Where a township's task reaches its villages and communities: 各村（社区）, 各村, 各社区. */
function villagesPhrase({ child, text }: ItemUnitContext): string | null {
  if (child.level !== 'township' || !/村|社区|居务|居委|居民/.test(text)) return null;
  if (child.hasVillages && child.hasCommunities) return '各村（社区）';
  if (child.hasVillages) return '各村';
  return child.hasCommunities ? '各社区' : null;
}

/** The government itself: 博罗县人民政府, 罗阳街道办事处, 石坝镇人民政府, 罗浮山管理区管委会. */
function governmentName(org: Org): string {
  if (org.kind === 'zone') return `${org.name}管委会`;
  return org.divisionType === '街道' ? `${org.name}办事处` : `${org.name}人民政府`;
}

/** The office that acts for a government (县政府办公室); a township acts itself. */
function governmentOffice({ child, directory }: UnitContext): string {
  return findDepartment(directory, child.id, 'office')?.name ?? governmentName(child);
}

/**
 * How a government names all its townships: 各乡镇（街道）, 各镇（街道）, 各街道, with 管委会 where
 * township-level zones (罗浮山管理区) sit among them — 各镇（街道、管委会）; null when it has none.
 */
export function subordinatesPhrase({ child, directory }: UnitContext): string | null {
  const below = directory.children(child.id).filter((o) => o.level === 'township' && isTerritorial(o));
  const types = new Set(below.filter((o) => o.kind === 'government').map((o) => o.divisionType));
  const zones = below.some((o) => o.kind === 'zone') ? ['管委会'] : [];
  if (!types.size && !zones.length) return null;
  const rural = types.has('乡') || types.has('民族乡') ? '乡镇' : types.has('镇') ? '镇' : '';
  const others = [...(rural && types.has('街道') ? ['街道'] : []), ...zones];
  const head = rural || (types.has('街道') ? '街道' : '');
  if (!head) return '各管委会';
  return others.length ? `各${head}（${others.join('、')}）` : `各${head}`;
}
