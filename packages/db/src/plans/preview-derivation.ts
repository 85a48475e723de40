import {
  createOrgDirectory,
  type Derivation,
  derivePlan,
  isTerritorial,
  type Org,
  refuseDerivation,
  sectionsOf,
} from '@cascade/engine';
import type { Db } from '../client.ts';
import { listNeighbourhood } from '../repositories/orgs.repository.ts';
import { DerivationRefusedError } from './derive-child-plan.ts';
import { loadPlanDraft } from './plan-store.ts';

/**
 * 预览: what one subordinate government, or a department of the plan's own government, would get
 * if it derived the plan as it stands now (the working draft, unpublished edits and item rules
 * included), with the department's 股室 the deriver may choose from. Nothing is written.
 */
export async function previewDerivation(
  db: Db,
  input: { planId: string; childOrgId: string },
): Promise<Derivation & { parentItems: ReturnType<typeof toParentItems>; sections: Org[] }> {
  const { plan, draft } = await loadPlanDraft(db, input.planId);
  const directory = createOrgDirectory(await listNeighbourhood(db, plan.ownerOrgId));
  const owner = directory.find(plan.ownerOrgId);
  const child = directory.find(input.childOrgId);
  const refused = refuseDerivation(owner, child, input.childOrgId);
  if (refused || !owner || !child) throw new DerivationRefusedError(refused ?? '');
  const profile = plan.settings.profile;
  return {
    ...derivePlan(draft, owner, child, directory, profile ? { profile } : {}),
    parentItems: toParentItems(draft),
    sections: isTerritorial(child) ? [] : sectionsOf(child, directory),
  };
}

const toParentItems = (draft: Awaited<ReturnType<typeof loadPlanDraft>>['draft']) =>
  draft.items.map((i) => ({
    id: i.id,
    path: i.path,
    text: i.text,
    units: {
      lead: i.units.lead.map((u) => u.text),
      responsible: i.units.responsible.map((u) => u.text),
      cooperate: i.units.cooperate.map((u) => u.text),
    },
    deadline: i.deadline,
  }));
