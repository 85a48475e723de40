import {
  changePasswordRequestSchema,
  currentSessionSchema,
  loginRequestSchema,
  orgFailedLoginsQuerySchema,
  orgFailedLoginsSchema,
  sessionSchema,
} from '@cascade/contracts';
import {
  burnPasswordCheck,
  changeOwnPassword,
  checkPasswordStrength,
  deleteSession,
  findUserByUsername,
  getOrg,
  hashPassword,
  listOrgLoginFailures,
  logEvent,
  loginFailuresSinceLastSignIn,
  reserveLoginAttempt,
  settleLoginAttempt,
  verifyPassword,
} from '@cascade/db';
import { isRole } from '@cascade/engine';
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import { allow } from '../auth/authorize.ts';
import { clientAddress } from '../auth/client-address.ts';
import { createAddressLimiter, LOGIN_WINDOWS, loginWait } from '../auth/login-throttle.ts';
import { requireAccount, SESSION_COOKIE } from '../auth/session.middleware.ts';
import { startSession } from '../auth/start-session.ts';
import { apiRouter } from '../http/api-router.ts';
import type { AppDeps } from '../http/app-env.ts';
import { json, problems, SIGNED_IN } from '../http/openapi.ts';
import { ProblemError, prefersEnglish } from '../http/problem.ts';

const login = createRoute({
  method: 'post',
  path: '/login',
  tags: ['账号'],
  summary: '登录（用户名 + 密码），成功后设置会话 Cookie',
  request: { body: { ...json(loginRequestSchema, '用户名和密码'), required: true } },
  responses: {
    200: json(sessionSchema, '已登录：账号与 CSRF 令牌'),
    ...problems('login-failed', 'too-many-attempts', 'password-sign-in-off'),
  },
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
const changePassword = createRoute({
  method: 'post',
  path: '/password',
  tags: ['账号'],
  summary:
    '设置新密码：当前密码 + 新密码（强度由 zxcvbn 判断）；一次性密码登录后只能做这一步。本账号的其他会话随之失效，当前会话保留',
  security: SIGNED_IN,
  request: { body: { ...json(changePasswordRequestSchema, '当前密码和新密码'), required: true } },
  responses: {
    200: json(sessionSchema, '已设置：账号（不再要求修改密码）与 CSRF 令牌'),
    ...problems('password-refused', 'too-many-attempts', 'csrf'),
  },
});

const orgFailedLogins = createRoute({
  method: 'get',
  path: '/org-failed-logins',
  tags: ['账号'],
  summary: '管理员：本单位及下级单位账号的登录失败记录，按账号和来源地址汇总',
  security: SIGNED_IN,
  request: { query: orgFailedLoginsQuerySchema },
  responses: {
    200: json(orgFailedLoginsSchema, '按账号和地址汇总的登录失败'),
    ...problems('forbidden', 'org-not-found'),
  },
});

/** A refused password change, naming the field at fault. */
const passwordRefused = (path: 'currentPassword' | 'newPassword', message: string) =>
  new ProblemError('password-refused', message, [{ path, message }]);

/** The most a list answers: a page, not the whole log. */
const LIST_LIMIT = 200;
/** A first sign-in is told of the failures of the last 90 days; the newest five are listed. */
const SINCE = { days: 90, limit: 5 };

function waitDetail(c: Context, seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  if (prefersEnglish(c))
    return `Too many sign-in attempts; try again in ${seconds < 60 ? `${seconds} s` : `${minutes} min`}`;
  return `登录尝试过于频繁，请 ${seconds < 60 ? `${seconds} 秒` : `${minutes} 分钟`}后再试`;
}

/** Sign in, who am I, sign out; failed sign-ins for the account itself and for its admins. */
export function authRoutes(deps: AppDeps) {
  const addresses = createAddressLimiter();
  const db = deps.database.db;
  return apiRouter()
    .openapi(login, async (c) => {
      if (deps.passwordSignIn === false) throw new ProblemError('password-sign-in-off');
      const { username, password } = c.req.valid('json');
      const address = clientAddress(c, deps.trustProxy);
      const refuse = (wait: number) => {
        addresses.note(address);
        return new ProblemError('too-many-attempts', waitDetail(c, wait), undefined, { retryAfter: wait });
      };
      const sprayed = addresses.check(address);
      if (sprayed !== null) throw refuse(sprayed);
      // The same path whether the username exists or not: nothing here tells which ones do.
      const reserved = await reserveLoginAttempt(db, { username, address, windows: LOGIN_WINDOWS }, loginWait);
      if ('waitSeconds' in reserved) throw refuse(reserved.waitSeconds);
      const user = await findUserByUsername(db, username);
      if (!user) await burnPasswordCheck(password);
      const valid = user ? await verifyPassword(user.passwordHash, password) : false;
      if (!user || !valid || !isRole(user.role)) {
        await settleLoginAttempt(db, reserved.attemptId, { signedIn: false });
        addresses.note(address);
        throw new ProblemError('login-failed');
      }
      const since = await loginFailuresSinceLastSignIn(db, { username: user.username, ...SINCE });
      await settleLoginAttempt(db, reserved.attemptId, { signedIn: true, userId: user.id });
      const { csrfToken } = await startSession(c, deps, { userId: user.id, address });
      const { passwordHash: _hash, ...account } = user;
      const failed = { count: since.total, since: since.since, recent: since.items };
      return c.json({ account: { ...account, role: user.role }, csrfToken, failedLogins: failed }, 200);
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
    })
    .openapi(changePassword, async (c) => {
      const { currentPassword, newPassword } = c.req.valid('json');
      const account = requireAccount(c);
      const address = clientAddress(c, deps.trustProxy);
      // A wrong current password counts as a failed sign-in: a session left open is no way to guess it.
      const reserved = await reserveLoginAttempt(
        db,
        { username: account.username, address, windows: LOGIN_WINDOWS, method: 'passwordCheck' },
        loginWait,
      );
      if ('waitSeconds' in reserved)
        throw new ProblemError('too-many-attempts', waitDetail(c, reserved.waitSeconds), undefined, {
          retryAfter: reserved.waitSeconds,
        });
      const user = await findUserByUsername(db, account.username);
      const valid = user ? await verifyPassword(user.passwordHash, currentPassword) : false;
      await settleLoginAttempt(
        db,
        reserved.attemptId,
        valid ? { signedIn: true, userId: account.id } : { signedIn: false },
      );
      if (!valid) throw passwordRefused('currentPassword', '当前密码不正确');
      if (newPassword === currentPassword) throw passwordRefused('newPassword', '新密码不能与当前密码相同');
      const verdict = checkPasswordStrength(newPassword, [account.username, account.displayName, account.orgName]);
      if (!verdict.ok) throw passwordRefused('newPassword', verdict.reason);
      await changeOwnPassword(db, {
        username: account.username,
        passwordHash: await hashPassword(newPassword),
        keepSessionId: c.get('sessionId') ?? '',
        actor: account.id,
        address,
      });
      const changed = { ...account, mustChangePassword: false };
      if (!isRole(changed.role)) throw new ProblemError('forbidden', `账号角色 ${changed.role} 无效`);
      return c.json({ account: { ...changed, role: changed.role }, csrfToken: c.get('csrfToken') ?? '' }, 200);
    })
    .openapi(orgFailedLogins, async (c) => {
      const { orgId, days } = c.req.valid('query');
      const account = requireAccount(c);
      const org = await getOrg(db, orgId ?? account.orgId);
      allow(c, 'loginFailure.read', { orgPath: org.path });
      const rows = await listOrgLoginFailures(db, { orgPath: org.path, days, limit: LIST_LIMIT });
      return c.json({ org: { id: org.id, name: org.name }, days, rows }, 200);
    });
}
