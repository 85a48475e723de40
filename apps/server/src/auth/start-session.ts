import { createSession, deleteSession } from '@cascade/db';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppDeps, AppEnv } from '../http/app-env.ts';
import { SESSION_COOKIE, SESSION_TIMES } from './session.middleware.ts';

/**
 * A signed-in browser's new session, however it signed in (password, 统一身份认证): a fresh one at
 * every sign-in, the one the browser came with ended (no fixation), the address and browser kept
 * for its holder's list, the token in an http-only cookie. Answers the CSRF token.
 */
export async function startSession(
  c: Context<AppEnv>,
  deps: Pick<AppDeps, 'database' | 'secureCookies'>,
  input: { userId: string; address: string },
): Promise<{ csrfToken: string }> {
  const db = deps.database.db;
  const previous = getCookie(c, SESSION_COOKIE);
  if (previous && previous.length <= 128) await deleteSession(db, previous);
  const { token, csrfToken } = await createSession(db, input.userId, SESSION_TIMES, {
    address: input.address,
    userAgent: c.req.header('user-agent'),
  });
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: deps.secureCookies,
    path: '/',
    maxAge: SESSION_TIMES.absoluteMs / 1000,
  });
  return { csrfToken };
}
