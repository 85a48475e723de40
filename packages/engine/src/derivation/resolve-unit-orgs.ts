import { findFunctionByName } from '../orgs/department-functions.ts';
import type { Org } from '../orgs/org.ts';
import { normalizeUnitText } from '../units/normalize-unit.ts';
import { readUnitSelector } from '../units/unit-selector.ts';
import type { UnitSelector } from '../units/units-by-role.ts';
import { findDepartment, type OrgDirectory } from './org-directory.ts';

const isGovernment = (o: Org, zones: boolean) => o.kind === 'government' || (zones && o.kind === 'zone');
const ALL_DEPARTMENTS = /政府(各|其他|有关)部门$|直(各|其他|有关)单位$/;

/**
 * The orgs a unit phrase names inside its plan owner's government — who gets a ledger row when
 * the plan is issued: 各县（区）人民政府（管委会） → the county governments (and zones) below,
 * 市直各单位 / 县政府各部门 → the departments, 市司法局 → the justice department, 县政府办公室 →
 * the office, 市政府 → the owner itself. A group (领导小组成员单位) or an unknown name resolves to
 * nobody: the ledger names no one rather than guessing.
 */
export function resolveUnitOrgs(text: string, owner: Org, directory: OrgDirectory): Org[] {
  const normalized = normalizeUnitText(text);
  const children = directory.children(owner.id);
  const named = children.find((o) => o.name === normalized || o.fullName === normalized);
  if (named) return [named];
  if (normalized === `${owner.name}人民政府` || normalized === `${owner.name}办事处` || normalized === owner.name)
    return [owner];
  if (ALL_DEPARTMENTS.test(normalized)) return children.filter((o) => o.kind === 'department');
  return bySelector(readUnitSelector(normalized), owner, directory);
}

function bySelector(selector: UnitSelector, owner: Org, directory: OrgDirectory): Org[] {
  const children = directory.children(owner.id);
  switch (selector.kind) {
    case 'self':
      return [owner];
    case 'ownOffice':
      return children.filter((o) => o.kind === 'office');
    case 'childGovernments': {
      const direct = children.filter((o) => isGovernment(o, selector.includeZones));
      if (direct.some((o) => o.level === selector.targetLevel) || direct.length === 0) return direct;
      // 各乡镇（街道） in a city plan: two levels down.
      return direct.flatMap((o) => directory.children(o.id).filter((g) => isGovernment(g, selector.includeZones)));
    }
    case 'departments':
      return children.filter((o) => o.kind === 'department');
    case 'allUnits':
      return children.filter((o) => o.kind === 'department' || o.kind === 'office' || isGovernment(o, true));
    case 'relevantSections':
      return children.filter((o) => o.kind === 'section');
    case 'namedOrg': {
      const fn = selector.function ?? findFunctionByName(selector.name);
      const department = fn ? findDepartment(directory, owner.id, fn) : undefined;
      return department ? [department] : [];
    }
    case 'except': {
      const excluded = new Set(selector.excluded.flatMap((s) => bySelector(s, owner, directory)).map((o) => o.id));
      return bySelector(selector.base, owner, directory).filter((o) => !excluded.has(o.id));
    }
    case 'group':
      return [];
  }
}
