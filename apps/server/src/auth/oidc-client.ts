import * as client from 'openid-client';
import type { ServerEnv } from '../env.ts';
import type { OidcClaimNames } from './oidc-claims.ts';

/** OpenID Connect single sign-on (统一身份认证) as configured by the OIDC_* settings. */
export type OidcSettings = {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** Registered at the provider; the provider sends the browser back here. */
  redirectUri: URL;
  scopes: string;
  claims: OidcClaimNames;
  /** The org under which identities may sign in and be provisioned. */
  subtree: string;
  provision: boolean;
};

/** The settings when single sign-on is configured (env.ts checks they come all together). */
export function oidcSettingsOf(env: ServerEnv): OidcSettings | undefined {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI, OIDC_SUBTREE } = env;
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET || !OIDC_REDIRECT_URI || !OIDC_SUBTREE) return undefined;
  return {
    issuer: new URL(OIDC_ISSUER),
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    redirectUri: new URL(OIDC_REDIRECT_URI),
    scopes: env.OIDC_SCOPES,
    claims: {
      org: env.OIDC_ORG_CLAIM,
      role: env.OIDC_ROLE_CLAIM,
      username: env.OIDC_USERNAME_CLAIM,
      name: env.OIDC_NAME_CLAIM,
    },
    subtree: OIDC_SUBTREE,
    provision: env.OIDC_PROVISION,
  };
}

/** Thrown when the provider cannot be reached or its discovery document is not usable. */
export class OidcUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`统一身份认证平台不可用：${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'OidcUnavailableError';
  }
}

export type OidcChecks = { state: string; nonce: string; codeVerifier: string };

/** The relying party: the provider's address for a new sign-in, and the verified claims on the way back. */
export type OidcRelyingParty = {
  settings: OidcSettings;
  /** Where to send the browser, with fresh state, nonce and PKCE verifier to keep until it returns. */
  begin(): Promise<{ url: URL; checks: OidcChecks }>;
  /**
   * The authorization response (the callback's query) checked against what was kept, the code
   * exchanged, the ID token validated (signature, issuer, audience, expiry, nonce) by openid-client,
   * and its claims with the userinfo endpoint's (for the subject the ID token names).
   */
  complete(callbackQuery: string, checks: OidcChecks): Promise<{ issuer: string; claims: Record<string, unknown> }>;
};

/**
 * A relying party for the configured provider. Its discovery document is read on first use (not at
 * boot, so the server starts while the provider is down) and read again after a failure.
 */
export function createOidcRelyingParty(settings: OidcSettings): OidcRelyingParty {
  let discovered: Promise<client.Configuration> | undefined;
  const configuration = (): Promise<client.Configuration> => {
    if (!discovered) {
      // http only for a provider on this machine (tests, a trial install); env.ts refuses it otherwise.
      const insecure = settings.issuer.protocol === 'http:';
      discovered = client
        .discovery(
          settings.issuer,
          settings.clientId,
          { client_secret: settings.clientSecret },
          client.ClientSecretBasic(settings.clientSecret),
          { execute: insecure ? [client.allowInsecureRequests] : [], timeout: 10 },
        )
        .catch((error: unknown) => {
          discovered = undefined;
          throw new OidcUnavailableError(error);
        });
    }
    return discovered;
  };

  return {
    settings,
    async begin() {
      const config = await configuration();
      const checks: OidcChecks = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
      };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri.href,
        scope: settings.scopes,
        response_type: 'code',
        state: checks.state,
        nonce: checks.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
        code_challenge_method: 'S256',
      });
      return { url, checks };
    },
    async complete(callbackQuery, checks) {
      const config = await configuration();
      // The response is read as it arrived at the registered address (behind a proxy the request's own URL differs).
      const current = new URL(settings.redirectUri.href);
      current.search = callbackQuery;
      const tokens = await client.authorizationCodeGrant(config, current, {
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        pkceCodeVerifier: checks.codeVerifier,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('the provider returned no ID token');
      let claims: Record<string, unknown> = { ...idToken };
      // Many providers put profile and custom claims only in userinfo: ask it when the token lacks one.
      const wanted = [settings.claims.org, settings.claims.role, settings.claims.username, settings.claims.name];
      if (wanted.some((name) => idToken[name] === undefined) && config.serverMetadata().userinfo_endpoint) {
        const info = await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
        claims = { ...idToken, ...info, sub: idToken.sub };
      }
      return { issuer: config.serverMetadata().issuer, claims };
    },
  };
}
