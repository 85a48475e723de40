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
