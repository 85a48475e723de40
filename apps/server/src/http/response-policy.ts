import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';

/**
 * Content-Security-Policy for every page the server sends (the web app, /api/docs): scripts,
 * styles and connections only from this server, nothing may frame it, no plugins. Inline styles
 * stay allowed: Solid and Swagger UI set `style` attributes; no inline script is needed by either.
 * Defence in depth behind escaping — a user's text that slipped into the page could not run.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Sets a header on every answer that has none of its own (a route's own choice wins). */
export function headerByDefault(name: string, value: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (!c.res.headers.has(name)) c.res.headers.set(name, value);
  };
}

/** The policy on every answer: an evidence download keeps its stricter `default-src 'none'; sandbox`. */
export const contentSecurityPolicyByDefault = () => headerByDefault('content-security-policy', CONTENT_SECURITY_POLICY);

/**
 * API answers hold a session's data (the CSRF token, a county's ledger): no browser or proxy may
 * keep them, unless a route says otherwise (the docs' static assets do).
 */
export const noStoreByDefault = () => headerByDefault('cache-control', 'no-store');
