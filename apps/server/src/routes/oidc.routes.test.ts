import type { Problem } from '@cascade/contracts';
import { createSession, createUser, hashPassword } from '@cascade/db';
import { forEachDatabase } from '@cascade/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createOidcRelyingParty, oidcSettingsOf } from '../auth/oidc-client.ts';
import { createDeps } from '../deps.ts';
import { parseEnv } from '../env.ts';
import { createTestWorld, type TestWorld } from '../testing/test-world.ts';

/** The single sign-on routes where no provider answers; the whole flow is in tests/integration/oidc-sign-in.test.ts. */
describe('single sign-on routes, without a provider to talk to', () => {
  forEachDatabase((getDb) => {
    let plain: TestWorld;
    let configured: ReturnType<typeof createApp>;

    beforeAll(async () => {
      plain = await createTestWorld(getDb());
      // Port 9 (discard) on this machine: nothing listens, so discovery fails at once.
      const settings = oidcSettingsOf(
        parseEnv({
          OIDC_ISSUER: 'http://127.0.0.1:9',
          OIDC_CLIENT_ID: 'cascade',
          OIDC_CLIENT_SECRET: 'not-a-real-secret',
          OIDC_REDIRECT_URI: 'http://127.0.0.1:3000/api/auth/oidc/callback',
          OIDC_SUBTREE: '441300',
        }),
      );
      if (!settings) throw new Error('settings expected');
      configured = createApp(createDeps(getDb(), { oidc: createOidcRelyingParty(settings) }));
    });

    it('says password sign-in only, and has no single sign-on routes, when none is configured', async () => {
      expect(await (await plain.app.request('/api/auth/methods')).json()).toEqual({ password: true, oidc: false });
      for (const path of ['/api/auth/oidc/start', '/api/auth/oidc/callback?code=x&state=y']) {
        const res = await plain.app.request(path);
        expect(res.status, path).toBe(404);
        expect(((await res.json()) as Problem).type).toBe('/problems/not-found');
      }
    });

    it('sends the browser back to the sign-in page when the platform cannot be reached, and logs it', async () => {
      expect(await (await configured.request('/api/auth/methods')).json()).toEqual({ password: true, oidc: true });
      const res = await configured.request('/api/auth/oidc/start');
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe('/?oidc_error=unavailable');
      const [event] = await getDb().query<{ payload: { reason: string; issuer: string } }>(
        "SELECT payload FROM events WHERE type = 'auth.oidcRefused' ORDER BY id DESC LIMIT 1",
      );
      expect(event?.payload).toMatchObject({ reason: 'unavailable', issuer: 'http://127.0.0.1:9/' });
    });

    it('lets a browser still holding a session that must set its password sign in anew through the platform', async () => {
      await createUser(getDb().db, {
        username: 'bl-pending',
        displayName: '待改密码',
        passwordHash: await hashPassword('one-time-Pw-1234'),
        orgId: '441322',
        role: 'reporter',
        mustChangePassword: true,
        actor: 'system:cli',
      });
      const { token } = await createSession(getDb().db, 'user-bl-pending', { idleMs: 60_000, absoluteMs: 60_000 });
      const cookie = { cookie: `cascade_session=${token}` };
      expect((await configured.request('/api/plans', { headers: cookie })).status).toBe(403);
      expect((await configured.request('/api/auth/methods', { headers: cookie })).status).toBe(200);
      expect((await configured.request('/api/auth/oidc/start', { headers: cookie })).status).toBe(302);
    });

    it('refuses a callback the browser never started (no cookie), before asking the platform anything', async () => {
      const res = await configured.request('/api/auth/oidc/callback?code=stolen&state=guessed');
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe('/?oidc_error=expired');
      expect(res.headers.get('set-cookie') ?? '').not.toContain('cascade_session=');
    });
  });
});
