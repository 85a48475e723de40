import { findSession, type SessionTimes } from '@cascade/db';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppDeps, AppEnv } from '../http/app-env.ts';
import { ProblemError } from '../http/problem.ts';

export const SESSION_COOKIE = 'cascade_session';
/** Signed out after 2 hours without use, and after 12 hours in any case (a working day). */
export const SESSION_TIMES: SessionTimes = { idleMs: 2 * 3_600_000, absoluteMs: 12 * 3_600_000 };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Writes allowed without a session: signing in (which makes one). */
const OPEN_WRITES = new Set(['/api/auth/login']);

/**
 * Reads the session cookie into `account`, and guards every state-changing request: it needs a
 * session and the session's CSRF token in X-CSRF-Token (a cross-site form cannot read it).
 */
export function sessionMiddleware(deps: Pick<AppDeps, 'database'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token && token.length <= 128) {
      const session = await findSession(deps.database.db, token, SESSION_TIMES);
      if (session) {
        c.set('account', session.account);
        c.set('csrfToken', session.csrfToken);
      }
    }
    if (!SAFE_METHODS.has(c.req.method) && !OPEN_WRITES.has(c.req.path)) {
      if (!c.get('account')) throw new ProblemError('unauthenticated', '登录已失效，请重新登录');
      if (c.req.header('x-csrf-token') !== c.get('csrfToken')) throw new ProblemError('csrf');
    }
    await next();
  };
}

/** The signed-in account, or a 401 problem. */
export function requireAccount(c: Context<AppEnv>) {
  const account = c.get('account');
  if (!account) throw new ProblemError('unauthenticated');
  return account;
}
