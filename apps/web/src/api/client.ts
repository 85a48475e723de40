import type { Problem } from '@cascade/contracts';
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema.gen.ts';

/** An API failure carrying the server's problem document, shown to the user as is. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }
}

let csrfToken = '';
let onSignedOut: () => void = () => {};

/** Remembers the session's CSRF token (sent on every write) — set at login and on boot. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** What to do when the server says the session is gone (show the login page). */
export function whenSignedOut(handler: () => void): void {
  onSignedOut = handler;
}

const csrf: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && request.method !== 'HEAD') request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

/** The typed client: paths, parameters and bodies checked against the server's OpenAPI document. */
export const http = createClient<paths>({ baseUrl: location.origin, credentials: 'same-origin' });
http.use(csrf);

type Result<T> = { data?: T; error?: unknown; response: Response };

/**
 * Awaits a client call and returns its data, or throws an ApiError with the server's problem
 * (a network failure becomes one too, in words the user can act on).
 */
export async function call<T>(request: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await request;
  } catch {
    throw new ApiError({ type: '/problems/network', title: '无法连接服务器，请检查网络后重试', status: 0 });
  }
  if (result.response.ok) return result.data as T;
  const status = result.response.status;
  if (status === 401 && !result.response.url.endsWith('/api/auth/login')) onSignedOut();
  const body = result.error as Partial<Problem> | undefined;
  throw new ApiError(
    body?.title ? (body as Problem) : { type: '/problems/http', title: `请求失败（${status}）`, status },
  );
}

/** The calls the org browser makes. */
export const api = {
  orgRoots: () => call(http.GET('/api/orgs/roots')),
  org: (id: string) => call(http.GET('/api/orgs/{id}', { params: { path: { id } } })),
  orgChildren: (id: string) => call(http.GET('/api/orgs/{id}/children', { params: { path: { id } } })),
  searchOrgs: (q: string, limit = 20) => call(http.GET('/api/orgs', { params: { query: { q, limit } } })),
};
