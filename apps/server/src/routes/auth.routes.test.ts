import type { OrgFailedLoginsDto, Problem, SessionDto, SignInHistoryDto } from '@cascade/contracts';
import { forEachDatabase } from '@cascade/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestWorld, TEST_PASSWORD, type TestWorld } from '../testing/test-world.ts';

type Fetcher = { request: TestWorld['app']['request'] };
const login = (world: Fetcher, username: string, password: string, cookie?: string, address?: string) =>
  world.request('/api/auth/login', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(cookie ? { cookie } : {}),
      // What a trusted proxy appends last; the first entry is the client's own claim, never read.
      ...(address ? { 'x-forwarded-for': `10.9.9.9, ${address}` } : {}),
    },
    body: JSON.stringify({ username, password }),
  });
const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
const whoAmI = async (world: TestWorld, cookie: string) =>
  (
    (await (await world.app.request('/api/auth/session', { headers: { cookie } })).json()) as {
      account: SessionDto['account'] | null;
    }
  ).account;

describe('accounts: sign-in, sessions, lockout', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    beforeAll(async () => {
      world = await createTestWorld(getDb(), { trustProxy: true });
    });
    const app = () => world.app;
    const from = (address: string) => ({
      login: (username: string, password: string) => login(app(), username, password, undefined, address),
    });
    /** Time passes for one account's sign-in log (its events move into the past). */
    const elapse = (username: string, seconds: number) =>
      getDb().query(
        `UPDATE events SET at = at - make_interval(secs => $2) WHERE subject_type = 'user' AND subject_id = $1`,
        [username, seconds],
      );
    const retryAfter = (res: Response) => Number(res.headers.get('retry-after'));

    it('sets an http-only, SameSite session cookie and answers who is signed in', async () => {
      const res = await login(world.app, 'hz-author', TEST_PASSWORD);
      expect(res.status).toBe(200);
      const header = res.headers.get('set-cookie') ?? '';
      expect(header).toMatch(/cascade_session=[\w-]{40,}/);
      expect(header).toMatch(/HttpOnly/i);
      expect(header).toMatch(/SameSite=Lax/i);
      expect((await whoAmI(world, cookieOf(res)))?.username).toBe('hz-author');
    });

    it('says the same for an unknown user as for a wrong password', async () => {
      const unknown = (await (await login(world.app, 'nobody', 'x')).json()) as Problem;
      const wrong = (await (await login(world.app, 'hz-supervisor', 'wrong')).json()) as Problem;
      expect(unknown).toEqual(wrong);
      expect(unknown.status).toBe(401);
    });

    it('issues a new session at every login and ends the one the browser came with (no fixation)', async () => {
      const first = cookieOf(await login(world.app, 'bl-deriver', TEST_PASSWORD));
      const second = cookieOf(await login(world.app, 'bl-deriver', TEST_PASSWORD, first));
      expect(second).not.toBe(first);
      expect(await whoAmI(world, first)).toBeNull();
      expect((await whoAmI(world, second))?.username).toBe('bl-deriver');
    });

    it('ends the session at logout', async () => {
      const res = await login(world.app, 'bl-supervisor', TEST_PASSWORD);
      const cookie = cookieOf(res);
      const { csrfToken } = (await res.json()) as SessionDto;
      const out = await world.app.request('/api/auth/logout', {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrfToken },
      });
      expect(out.status).toBe(204);
      expect(await whoAmI(world, cookie)).toBeNull();
      expect((await world.app.request('/api/ledger', { headers: { cookie } })).status).toBe(401);
    });

    it('signs out a session left idle past its expiry', async () => {
      const cookie = cookieOf(await login(world.app, 'hz-supervisor', TEST_PASSWORD));
      expect((await world.app.request('/api/ledger?limit=1', { headers: { cookie } })).status).toBe(200);
      await getDb().query(
        "UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE user_id = 'user-hz-supervisor'",
      );
      expect((await world.app.request('/api/ledger?limit=1', { headers: { cookie } })).status).toBe(401);
      expect(await whoAmI(world, cookie)).toBeNull();
    });

    it('slows one address on one account progressively, and lets the owner in from another at once', async () => {
      const owner = 'hy-author';
      const attacker = from('203.0.113.10');
      const waits: number[] = [];
      for (let i = 0; i < 3; i++) expect((await attacker.login(owner, `wrong-${i}`)).status).toBe(401);
      for (let i = 3; i < 10; i++) {
        const refused = await attacker.login(owner, `wrong-${i}`);
        expect(refused.status).toBe(429);
        expect(((await refused.json()) as Problem).type).toBe('/problems/too-many-attempts');
        waits.push(retryAfter(refused));
        await elapse(owner, retryAfter(refused));
        expect((await attacker.login(owner, `wrong-${i}`)).status).toBe(401);
      }
      expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64]);
      // The right password from the attacker's address waits too; from the owner's it does not.
      const held = await attacker.login(owner, TEST_PASSWORD);
      expect(held.status).toBe(429);
      expect(retryAfter(held)).toBe(128);
      const res = await from('198.51.100.20').login(owner, TEST_PASSWORD);
      expect(res.status).toBe(200);

      // The owner is told, once, what happened since the previous sign-in.
      const told = ((await res.json()) as SessionDto).failedLogins;
      expect(told?.count).toBe(10);
      expect(told?.since).toBeNull();
      expect(told?.recent).toHaveLength(5);
      expect(told?.recent[0]?.address).toBe('203.0.113.10');
      const again = (await (await from('198.51.100.20').login(owner, TEST_PASSWORD)).json()) as SessionDto;
      expect(again.failedLogins).toMatchObject({ count: 0, recent: [] });
      expect(again.failedLogins?.since).toEqual(expect.any(String));

      // … and can list them.
      const cookie = cookieOf(await from('198.51.100.20').login(owner, TEST_PASSWORD));
      const list = await app().request('/api/auth/sign-ins', { headers: { cookie } });
      const own = (await list.json()) as SignInHistoryDto;
      expect(own.failures).toBe(10);
      const failed = own.items.filter((i) => !i.signedIn);
      expect(new Set(failed.map((i) => i.address))).toEqual(new Set(['203.0.113.10']));

      // After the pause the attacker's address may try again.
      await elapse(owner, 128);
      expect((await attacker.login(owner, 'wrong-again')).status).toBe(401);
    });

    it('shows failed sign-ins to the admins above the account, not to another branch or other roles', async () => {
      const view = async (username: string, orgId?: string) => {
        const session = await world.as(username);
        return session.request(`/api/auth/org-failed-logins${orgId ? `?orgId=${orgId}` : ''}`);
      };
      for (const [admin, orgId] of [
        ['gd-admin', undefined],
        ['gd-admin', '441303'],
        ['hy-admin', undefined],
      ] as const) {
        const res = await view(admin, orgId);
        expect(res.status, admin).toBe(200);
        const { rows } = (await res.json()) as OrgFailedLoginsDto;
        const row = rows.find((r) => r.username === 'hy-author' && r.address === '203.0.113.10');
        expect(row, `${admin} ${orgId}`).toMatchObject({ count: 11, orgId: '441303' });
      }
      expect((await view('bl-admin', '441303')).status).toBe(403);
      const own = (await (await view('bl-admin')).json()) as OrgFailedLoginsDto;
      expect(own.rows.filter((r) => r.username.startsWith('hy-'))).toEqual([]);
      expect((await view('hz-supervisor', '441300')).status).toBe(403);
      expect((await view('hy-author')).status).toBe(403);
    });

    it('answers a wrong username as it answers a wrong password, throttled alike', async () => {
      const answers = async (username: string) => {
        const seen: string[] = [];
        for (let i = 0; i < 5; i++) {
          const res = await from('192.0.2.77').login(username, 'wrong');
          const problem = (await res.json()) as Problem;
          seen.push(`${res.status} ${problem.type} ${problem.title} ${res.headers.get('retry-after')}`);
        }
        return seen;
      };
      const unknown = await answers('nobody-here');
      expect(unknown).toEqual(await answers('bl-author'));
      expect(unknown.at(-1)).toMatch(/^429 \/problems\/too-many-attempts/);
    });

    it('lets parallel tries from one address through no faster than one by one', async () => {
      const results = await Promise.all(
        Array.from({ length: 6 }, () => from('192.0.2.99').login('bl-office-reporter', 'wrong')),
      );
      expect(results.map((r) => r.status).sort()).toEqual([401, 401, 401, 429, 429, 429]);
    });

    it('lets a shared office account sign in from many machines at once (as the reliability test’s 16 clients do)', async () => {
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) => from(`198.18.0.${i + 1}`).login('bl-supervisor', TEST_PASSWORD)),
      );
      expect(results.map((r) => r.status)).toEqual(Array(12).fill(200));
    });

    it('slows unknown addresses once many fail on one account, never an address it signed in from', async () => {
      const account = 'hy-supervisor';
      expect((await from('198.51.100.50').login(account, TEST_PASSWORD)).status).toBe(200);
      for (let i = 1; i <= 5; i++) expect((await from(`203.0.113.${100 + i}`).login(account, 'x')).status).toBe(401);
      const sixth = await from('203.0.113.106').login(account, 'x');
      expect(sixth.status).toBe(429);
      expect(retryAfter(sixth)).toBe(1);
      // A new address, even with the right password, waits with the rest; the known one goes in.
      expect((await from('198.51.100.99').login(account, TEST_PASSWORD)).status).toBe(429);
      expect((await from('198.51.100.50').login(account, TEST_PASSWORD)).status).toBe(200);
      await elapse(account, 1);
      expect((await from('198.51.100.99').login(account, TEST_PASSWORD)).status).toBe(200);
    });

    it('ignores X-Forwarded-For unless the proxy is trusted', async () => {
      const untrusted = createApp({ ...world.deps, trustProxy: false });
      for (let i = 0; i < 3; i++)
        expect((await login(untrusted, 'hz-justice-reporter', 'wrong', undefined, `203.0.113.${i}`)).status).toBe(401);
      // Every request is the same (socket) address here, whatever the header claims.
      const res = await login(untrusted, 'hz-justice-reporter', TEST_PASSWORD, undefined, '198.51.100.1');
      expect(res.status).toBe(429);
    });
  });
});
