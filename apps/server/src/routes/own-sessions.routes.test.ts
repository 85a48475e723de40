import type { OwnSessionDto, SessionDto, SignInHistoryDto } from '@cascade/contracts';
import { forEachDatabase } from '@cascade/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, TEST_PASSWORD, type TestWorld } from '../testing/test-world.ts';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';
const EDGE = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/140.0 Edg/140.0';

type Signed = { cookie: string; csrfToken: string; address: string };

describe('self-service: one’s own sign-ins and sessions', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    beforeAll(async () => {
      world = await createTestWorld(getDb(), { trustProxy: true });
    });

    /** A sign-in from a given machine: its address (as the trusted proxy appends it) and browser. */
    async function signIn(username: string, password: string, address: string, userAgent: string) {
      const res = await world.app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address, 'user-agent': userAgent },
        body: JSON.stringify({ username, password }),
      });
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const body = (await res.json()) as SessionDto;
      return { status: res.status, cookie, csrfToken: body.csrfToken, address };
    }
    const get = async <T>(path: string, who: Signed) => {
      const res = await world.app.request(path, { headers: { cookie: who.cookie } });
      return { status: res.status, body: (await res.json()) as T };
    };
    const post = (path: string, who: Signed) =>
      world.app.request(path, {
        method: 'POST',
        headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken, 'x-forwarded-for': who.address },
      });
    const sessionsOf = async (who: Signed) =>
      (await get<{ sessions: OwnSessionDto[] }>('/api/auth/sessions', who)).body;
    const stillSignedIn = async (who: Signed) =>
      (await get<{ sessions: unknown }>('/api/auth/sessions', who)).status === 200;

    it('lists the account’s sessions with where and on what each began, the current one marked', async () => {
      await signIn('hy-reporter', 'wrong password', '198.51.100.9', FIREFOX);
      const office = await signIn('hy-reporter', TEST_PASSWORD, '203.0.113.10', EDGE);
      const home = await signIn('hy-reporter', TEST_PASSWORD, '198.51.100.20', FIREFOX);
      const { sessions } = await sessionsOf(office);
      expect(sessions).toHaveLength(2);
      const current = sessions.find((s) => s.current);
      expect(current).toMatchObject({ address: '203.0.113.10', userAgent: EDGE });
      expect(sessions.find((s) => !s.current)).toMatchObject({ address: '198.51.100.20', userAgent: FIREFOX });
      expect(sessions.every((s) => /^[0-9a-f]{16}$/.test(s.handle))).toBe(true);
      // Another account's sessions are nobody else's to see.
      const other = await signIn('hy-deriver', TEST_PASSWORD, '203.0.113.11', EDGE);
      expect((await sessionsOf(other)).sessions.map((s) => s.address)).toEqual(['203.0.113.11']);
      expect(await stillSignedIn(home)).toBe(true);
    });

    it('shows the sign-ins and the failed attempts, newest first, with their addresses', async () => {
      const who = await signIn('hy-reporter', TEST_PASSWORD, '203.0.113.10', EDGE);
      const { body } = await get<SignInHistoryDto>('/api/auth/sign-ins', who);
      expect(body.failures).toBe(1);
      expect(body.signIns).toBe(3);
      expect(body.items[0]).toMatchObject({ signedIn: true, address: '203.0.113.10', method: 'password' });
      expect(body.items.at(-1)).toMatchObject({ signedIn: false, address: '198.51.100.9' });
      const times = body.items.map((i) => i.at);
      expect([...times].sort().reverse()).toEqual(times);
    });

    it('signs out every other session and keeps this one; the act is in the event log', async () => {
      const keep = await signIn('hy-supervisor', TEST_PASSWORD, '203.0.113.30', EDGE);
      const lost = [
        await signIn('hy-supervisor', TEST_PASSWORD, '198.51.100.31', FIREFOX),
        await signIn('hy-supervisor', TEST_PASSWORD, '198.51.100.32', FIREFOX),
      ];
      const res = await post('/api/auth/sessions/end-others', keep);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ ended: 2 });
      for (const session of lost) expect(await stillSignedIn(session)).toBe(false);
      expect((await sessionsOf(keep)).sessions).toEqual([expect.objectContaining({ current: true })]);
      const logged = await getDb().query<{ actor: string; payload: { count: number; address: string } }>(
        `SELECT actor, payload FROM events WHERE type = 'auth.otherSessionsEnded' AND payload->>'username' = 'hy-supervisor'`,
      );
      expect(logged).toEqual([
        { actor: 'user-hy-supervisor', payload: expect.objectContaining({ count: 2, address: '203.0.113.30' }) },
      ]);
    });

    it('ends one session by its handle, but never another account’s', async () => {
      const mine = await signIn('bl-reporter', TEST_PASSWORD, '203.0.113.40', EDGE);
      const stolen = await signIn('bl-reporter', TEST_PASSWORD, '192.0.2.66', FIREFOX);
      const stranger = await signIn('bl-supervisor', TEST_PASSWORD, '203.0.113.41', EDGE);
      const handle = (await sessionsOf(mine)).sessions.find((s) => !s.current)?.handle ?? '';
      expect((await post(`/api/auth/sessions/${handle}/end`, stranger)).status).toBe(404);
      expect(await stillSignedIn(stolen)).toBe(true);
      expect((await post(`/api/auth/sessions/${handle}/end`, mine)).status).toBe(200);
      expect(await stillSignedIn(stolen)).toBe(false);
      expect(await stillSignedIn(mine)).toBe(true);
      expect((await post(`/api/auth/sessions/${handle}/end`, mine)).status).toBe(404);
      expect((await post('/api/auth/sessions/not-a-handle/end', mine)).status).toBe(400);
    });

    it('refuses to end sessions without the CSRF token', async () => {
      const who = await signIn('bl-deriver', TEST_PASSWORD, '203.0.113.50', EDGE);
      await signIn('bl-deriver', TEST_PASSWORD, '203.0.113.51', EDGE);
      const res = await world.app.request('/api/auth/sessions/end-others', {
        method: 'POST',
        headers: { cookie: who.cookie },
      });
      expect(res.status).toBe(403);
      expect((await sessionsOf(who)).sessions).toHaveLength(2);
    });
  });
});
