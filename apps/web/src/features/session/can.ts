import { type Action, authorize, isRole } from '@cascade/engine';
import { account } from './session.ts';

/**
 * Whether the signed-in account may do `action` on something of the org at `orgPath` — the same
 * policy the server enforces, run here only to decide which buttons to show.
 */
export function can(action: Action, orgPath: string, plan?: 'template' | 'derived'): boolean {
  const current = account();
  if (!current || !isRole(current.role)) return false;
  return authorize({ userId: current.id, orgId: current.orgId, orgPath: current.orgPath, role: current.role }, action, {
    orgPath,
    ...(plan ? { plan } : {}),
  }).allowed;
}
