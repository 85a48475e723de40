import type { Org, OrgDirectory } from '@cascade/engine';

const ALL_DEPARTMENTS = /政府(各|其他|有关)部门$|直(各|其他|有关)单位$/;
const TOWNSHIPS = /^各(乡镇|镇|乡|街道)/;

/**
 * The orgs a unit phrase of a derived plan names inside its owner's government: the owner's
 * office and departments by name, 县政府各部门 as all of them, 各乡镇（街道） as its townships, the
 * government itself by its name. What it cannot place returns [] (the ledger names no one).
 */
export function resolveUnitOrgs(text: string, owner: Org, directory: OrgDirectory): Org[] {
  const children = directory.children(owner.id);
  const named = children.find((o) => o.name === text);
  if (named) return [named];
  if (text === `${owner.name}人民政府` || text === `${owner.name}办事处` || text === owner.name) return [owner];
  if (ALL_DEPARTMENTS.test(text)) return children.filter((o) => o.kind === 'department');
  if (TOWNSHIPS.test(text))
    return children.filter((o) => o.level === 'township' && (o.kind === 'government' || o.kind === 'zone'));
  return [];
}
