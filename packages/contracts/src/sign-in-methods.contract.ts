import { z } from 'zod';

/** GET /api/auth/methods: how one may sign in here, for the sign-in page before anyone has. */
export const signInMethodsSchema = z
  .object({
    /** Username and password at POST /api/auth/login (off with PASSWORD_SIGNIN=off). */
    password: z.boolean(),
    /** 统一身份认证 (OpenID Connect): the browser goes to GET /api/auth/oidc/start. */
    oidc: z.boolean(),
  })
  .meta({ id: 'SignInMethods', example: { password: true, oidc: true } });
export type SignInMethods = z.infer<typeof signInMethodsSchema>;

/** What the provider sends back to GET /api/auth/oidc/callback (RFC 6749 §4.1.2, RFC 9207). */
export const oidcCallbackQuerySchema = z.object({
  code: z.string().max(4096).optional(),
  state: z.string().max(1024).optional(),
  iss: z.string().max(2048).optional(),
  error: z.string().max(256).optional(),
  error_description: z.string().max(4096).optional(),
});

/**
 * Why a sign-in through the provider was refused: the code the web app's sign-in page turns into its own
 * message (one per code, in the dictionary) (`/?oidc_error=<code>`) and the event's `reason`.
 */
export const OIDC_REFUSALS = [
  /** The cookie of the sign-in under way is missing or expired (or was used already). */
  'expired',
  /** The state sent back is not the one this browser was sent away with. */
  'state-mismatch',
  /** The provider answered with an error (the user cancelled) or the code could not be exchanged. */
  'provider',
  /** The provider could not be reached. */
  'unavailable',
  /** The claims lack what is needed (org, role, username for a new account). */
  'missing-claims',
  /** The org claim names no org here. */
  'unknown-org',
  /** The org lies outside OIDC_SUBTREE. */
  'outside-subtree',
  /** The role claim names no role here. */
  'bad-role',
  /** The account is disabled. */
  'disabled',
  /** An account with that username exists but may not be linked (another org, or linked to someone else). */
  'account-mismatch',
  /** Unknown identity and OIDC_PROVISION is off. */
  'not-provisioned',
] as const;
export type OidcRefusal = (typeof OIDC_REFUSALS)[number];
