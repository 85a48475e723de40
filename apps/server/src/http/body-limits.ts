import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './app-env.ts';
import { ProblemError, prefersEnglish } from './problem.ts';

const KiB = 1024;
const MiB = 1024 * KiB;

/**
 * The largest request body each route reads, checked from Content-Length before anything is read
 * and counted while a chunked body streams in — so a 95 MB body to the sign-in is refused after
 * its headers, not parsed first. The first pattern that matches a path decides.
 */
export type BodyLimit = { pattern: RegExp; maxBytes: number; why: string };

export const BODY_LIMITS: readonly BodyLimit[] = [
  { pattern: /^\/api\/auth\//, maxBytes: 16 * KiB, why: '用户名和密码' },
  // The import form's 10 MB file (plan-import.routes.ts) plus the multipart envelope; its preview alike.
  { pattern: /^\/api\/plans\/import(?:\/preview)?$/, maxBytes: 11 * MiB, why: '导入的方案文件' },
  // Evidence: up to ten files of 20 MB each (evidence/check-upload.ts), 100 MB in all.
  { pattern: /^\/api\/assignments\/[^/]+\/report$/, maxBytes: 100 * MiB, why: '报送的佐证材料' },
  // Every other request is JSON: an item with its rules, a plan's patch — a few KB in practice.
  { pattern: /^\/api\//, maxBytes: 2 * MiB, why: 'JSON 请求' },
];

const size = (bytes: number) => (bytes >= MiB ? `${bytes / MiB} MB` : `${bytes / KiB} KB`);

/** The body limit of the route a request is for (the last pattern matches every API path). */
export function bodyLimitOf(path: string): BodyLimit | undefined {
  return BODY_LIMITS.find((limit) => limit.pattern.test(path));
}

/** The problem a body over its route's limit gets: 413, naming the limit. */
function tooLarge(c: Context<AppEnv>, limit: BodyLimit): never {
  throw new ProblemError(
    'payload-too-large',
    prefersEnglish(c)
      ? `The request body is larger than ${size(limit.maxBytes)}`
      : `请求体超过 ${size(limit.maxBytes)}（${limit.why}的上限）`,
    undefined,
    { limitBytes: limit.maxBytes },
  );
}

/**
 * Refuses a request body over its route's limit with a 413 problem that names the limit. A body
 * with a Content-Length (and no chunked encoding) is judged by its headers alone, and a GET's or
 * HEAD's body is never read: only a body of unknown length goes through hono's counting limiter.
 * Asking the request for its body stream (as that limiter does first) makes the node adapter build
 * a full web Request, with its streams and abort signal, for every request (several per cent of the
 * server's CPU in a profile of the transitions benchmark); the route reads the body off the socket.
 */
export function routeBodyLimits(): MiddlewareHandler<AppEnv> {
  const limiters = new Map(
    BODY_LIMITS.map((limit) => [limit, bodyLimit({ maxSize: limit.maxBytes, onError: (c) => tooLarge(c, limit) })]),
  );
  return (c, next) => {
    const limit = bodyLimitOf(c.req.path);
    if (!limit) return next();
    const declared = c.req.header('content-length');
    if (declared !== undefined && c.req.header('transfer-encoding') === undefined)
      return Number.parseInt(declared, 10) > limit.maxBytes ? tooLarge(c, limit) : next();
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return (limiters.get(limit) as MiddlewareHandler<AppEnv>)(c, next);
  };
}
