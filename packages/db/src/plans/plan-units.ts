import { createOrgDirectory, type Org, resolveUnitOrgs } from '@cascade/engine';
import type { Db } from '../client.ts';
import { listNeighbourhood } from '../repositories/orgs.repository.ts';
import { getPlan } from './plan-store.ts';

export type ResolvedPhrase = { phrase: string; orgs: Pick<Org, 'id' | 'name'>[] };

/**
 * Who each unit phrase of a plan names (市司法局 → 惠州市司法局, 各县（区）人民政府 → the seven
 * county governments), as publishing will resolve it into ledger rows; and the units a clerk can
 * pick from (the owner's own departments, offices and the governments below it).
 */
export async function resolvePlanUnits(
  db: Db,
  planId: string,
  phrases: readonly string[],
): Promise<{ resolved: ResolvedPhrase[]; choices: Pick<Org, 'id' | 'name' | 'kind'>[] }> {
  const plan = await getPlan(db, planId);
  const directory = createOrgDirectory(await listNeighbourhood(db, plan.ownerOrgId));
  const owner = directory.find(plan.ownerOrgId);
  const named = (o: Org) => ({ id: o.id, name: o.name });
  return {
    resolved: phrases.map((phrase) => ({
      phrase,
      orgs: owner ? resolveUnitOrgs(phrase, owner, directory).map(named) : [],
    })),
    choices: owner ? directory.children(owner.id).map((o) => ({ ...named(o), kind: o.kind })) : [],
  };
}

/**
 * Whether an org's tree knows a unit phrase — names someone as publishing would resolve it — for
 * the importer's warning on units the office does not have (a document written for another one).
 * Loads the org's neighbourhood once; the answer is a plain function over it.
 */
export async function unitKnowerOf(db: Db, orgId: string): Promise<(phrase: string) => boolean> {
  const directory = createOrgDirectory(await listNeighbourhood(db, orgId));
  const owner = directory.find(orgId);
  if (!owner) return () => true;
  const known = new Map<string, boolean>();
  return (phrase) => {
    let answer = known.get(phrase);
    if (answer === undefined) {
      answer = resolveUnitOrgs(phrase, owner, directory).length > 0;
      known.set(phrase, answer);
    }
    return answer;
  };
}
