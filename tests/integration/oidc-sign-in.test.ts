import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createUser, findAccount, hashPassword, listIdentities, setAccountDisabled } from '@cascade/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OIDC_CALLBACK, signOnThrough, startTestProvider, type TestProvider } from '../support/oidc-provider.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

/**
 * Single sign-on end to end against a real OpenID Connect provider (oidc-provider, in this process
 * on a random port): the server sends the browser there, the provider signs the person in and
 * sends it back with a code, the server exchanges it (PKCE, state, nonce, the ID token checked by
 * openid-client), reads org and role from userinfo, and signs in to — or refuses — an account.
 * A small cookie jar plays the browser, following each redirect by hand.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const NO_WEB = path.join(root, '.tmp', 'no-web-app');
const CALLBACK = OIDC_CALLBACK;

/** A browser's cookies, by name (the provider's and the server's do not share names). */
class CookieJar {
  readonly cookies = new Map<string, string>();
  store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

async function send(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const cookie = jar.header();
  if (cookie) headers.set('cookie', cookie);
  const res = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.store(res);
  return res;
}

const locationOf = (res: Response, from: string) => new URL(res.headers.get('location') ?? '', from).href;

type Flow = {
  jar?: CookieJar;
  /** Changes the provider's answer before the browser brings it back (a tampered state). */
  tamper?: (callback: URL, jar: CookieJar) => void;
};

/**
 * Signs `login` in through the provider as a browser would; the server's last answer (where it
 * sends the browser) and the jar.
 */
async function signInThroughProvider(server: TestServer, login: string, flow: Flow = {}) {
  const jar = flow.jar ?? new CookieJar();
  let url = `${server.url}/api/auth/oidc/start`;
  let res = await send(jar, url);
  expect(res.status, 'start redirects to the provider').toBe(302);
  for (let hop = 0; hop < 12; hop++) {
    const next = locationOf(res, url);
    if (next.startsWith(`${server.url}${CALLBACK}`)) {
      const callback = new URL(next);
      flow.tamper?.(callback, jar);
      res = await send(jar, callback.href);
      expect(res.status, 'the callback redirects').toBe(302);
      return { location: res.headers.get('location') ?? '', jar };
    }
    url = next;
    res = await send(jar, url);
    if (res.status === 200 && new URL(url).pathname.startsWith('/interaction/')) {
      // The provider's sign-in form (devInteractions): any password does.
      res = await send(jar, url, {
        method: 'POST',
        body: new URLSearchParams({ prompt: 'login', login, password: 'whatever' }),
      });
    }
    expect([302, 303], `provider step ${url}: ${res.status}`).toContain(res.status);
  }
  throw new Error('the provider never sent the browser back');
}

async function sessionOf(server: TestServer, jar: CookieJar) {
  const res = await send(jar, `${server.url}/api/auth/session`);
  return (await res.json()) as {
    account: { username: string; orgId: string; role: string; id: string; mustChangePassword: boolean } | null;
  };
}

type LoggedEvent = { type: string; actor: string; subjectId: string; payload: Record<string, unknown> };

/** Events of some types, oldest first, optionally about one subject. */
function eventsOf(server: TestServer, types: string[], subjectId?: string): Promise<LoggedEvent[]> {
  return server.database.query<LoggedEvent>(
    `SELECT type, actor, subject_id AS "subjectId", payload FROM events
     WHERE type = ANY($1::text[]) AND ($2::text IS NULL OR subject_id = $2) ORDER BY id`,
    [types, subjectId ?? null],
  );
}

const refusals = (server: TestServer) => eventsOf(server, ['auth.oidcRefused']);

async function usersNamed(server: TestServer, username: string) {
  return server.database.query('SELECT id FROM users WHERE username = $1', [username]);
}

describe('single sign-on through a real OpenID Connect provider', () => {
  let provider: TestProvider;
  const people = () => provider.people;
  /** Subtree 惠州市 (441300), provisioning on, password sign-in on. */
  let huizhou: TestServer;
  /** Subtree 博罗县 (441322), provisioning off, password sign-in off. */
  let boluo: TestServer;
  // Generated here, as an operator would set it in the environment: never a constant in the repository.
  const secret = randomBytes(24).toString('base64url');

  beforeAll(async () => {
    provider = await startTestProvider();
    [huizhou, boluo] = await Promise.all([
      startTestServer({
        provinces: ['44'],
        webDist: NO_WEB,
        deps: signOnThrough(provider, secret, { OIDC_SUBTREE: '441300', OIDC_PROVISION: 'true' }),
      }),
      startTestServer({
        provinces: ['44'],
        webDist: NO_WEB,
        deps: signOnThrough(provider, secret, {
          OIDC_SUBTREE: '441322',
          OIDC_PROVISION: 'false',
          PASSWORD_SIGNIN: 'off',
        }),
      }),
    ]);
    provider.attach(secret, [`${huizhou.url}${CALLBACK}`, `${boluo.url}${CALLBACK}`]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([huizhou?.close(), boluo?.close()]);
    await provider?.close();
  });

  it('tells the sign-in page which ways to sign in there are', async () => {
    expect(await (await fetch(`${huizhou.url}/api/auth/methods`)).json()).toEqual({ password: true, oidc: true });
    expect(await (await fetch(`${boluo.url}/api/auth/methods`)).json()).toEqual({ password: false, oidc: true });
  });

  it('provisions an identity of 博罗县 inside 惠州市 on its first sign-in, and signs it in to the same account after', async () => {
    people().set('li-ming', { preferred_username: 'bl-liming', name: '李明', org_code: '441322', role: 'author' });
    const first = await signInThroughProvider(huizhou, 'li-ming');
    expect(first.location).toBe('/');
    const session = await sessionOf(huizhou, first.jar);
    expect(session.account).toMatchObject({ username: 'bl-liming', orgId: '441322', role: 'author' });
    const created = await findAccount(huizhou.database.db, 'bl-liming');
    expect(created).toMatchObject({ displayName: '李明', mustChangePassword: false, disabled: false });

    // No password opens it: password sign-in answers as for a wrong password.
    const byPassword = await fetch(`${huizhou.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bl-liming', password: '!oidc-only' }),
    });
    expect(byPassword.status).toBe(401);

    const second = await signInThroughProvider(huizhou, 'li-ming');
    expect(second.location).toBe('/');
    expect((await sessionOf(huizhou, second.jar)).account?.id).toBe(session.account?.id);
    expect(await usersNamed(huizhou, 'bl-liming')).toHaveLength(1);
    const [identity] = await listIdentities(huizhou.database.db, session.account?.id ?? '');
    expect(identity).toMatchObject({ issuer: provider.issuer, subject: 'li-ming' });
    expect(identity?.lastSignInAt).toBeInstanceOf(Date);

    const logged = await eventsOf(huizhou, ['auth.login'], 'bl-liming');
    expect(logged).toHaveLength(2);
    expect(logged[0]).toMatchObject({ actor: 'user-bl-liming', payload: { method: 'oidc', address: '127.0.0.1' } });
    const [createdEvent] = await eventsOf(huizhou, ['user.created'], 'user-bl-liming');
    expect(createdEvent?.actor).toBe('system:oidc');
  });

  it('moves the account when the platform moves the person (org and role, by system:oidc), still inside the subtree', async () => {
    people().set('wang-fang', { preferred_username: 'bl-wangfang', name: '王芳', org_code: '441322', role: 'author' });
    await signInThroughProvider(huizhou, 'wang-fang');
    people().set('wang-fang', {
      preferred_username: 'bl-wangfang',
      name: '王芳',
      org_code: '441322-justice',
      role: '任务报送',
    });
    const moved = await signInThroughProvider(huizhou, 'wang-fang');
    expect(moved.location).toBe('/');
    expect((await sessionOf(huizhou, moved.jar)).account).toMatchObject({
      orgId: '441322-justice',
      role: 'reporter',
    });
    const [updated] = await eventsOf(huizhou, ['user.updated'], 'user-bl-wangfang');
    expect(updated?.actor).toBe('system:oidc');
    expect(updated?.payload).toMatchObject({
      changes: { orgId: { from: '441322', to: '441322-justice' }, role: { from: 'author', to: 'reporter' } },
    });

    // Moved out of the subtree by the platform: refused, and the account stays where it was.
    people().set('wang-fang', { preferred_username: 'bl-wangfang', name: '王芳', org_code: '440100', role: 'author' });
    const out = await signInThroughProvider(huizhou, 'wang-fang');
    expect(out.location).toBe('/?oidc_error=outside-subtree');
    expect(await findAccount(huizhou.database.db, 'bl-wangfang')).toMatchObject({
      orgId: '441322-justice',
      role: 'reporter',
    });
  });

  it('refuses an identity of 广州 (440100), outside 惠州市: no account, the refusal logged with its reason', async () => {
    people().set('gz-zhao', { preferred_username: 'gz-zhao', name: '赵磊', org_code: '440100', role: 'author' });
    const refused = await signInThroughProvider(huizhou, 'gz-zhao');
    expect(refused.location).toBe('/?oidc_error=outside-subtree');
    expect((await sessionOf(huizhou, refused.jar)).account).toBeNull();
    expect(await usersNamed(huizhou, 'gz-zhao')).toEqual([]);
    const logged = (await refusals(huizhou)).find((r) => r.subjectId === 'oidc:gz-zhao');
    expect(logged?.payload).toMatchObject({
      reason: 'outside-subtree',
      subject: 'gz-zhao',
      address: '127.0.0.1',
      claims: { username: 'gz-zhao', orgCode: '440100' },
    });
  });

  it('refuses an org code that names no org, a role that names no role, and claims without an org', async () => {
    people().set('ghost', { preferred_username: 'ghost', name: '无名', org_code: '449999', role: 'author' });
    expect((await signInThroughProvider(huizhou, 'ghost')).location).toBe('/?oidc_error=unknown-org');
    people().set('boss', { preferred_username: 'boss', name: '老板', org_code: '441322', role: 'boss' });
    expect((await signInThroughProvider(huizhou, 'boss')).location).toBe('/?oidc_error=bad-role');
    people().set('no-org', { preferred_username: 'no-org', name: '某人', role: 'author' });
    expect((await signInThroughProvider(huizhou, 'no-org')).location).toBe('/?oidc_error=missing-claims');
    for (const username of ['ghost', 'boss', 'no-org']) expect(await usersNamed(huizhou, username)).toEqual([]);
    const reasons = (await refusals(huizhou)).map((r) => (r.payload as { reason: string }).reason);
    expect(reasons).toEqual(expect.arrayContaining(['unknown-org', 'bad-role', 'missing-claims']));
  });

  it('links an existing account of the claimed org on its first sign-in, never a namesake of another org', async () => {
    people().set('hz-author-person', {
      preferred_username: 'hz-author',
      name: '惠州市 方案起草',
      org_code: '441300',
      role: 'author',
    });
    const linked = await signInThroughProvider(huizhou, 'hz-author-person');
    expect(linked.location).toBe('/');
    expect((await sessionOf(huizhou, linked.jar)).account).toMatchObject({ id: 'user-hz-author', orgId: '441300' });
    expect(await listIdentities(huizhou.database.db, 'user-hz-author')).toHaveLength(1);

    // bl-deriver is an account of 博罗县: someone the platform places in 惠州市 does not get it.
    people().set('namesake', { preferred_username: 'bl-deriver', name: '同名', org_code: '441300', role: 'admin' });
    expect((await signInThroughProvider(huizhou, 'namesake')).location).toBe('/?oidc_error=account-mismatch');
    expect(await listIdentities(huizhou.database.db, 'user-bl-deriver')).toEqual([]);
    expect(await findAccount(huizhou.database.db, 'bl-deriver')).toMatchObject({ role: 'deriver' });
  });

  it('voids a one-time password still pending when its holder signs in through the platform', async () => {
    await createUser(huizhou.database.db, {
      username: 'hz-newcomer',
      displayName: '新同事',
      passwordHash: await hashPassword('one-time-Pw-8837'),
      orgId: '441300-justice',
      role: 'reporter',
      mustChangePassword: true,
      actor: 'system:cli',
    });
    people().set('newcomer', {
      preferred_username: 'hz-newcomer',
      name: '新同事',
      org_code: '441300-justice',
      role: 'reporter',
    });
    const signedIn = await signInThroughProvider(huizhou, 'newcomer');
    expect(signedIn.location).toBe('/');
    // Not held at 设置新密码: the session can work.
    expect((await sessionOf(huizhou, signedIn.jar)).account).toMatchObject({
      username: 'hz-newcomer',
      mustChangePassword: false,
    });
    const byOldPassword = await fetch(`${huizhou.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'hz-newcomer', password: 'one-time-Pw-8837' }),
    });
    expect(byOldPassword.status).toBe(401);
    const [reset] = await eventsOf(huizhou, ['user.passwordReset'], 'user-hz-newcomer');
    expect(reset?.actor).toBe('system:oidc');
  });

  it('refuses a disabled account', async () => {
    people().set('leaver', { preferred_username: 'bl-leaver', name: '离职', org_code: '441322', role: 'reporter' });
    expect((await signInThroughProvider(huizhou, 'leaver')).location).toBe('/');
    await setAccountDisabled(huizhou.database.db, { username: 'bl-leaver', disabled: true, actor: 'system:cli' });
    expect((await signInThroughProvider(huizhou, 'leaver')).location).toBe('/?oidc_error=disabled');
  });

  it('refuses a tampered state, a missing sign-in cookie and a replayed callback', async () => {
    people().set('li-ming', { preferred_username: 'bl-liming', name: '李明', org_code: '441322', role: 'author' });
    const tampered = await signInThroughProvider(huizhou, 'li-ming', {
      tamper: (callback) => callback.searchParams.set('state', 'forged-state'),
    });
    expect(tampered.location).toBe('/?oidc_error=state-mismatch');
    expect((await sessionOf(huizhou, tampered.jar)).account).toBeNull();

    const cookieless = await signInThroughProvider(huizhou, 'li-ming', {
      tamper: (_callback, jar) => jar.cookies.delete('cascade_oidc'),
    });
    expect(cookieless.location).toBe('/?oidc_error=expired');
    expect((await sessionOf(huizhou, cookieless.jar)).account).toBeNull();

    let replay: { url: string; cookie: string } | undefined;
    const once = await signInThroughProvider(huizhou, 'li-ming', {
      tamper: (callback, jar) => {
        replay = { url: callback.href, cookie: jar.cookies.get('cascade_oidc') ?? '' };
      },
    });
    expect(once.location).toBe('/');
    const again = new CookieJar();
    again.cookies.set('cascade_oidc', replay?.cookie ?? '');
    const res = await send(again, replay?.url ?? '');
    expect(res.headers.get('location')).toBe('/?oidc_error=expired');
    expect((await sessionOf(huizhou, again)).account).toBeNull();
  });

  it('with the subtree 博罗县: refuses 惠东县 (441323), links an existing account, provisions no one', async () => {
    people().set('hd-chen', { preferred_username: 'hd-chen', name: '陈静', org_code: '441323', role: 'author' });
    expect((await signInThroughProvider(boluo, 'hd-chen')).location).toBe('/?oidc_error=outside-subtree');
    expect(await usersNamed(boluo, 'hd-chen')).toEqual([]);

    people().set('bl-new', { preferred_username: 'bl-new', name: '新人', org_code: '441322', role: 'author' });
    expect((await signInThroughProvider(boluo, 'bl-new')).location).toBe('/?oidc_error=not-provisioned');
    expect(await usersNamed(boluo, 'bl-new')).toEqual([]);

    people().set('bl-deriver-person', {
      preferred_username: 'bl-deriver',
      name: '博罗县 方案分解',
      org_code: '441322',
      role: 'deriver',
    });
    const linked = await signInThroughProvider(boluo, 'bl-deriver-person');
    expect(linked.location).toBe('/');
    expect((await sessionOf(boluo, linked.jar)).account).toMatchObject({ id: 'user-bl-deriver', role: 'deriver' });
  });

  it('with password sign-in off, refuses a password at POST /api/auth/login', async () => {
    const res = await fetch(`${boluo.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bl-supervisor', password: 'test-password-1' }),
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ type: '/problems/password-sign-in-off' });
  });
});
