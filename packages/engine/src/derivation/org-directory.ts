import type { Org } from '../orgs/org.ts';

/** What derivation needs to know about the tree; the caller loads it (from the database, a fixture). */
export type OrgDirectory = {
  /** Undefined when the org is not known. */
  find: (id: string) => Org | undefined;
  /** Direct children (governments, zones, offices, departments). */
  children: (id: string) => readonly Org[];
};

/** A directory over a list of orgs, e.g. one subtree loaded from the database. */
export function createOrgDirectory(orgs: readonly Org[]): OrgDirectory {
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const byParent = new Map<string, Org[]>();
  for (const o of orgs) {
    if (!o.parentId) continue;
    const list = byParent.get(o.parentId);
    if (list) list.push(o);
    else byParent.set(o.parentId, [o]);
  }
  return { find: (id) => byId.get(id), children: (id) => byParent.get(id) ?? [] };
}

/** The department of a government with a function (its 司法局), if it has one. */
export function findDepartment(directory: OrgDirectory, governmentId: string, functionKey: string): Org | undefined {
  return directory
    .children(governmentId)
    .find((o) => o.function === functionKey && (o.kind === 'department' || o.kind === 'office'));
}
