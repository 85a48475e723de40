import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';

/**
 * Content-Security-Policy for every page the server sends (the web app, /api/docs): scripts,
 * styles and connections only from this server, nothing may frame it, no plugins. Inline styles
 * stay allowed: Solid and Swagger UI set `style` attributes; no inline script is needed by either.
 * Defence in depth behind escaping — a user's text that slipped into the page could not run.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * API answers hold a session's data (the CSRF token, a county's ledger): no browser or proxy may
 * keep them, unless a route says otherwise (the docs' static assets do).
 */
export function noStoreByDefault(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (!c.res.headers.has('cache-control')) c.res.headers.set('cache-control', 'no-store');
  };
}
