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
