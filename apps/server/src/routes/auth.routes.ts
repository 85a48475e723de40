import { currentSessionSchema, loginRequestSchema, sessionSchema } from '@cascade/contracts';
import { createSession, deleteSession, findUserByUsername, logEvent } from '@cascade/db';
import { isRole } from '@cascade/engine';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createLoginThrottle } from '../auth/login-throttle.ts';
import { burnPasswordCheck, verifyPassword } from '../auth/passwords.ts';
import { requireAccount, SESSION_COOKIE, SESSION_TIMES } from '../auth/session.middleware.ts';
import { apiRouter } from '../http/api-router.ts';
import type { AppDeps } from '../http/app-env.ts';
import { json, problems, SIGNED_IN } from '../http/openapi.ts';
import { ProblemError } from '../http/problem.ts';

const login = createRoute({
  method: 'post',
  path: '/login',
  tags: ['账号'],
  summary: '登录（用户名 + 密码），成功后设置会话 Cookie',
  request: { body: { ...json(loginRequestSchema, '用户名和密码'), required: true } },
  responses: { 200: json(sessionSchema, '已登录：账号与 CSRF 令牌'), ...problems('login-failed', 'too-many-attempts') },
});
const session = createRoute({
  method: 'get',
  path: '/session',
  tags: ['账号'],
  summary: '当前登录的账号与 CSRF 令牌（未登录时 account 为 null）',
  responses: { 200: json(currentSessionSchema, '当前会话'), ...problems() },
});
const logout = createRoute({
  method: 'post',
  path: '/logout',
  tags: ['账号'],
  summary: '退出登录（会话立即失效）',
  security: SIGNED_IN,
  responses: { 204: { description: '已退出' }, ...problems('csrf') },
});

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // in-process requests (tests) have no socket
  }
}

/** Sign in, who am I, sign out. */
export function authRoutes(deps: AppDeps) {
  const throttle = createLoginThrottle();
  const db = deps.database.db;
  return apiRouter()
    .openapi(login, async (c) => {
      const { username, password } = c.req.valid('json');
      const wait = await throttle.check(db, username, clientAddress(c));
      if (wait !== null) {
        throw new ProblemError(
          'too-many-attempts',
          `登录失败次数过多，请 ${Math.ceil(wait / 60)} 分钟后再试`,
          undefined,
          {
            retryAfter: wait,
          },
        );
      }
      const user = await findUserByUsername(db, username);
      if (!user) await burnPasswordCheck(password);
      const valid = user ? await verifyPassword(user.passwordHash, password) : false;
      if (!user || !valid || !isRole(user.role)) {
        await logEvent(db, { actor: 'anonymous', type: 'auth.loginFailed', subjectType: 'user', subjectId: username });
        throw new ProblemError('login-failed');
      }
      // A fresh session at every login, and the one the browser came with is ended (no fixation).
      const previous = getCookie(c, SESSION_COOKIE);
      if (previous && previous.length <= 128) await deleteSession(db, previous);
      const { token, csrfToken } = await createSession(db, user.id, SESSION_TIMES);
      await logEvent(db, { actor: user.id, type: 'auth.login', subjectType: 'user', subjectId: user.username });
      setCookie(c, SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: deps.secureCookies,
        path: '/',
        maxAge: SESSION_TIMES.absoluteMs / 1000,
      });
      const { passwordHash: _hash, ...account } = user;
      return c.json({ account: { ...account, role: user.role }, csrfToken }, 200);
    })
    .openapi(session, (c) => {
      const account = c.get('account');
      if (!account || !isRole(account.role)) return c.json({ account: null, csrfToken: '' }, 200);
      return c.json({ account: { ...account, role: account.role }, csrfToken: c.get('csrfToken') ?? '' }, 200);
    })
    .openapi(logout, async (c) => {
      const account = requireAccount(c);
      const token = getCookie(c, SESSION_COOKIE);
      if (token) await deleteSession(db, token);
      await logEvent(db, { actor: account.id, type: 'auth.logout', subjectType: 'user', subjectId: account.username });
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    });
}
