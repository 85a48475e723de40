import type { Problem, SessionDto } from '@cascade/contracts';
import { forEachDatabase } from '@cascade/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, TEST_PASSWORD, type TestWorld } from '../testing/test-world.ts';

const login = (world: TestWorld, username: string, password: string, cookie?: string) =>
  world.app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
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
      world = await createTestWorld(getDb());
    });

    it('sets an http-only, SameSite session cookie and answers who is signed in', async () => {
      const res = await login(world, 'hz-author', TEST_PASSWORD);
      expect(res.status).toBe(200);
      const header = res.headers.get('set-cookie') ?? '';
      expect(header).toMatch(/cascade_session=[\w-]{40,}/);
      expect(header).toMatch(/HttpOnly/i);
      expect(header).toMatch(/SameSite=Lax/i);
      expect((await whoAmI(world, cookieOf(res)))?.username).toBe('hz-author');
    });

    it('says the same for an unknown user as for a wrong password', async () => {
      const unknown = (await (await login(world, 'nobody', 'x')).json()) as Problem;
      const wrong = (await (await login(world, 'hz-supervisor', 'wrong')).json()) as Problem;
      expect(unknown).toEqual(wrong);
      expect(unknown.status).toBe(401);
    });

    it('issues a new session at every login and ends the one the browser came with (no fixation)', async () => {
      const first = cookieOf(await login(world, 'bl-deriver', TEST_PASSWORD));
      const second = cookieOf(await login(world, 'bl-deriver', TEST_PASSWORD, first));
      expect(second).not.toBe(first);
      expect(await whoAmI(world, first)).toBeNull();
      expect((await whoAmI(world, second))?.username).toBe('bl-deriver');
    });

    it('ends the session at logout', async () => {
      const res = await login(world, 'bl-supervisor', TEST_PASSWORD);
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
      const cookie = cookieOf(await login(world, 'hz-supervisor', TEST_PASSWORD));
      expect((await world.app.request('/api/ledger?limit=1', { headers: { cookie } })).status).toBe(200);
      await getDb().query(
        "UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE user_id = 'user-hz-supervisor'",
      );
      expect((await world.app.request('/api/ledger?limit=1', { headers: { cookie } })).status).toBe(401);
      expect(await whoAmI(world, cookie)).toBeNull();
    });

    it('locks a username after five wrong passwords, even against the right one, and logs each attempt', async () => {
      for (let i = 0; i < 5; i++) expect((await login(world, 'gd-author', `wrong-${i}`)).status).toBe(401);
      const locked = await login(world, 'gd-author', TEST_PASSWORD);
      expect(locked.status).toBe(429);
      expect(locked.headers.get('retry-after')).toBe('900');
      expect(((await locked.json()) as Problem).detail).toMatch(/分钟后再试/);
      const logged = await getDb().query<{ n: number }>(
        "SELECT count(*)::int AS n FROM events WHERE type = 'auth.loginFailed' AND subject_id = 'gd-author'",
      );
      expect(Number(logged[0]?.n)).toBe(5);
      // Another account is not affected.
      expect((await login(world, 'gd-admin', TEST_PASSWORD)).status).toBe(200);
    });
  });
});
