import type { Account } from '@cascade/db';
import { type AccessTarget, type Action, authorize, isRole, type Principal } from '@cascade/engine';
import type { Context } from 'hono';
import type { AppEnv } from '../http/app-env.ts';
import { ProblemError } from '../http/problem.ts';
import { requireAccount } from './session.middleware.ts';

export function principalOf(account: Account): Principal {
  if (!isRole(account.role)) throw new ProblemError('forbidden', `账号角色 ${account.role} 无效`);
  return { userId: account.id, orgId: account.orgId, orgPath: account.orgPath, role: account.role };
}

/** The signed-in principal if it may do `action` on `target`; otherwise a 403 problem with the reason. */
export function allow(c: Context<AppEnv>, action: Action, target: AccessTarget): Principal {
  const principal = principalOf(requireAccount(c));
  const decision = authorize(principal, action, target);
  if (!decision.allowed) throw new ProblemError('forbidden', decision.reason, undefined, { action });
  return principal;
}
