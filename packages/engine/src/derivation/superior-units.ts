import { findFunctionByName } from '../orgs/department-functions.ts';
import type { Org } from '../orgs/org.ts';
import { townshipOfficeFor } from '../orgs/township-offices.ts';
import type { UnitRef } from '../units/units-by-role.ts';
import { findDepartment } from './org-directory.ts';
import type { UnitContext } from './unit-reach.ts';

/**
 * The org of the plan owner's own government a unit phrase names — 博罗县卫生健康局, 县政府办公室,
 * 博罗县人民政府 in 博罗县's plan — or undefined for selectors of the child's level and names the
 * tree does not know. In a township's plan these guide (指导) its work; they are not its units.
 */
export function superiorUnitOf(ref: UnitRef, { owner, directory }: UnitContext): Org | undefined {
  const s = ref.selector;
  if (s.kind === 'self') return owner;
  if (s.kind === 'ownOffice') return findDepartment(directory, owner.id, 'office') ?? owner;
  if (s.kind !== 'namedOrg') return undefined;
  if (s.name === owner.name || s.name === `${owner.name}人民政府`) return owner;
  const fn = s.function ?? findFunctionByName(s.name);
  return fn ? findDepartment(directory, owner.id, fn) : undefined;
}

/**
 * Who does a superior unit's work in the township: the 办（中心） that serves its function (卫健 →
 * 社会事务办), or the township's own office when it has none (县政府办公室 → 党政办).
 */
export function townshipCounterpart(superior: Org, { child, directory }: UnitContext): Org | undefined {
  const office = superior.function ? townshipOfficeFor(superior.function) : undefined;
  return (office && findDepartment(directory, child.id, office.key)) ?? findDepartment(directory, child.id, 'office');
}
