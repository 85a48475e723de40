import type { SessionDto } from '@cascade/contracts';

type Fetcher = { request: (input: string, init?: RequestInit) => Response | Promise<Response> };

/** A signed-in client of an app: keeps the session cookie and sends the CSRF token on writes. */
export type ApiSession = {
  account: SessionDto['account'];
  request: (path: string, init?: RequestInit) => Promise<Response>;
  /** JSON body in, JSON body out; throws with the problem when the status is not 2xx. */
  send: <T>(method: string, path: string, body?: unknown) => Promise<T>;
};

export async function signIn(app: Fetcher, username: string, password: string): Promise<ApiSession> {
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const session = (await res.json()) as SessionDto;
  const request = async (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('cookie', cookie);
    // A test may send its own (forged) token; otherwise the session's goes with every write.
    if (init.method && init.method !== 'GET' && !headers.has('x-csrf-token'))
      headers.set('x-csrf-token', session.csrfToken);
    return app.request(path, { ...init, headers });
  };
  return {
    account: session.account,
    request,
    async send<T>(method: string, path: string, body?: unknown) {
      const res = await request(path, {
        method,
        ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
  };
}
