import { createOrgDirectory, type Derivation, derivePlan, refuseDerivation } from '@cascade/engine';
import type { Db } from '../client.ts';
import { listNeighbourhood } from '../repositories/orgs.repository.ts';
import { DerivationRefusedError } from './derive-child-plan.ts';
import { loadPlanDraft } from './plan-store.ts';

/**
 * 预览: what one subordinate government would get if it derived the plan as it stands now (the
 * working draft, unpublished edits and item rules included). Nothing is written.
 */
export async function previewDerivation(
  db: Db,
  input: { planId: string; childOrgId: string },
): Promise<Derivation & { parentItems: ReturnType<typeof toParentItems> }> {
  const { plan, draft } = await loadPlanDraft(db, input.planId);
  const directory = createOrgDirectory(await listNeighbourhood(db, plan.ownerOrgId));
  const owner = directory.find(plan.ownerOrgId);
  const child = directory.find(input.childOrgId);
  const refused = refuseDerivation(owner, child, input.childOrgId);
  if (refused || !owner || !child) throw new DerivationRefusedError(refused ?? '');
  return { ...derivePlan(draft, owner, child, directory), parentItems: toParentItems(draft) };
}

const toParentItems = (draft: Awaited<ReturnType<typeof loadPlanDraft>>['draft']) =>
  draft.items.map((i) => ({
    path: i.path,
    text: i.text,
    units: {
      lead: i.units.lead.map((u) => u.text),
      responsible: i.units.responsible.map((u) => u.text),
      cooperate: i.units.cooperate.map((u) => u.text),
    },
    deadline: i.deadline,
  }));
