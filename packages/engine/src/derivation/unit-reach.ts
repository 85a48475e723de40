import { findFunctionByName } from '../orgs/department-functions.ts';
import { isTerritorial, type Org } from '../orgs/org.ts';
import type { UnitRef, UnitSelector } from '../units/units-by-role.ts';
import type { OrgDirectory } from './org-directory.ts';

export type UnitContext = { owner: Org; child: Org; directory: OrgDirectory };

const LEVELS = ['province', 'city', 'county', 'township'];

/** The government a department or section works in (itself for a government or zone). */
export function governmentOf(org: Org, directory: OrgDirectory): Org {
  let current = org;
  while (!isTerritorial(current)) {
    const parent = current.parentId ? directory.find(current.parentId) : undefined;
    if (!parent) return current;
    current = parent;
  }
  return current;
}

/** A department, office or section deriving from a plan of its own government (部门分解本级方案). */
export function isWithinOwner({ owner, child, directory }: UnitContext): boolean {
  return !isTerritorial(child) && governmentOf(child, directory).id === governmentOf(owner, directory).id;
}

/**
 * Does the unit phrase address the child org (or its subtree)? A subordinate government is reached
 * by selectors of governments (各县（区）, 各乡镇); a department of the plan's own government by
 * its name or function, by 各单位 / 市直各单位 / 有关单位按职能分工, or as a group member; a
 * department one level down by its counterpart (市司法局 → 博罗县司法局); a section by 相关科（室）.
 */
export function unitReachesChild(ref: UnitRef, ctx: UnitContext): boolean {
  const s = ref.selector;
  if (s.kind === 'except') return unitReachesChild({ ...ref, selector: s.base }, ctx);
  if (s.kind === 'allUnits') return true;
  if (ctx.child.kind === 'section') return s.kind === 'relevantSections';
  if (isTerritorial(ctx.child)) return reachesGovernment(s, ctx.child);
  return isWithinOwner(ctx) ? reachesOwnDepartment(s, ctx.child) : namesCounterpart(s, ctx.child);
}

function reachesGovernment(s: UnitSelector, child: Org): boolean {
  if (s.kind !== 'childGovernments') return false;
  if (child.kind === 'zone' && !s.includeZones) return false;
  // 各县（区） reaches a county; 各乡镇（街道） in a city plan reaches a county through its townships.
  return LEVELS.indexOf(s.targetLevel) >= LEVELS.indexOf(child.level);
}

function reachesOwnDepartment(s: UnitSelector, child: Org): boolean {
  switch (s.kind) {
    case 'departments':
    case 'group':
      return child.kind === 'department' || s.kind === 'departments';
    case 'ownOffice':
      return child.kind === 'office';
    case 'namedOrg':
      return namesCounterpart(s, child);
    default:
      return false;
  }
}

/** 市司法局 names a 司法局: the department itself at its own level, its counterpart below. */
function namesCounterpart(s: UnitSelector, child: Org): boolean {
  if (s.kind !== 'namedOrg') return false;
  if (s.name === child.name) return true;
  const fn = s.function ?? findFunctionByName(s.name);
  return fn !== undefined && fn !== null && fn === child.function;
}
