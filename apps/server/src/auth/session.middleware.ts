import { findSession, type SessionTimes, sessionCacheFor, sha256 } from '@cascade/db';
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
 * All a session may do while its password must be changed (a one-time password was handed over):
 * say who it is, set the new password, sign out — and what needs no session at all.
 */
const WHILE_PASSWORD_MUST_CHANGE = new Set([
  'GET /api/auth/session',
  'POST /api/auth/password',
  'POST /api/auth/logout',
  'POST /api/auth/login',
  'GET /api/auth/methods',
  'GET /api/auth/oidc/start',
  'GET /api/auth/oidc/callback',
  'GET /api/health',
  'GET /api/openapi.json',
]);

/**
 * Reads the session cookie into `account`, and guards every state-changing request: it needs a
 * session and the session's CSRF token in X-CSRF-Token (a cross-site form cannot read it). A session
 * whose password must change can do nothing but set it (403 `password-change-required`).
 */
export function sessionMiddleware(deps: Pick<AppDeps, 'database' | 'readReplica'>): MiddlewareHandler<AppEnv> {
  // Sessions are held in memory (forgotten at any change), except with a read replica: there the
  // session row carries the write position its reads wait for, which must be read fresh each time.
  // Made at the first request: an app built only for its OpenAPI document has no database.
  const lookup = (token: string) =>
    deps.readReplica
      ? findSession(deps.database.db, token, SESSION_TIMES)
      : sessionCacheFor(deps.database).find(token, SESSION_TIMES);
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token && token.length <= 128) {
      const session = await lookup(token);
      if (session) {
        c.set('account', session.account);
        c.set('csrfToken', session.csrfToken);
        c.set('sessionId', sha256(token));
        c.set('readAfterLsn', session.readAfterLsn);
      }
    }
    if (!SAFE_METHODS.has(c.req.method) && !OPEN_WRITES.has(c.req.path)) {
      if (!c.get('account')) throw new ProblemError('unauthenticated', '登录已失效，请重新登录');
      if (c.req.header('x-csrf-token') !== c.get('csrfToken')) throw new ProblemError('csrf');
    }
    if (
      c.get('account')?.mustChangePassword &&
      !WHILE_PASSWORD_MUST_CHANGE.has(`${c.req.method} ${c.req.path}`) &&
      !c.req.path.startsWith('/api/docs')
    )
      throw new ProblemError('password-change-required', '请先设置新密码：管理员发给您的是一次性密码');
    await next();
  };
}

/** The signed-in account, or a 401 problem. */
export function requireAccount(c: Context<AppEnv>) {
  const account = c.get('account');
  if (!account) throw new ProblemError('unauthenticated');
  return account;
}
