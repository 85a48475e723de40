import { type OidcRefusal, oidcCallbackQuerySchema, signInMethodsSchema } from '@cascade/contracts';
import { logIdentityRefusal, recordIdentitySignIn, saveOidcSignIn, takeOidcSignIn } from '@cascade/db';
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { clientAddress } from '../auth/client-address.ts';
import { createAddressLimiter } from '../auth/login-throttle.ts';
import { resolveOidcAccount } from '../auth/oidc-account.ts';
import { readClaims } from '../auth/oidc-claims.ts';
import { OidcUnavailableError } from '../auth/oidc-client.ts';
import { startSession } from '../auth/start-session.ts';
import { apiRouter } from '../http/api-router.ts';
import type { AppDeps, AppEnv } from '../http/app-env.ts';
import { json, problems } from '../http/openapi.ts';
import { ProblemError } from '../http/problem.ts';

/** The browser's handle on a sign-in under way: http-only, sent back only to the callback. */
export const OIDC_COOKIE = 'cascade_oidc';
const OIDC_COOKIE_PATH = '/api/auth/oidc';
/** Time to sign in at the provider and come back. */
const SIGN_IN_TTL_MS = 10 * 60_000;

const methods = createRoute({
  method: 'get',
  path: '/methods',
  tags: ['账号'],
  summary: '可用的登录方式：用户名密码、统一身份认证（OpenID Connect）',
  responses: { 200: json(signInMethodsSchema, '登录方式'), ...problems() },
});
const start = createRoute({
  method: 'get',
  path: '/oidc/start',
  tags: ['账号'],
  summary: '统一身份认证登录：转到认证平台（state、nonce、PKCE 保存在短时 Cookie 对应的记录中）',
  responses: {
    302: { description: '转到认证平台；平台不可用时回到登录页并说明原因' },
    ...problems('not-found', 'too-many-attempts'),
  },
});
const callback = createRoute({
  method: 'get',
  path: '/oidc/callback',
  tags: ['账号'],
  summary:
    '统一身份认证回调：校验 state、以授权码换取令牌并验证 ID Token，按 (issuer, sub) 找到、关联或新建本系统账号（仅限配置的单位范围内），成功后设置会话 Cookie',
  request: { query: oidcCallbackQuerySchema },
  responses: {
    302: { description: '已登录则转到首页；被拒绝则转到登录页（/?oidc_error=原因代码）' },
    ...problems('not-found'),
  },
});

/** Where the browser lands: the web app's home when signed in, its sign-in page with a reason when not. */
const HOME = '/';
const refusedLocation = (reason: OidcRefusal) => `/?oidc_error=${reason}`;

/** GET /api/auth/methods, and the two legs of signing in through the identity platform (统一身份认证). */
export function oidcRoutes(deps: AppDeps) {
  const db = deps.database.db;
  const addresses = createAddressLimiter();
  const relyingParty = deps.oidc;
  const configured = () => {
    if (!relyingParty) throw new ProblemError('not-found', '本系统未配置统一身份认证');
    return relyingParty;
  };
  const refuse = async (
    c: Context<AppEnv>,
    reason: OidcRefusal,
    facts: { issuer: string; subject: string | null; claims?: Record<string, unknown>; detail?: string },
  ) => {
    const address = clientAddress(c, deps.trustProxy);
    await logIdentityRefusal(db, {
      reason,
      issuer: facts.issuer,
      subject: facts.subject,
      address,
      claims: { ...facts.claims, ...(facts.detail ? { detail: facts.detail.slice(0, 500) } : {}) },
    });
    return c.redirect(refusedLocation(reason), 302);
  };

  return apiRouter()
    .openapi(methods, (c) => c.json({ password: deps.passwordSignIn !== false, oidc: relyingParty !== undefined }, 200))
    .openapi(start, async (c) => {
      const rp = configured();
      const address = clientAddress(c, deps.trustProxy);
      // Each start stores a row: the spray limit of the sign-in page holds here too.
      const wait = addresses.check(address);
      if (wait !== null)
        throw new ProblemError('too-many-attempts', `登录尝试过于频繁，请 ${wait} 秒后再试`, undefined, {
          retryAfter: wait,
        });
      addresses.note(address);
      let begun: Awaited<ReturnType<typeof rp.begin>>;
      try {
        begun = await rp.begin();
      } catch (error) {
        return refuse(c, 'unavailable', {
          issuer: rp.settings.issuer.href,
          subject: null,
          detail: error instanceof Error ? error.message : String(error),
        });
      }
      const token = await saveOidcSignIn(db, begun.checks, SIGN_IN_TTL_MS);
      setCookie(c, OIDC_COOKIE, token, {
        httpOnly: true,
        // Lax: sent when the provider sends the browser back (a top-level GET from another site).
        sameSite: 'Lax',
        secure: deps.secureCookies,
        path: OIDC_COOKIE_PATH,
        maxAge: SIGN_IN_TTL_MS / 1000,
      });
      return c.redirect(begun.url.href, 302);
    })
    .openapi(callback, async (c) => {
      const rp = configured();
      const issuer = rp.settings.issuer.href;
      const token = getCookie(c, OIDC_COOKIE);
      deleteCookie(c, OIDC_COOKIE, { path: OIDC_COOKIE_PATH });
      const checks = token && token.length <= 128 ? await takeOidcSignIn(db, token) : undefined;
      if (!checks) return refuse(c, 'expired', { issuer, subject: null });
      const query = c.req.valid('query');
      if (query.state !== checks.state) return refuse(c, 'state-mismatch', { issuer, subject: null });
      if (query.error)
        return refuse(c, 'provider', {
          issuer,
          subject: null,
          detail: `${query.error} ${query.error_description ?? ''}`,
        });

      let answer: Awaited<ReturnType<typeof rp.complete>>;
      try {
        answer = await rp.complete(new URL(c.req.url).search, checks);
      } catch (error) {
        return refuse(c, error instanceof OidcUnavailableError ? 'unavailable' : 'provider', {
          issuer,
          subject: null,
          detail: error instanceof Error ? error.message : String(error),
        });
      }
      const identity = readClaims(answer.claims, rp.settings.claims);
      const address = clientAddress(c, deps.trustProxy);
      const outcome = await resolveOidcAccount(db, {
        issuer: answer.issuer,
        identity,
        subtree: rp.settings.subtree,
        provision: rp.settings.provision,
        address,
      });
      if (!outcome.ok)
        return refuse(c, outcome.reason, {
          issuer: answer.issuer,
          subject: identity.subject,
          claims: {
            username: identity.username ?? null,
            orgCode: identity.orgCode ?? null,
            role: answer.claims[rp.settings.claims.role] ?? null,
          },
        });

      await recordIdentitySignIn(db, {
        issuer: answer.issuer,
        subject: identity.subject,
        userId: outcome.userId,
        username: outcome.username,
        address,
      });
      await startSession(c, deps, { userId: outcome.userId, address });
      return c.redirect(HOME, 302);
    });
}
