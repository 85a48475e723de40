import type { Org } from '../orgs/org.ts';

/**
 * Who derives from a plan: a subordinate government or zone (下级政府分解), and a department or
 * the office of the plan's own government (部门分解本级方案). Null when the child may; otherwise
 * why not, in words. Preview, derive and the cascade all ask here.
 */
export function refuseDerivation(owner: Org | undefined, child: Org | undefined, childId: string): string | null {
  if (owner && child && child.parentId === owner.id && child.kind !== 'section') return null;
  return `${child?.name ?? childId} 不是 ${owner?.name ?? '方案单位'} 的下级政府或本级部门`;
}
