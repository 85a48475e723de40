import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createOidcRelyingParty, oidcSettingsOf, parseEnv } from '@cascade/server/testing';
import Provider from 'oidc-provider';

export const OIDC_CLIENT_ID = 'cascade';
export const OIDC_CALLBACK = '/api/auth/oidc/callback';

/**
 * A real OpenID Connect provider (oidc-provider) on a random loopback port, standing in for an
 * office's 统一身份认证 platform: its sign-in page takes any password (devInteractions), it asks no
 * consent of our client, and it tells about each person what `people` holds under their login —
 * name, username, org code and role — from userinfo, as many platforms do.
 */
export type TestProvider = {
  issuer: string;
  /** The claims told about each login; tests change them between sign-ins. */
  people: Map<string, Record<string, unknown>>;
  /** Registers our client (secret, callbacks) and starts answering: the servers' URLs come first. */
  attach: (clientSecret: string, redirectUris: string[]) => void;
  close: () => Promise<void>;
};

export async function startTestProvider(): Promise<TestProvider> {
  const http: Server = createServer();
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const people = new Map<string, Record<string, unknown>>();
  return {
    issuer,
    people,
    attach(clientSecret, redirectUris) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: OIDC_CLIENT_ID,
            client_secret: clientSecret,
            redirect_uris: redirectUris,
            response_types: ['code'],
            grant_types: ['authorization_code'],
            token_endpoint_auth_method: 'client_secret_basic',
          },
        ],
        // The platform's own claims ride on the profile scope; they come back from userinfo.
        claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'org_code', 'role'] },
        cookies: { keys: [randomBytes(16).toString('hex')] },
        pkce: { required: () => true },
        features: { devInteractions: { enabled: true } },
        ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
        async findAccount(_ctx, sub) {
          const person = people.get(sub);
          if (!person) return undefined;
          return { accountId: sub, claims: async () => ({ sub, ...person }) };
        },
        // A first-party client: no consent page, the grant is made at once.
        async loadExistingGrant(ctx) {
          const clientId = ctx.oidc.client?.clientId ?? '';
          const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session?.grantIdFor(clientId);
          if (grantId) return ctx.oidc.provider.Grant.find(grantId);
          const grant = new ctx.oidc.provider.Grant({ clientId, accountId: ctx.oidc.session?.accountId ?? '' });
          grant.addOIDCScope('openid profile');
          await grant.save();
          return grant;
        },
      });
      http.on('request', provider.callback());
    },
    async close() {
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}

/**
 * A test server's single sign-on through the provider (for `startTestServer`'s `deps`): the OIDC
 * settings read by the server's own env parsing, with `extra` (OIDC_SUBTREE, OIDC_PROVISION,
 * PASSWORD_SIGNIN) on top.
 */
export function signOnThrough(provider: Pick<TestProvider, 'issuer'>, secret: string, extra: Record<string, string>) {
  return (url: string) => {
    const env = parseEnv({
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: OIDC_CLIENT_ID,
      OIDC_CLIENT_SECRET: secret,
      OIDC_REDIRECT_URI: `${url}${OIDC_CALLBACK}`,
      ...extra,
    });
    const settings = oidcSettingsOf(env);
    if (!settings) throw new Error('OIDC settings missing');
    return { passwordSignIn: env.PASSWORD_SIGNIN, oidc: createOidcRelyingParty(settings) };
  };
}
