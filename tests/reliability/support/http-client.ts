import { Agent, request } from 'node:http';

/** One HTTP answer, read whole. */
export type HttpAnswer = { status: number; contentType: string; text: string; json: () => unknown };

/**
 * A signed-in API client as a browser would be: its own cookie, its CSRF token and its own
 * keep-alive connections, from its own loopback address (127.0.0.x), so the per-address login
 * limit sees 32 clients as 32 machines, not one.
 */
export type ApiClient = {
  username: string;
  /** The account's id: the prefix of its idempotency keys in the event log. */
  userId: string;
  /** Sends a request (a JSON body, or a FormData as multipart); a network failure (server gone) rejects. */
  send: (method: string, path: string, body?: unknown) => Promise<HttpAnswer>;
  /** The same client pointed at another server (a second instance or a restarted one). */
  withBase: (base: string) => ApiClient;
  close: () => void;
};

type Credentials = { cookie: string; csrfToken: string };

async function encode(body: unknown): Promise<{ bytes: Buffer; type: string } | undefined> {
  if (body === undefined) return undefined;
  if (body instanceof FormData) {
    const encoded = new Request('http://localhost/', { method: 'POST', body });
    return {
      bytes: Buffer.from(await encoded.arrayBuffer()),
      type: encoded.headers.get('content-type') ?? 'multipart/form-data',
    };
  }
  return { bytes: Buffer.from(JSON.stringify(body)), type: 'application/json' };
}

async function call(
  agent: Agent,
  localAddress: string,
  base: string,
  method: string,
  path: string,
  body: unknown,
  credentials?: Credentials,
): Promise<HttpAnswer & { setCookie: string[] }> {
  const payload = await encode(body);
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        localAddress,
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method,
        timeout: 30_000,
        headers: {
          ...(payload ? { 'content-type': payload.type, 'content-length': String(payload.bytes.length) } : {}),
          ...(credentials ? { cookie: credentials.cookie } : {}),
          ...(credentials && method !== 'GET' ? { 'x-csrf-token': credentials.csrfToken } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            contentType: String(res.headers['content-type'] ?? ''),
            text,
            json: () => JSON.parse(text) as unknown,
            setCookie: res.headers['set-cookie'] ?? [],
          });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer within 30 s`)));
    req.on('error', reject);
    req.end(payload?.bytes);
  });
}

/** Signs in over HTTP as `username`; `client` (0…250) picks the loopback address it comes from. */
export async function signInClient(
  base: string,
  username: string,
  password: string,
  client: number,
): Promise<ApiClient> {
  const localAddress = `127.0.0.${2 + (client % 250)}`;
  const agent = new Agent({ keepAlive: true, maxSockets: 2 });
  const res = await call(agent, localAddress, base, 'POST', '/api/auth/login', { username, password });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${res.text}`);
  const cookie = res.setCookie[0]?.split(';')[0] ?? '';
  const { csrfToken, account } = res.json() as { csrfToken: string; account: { id: string } };
  const credentials = { cookie, csrfToken };
  const make = (at: string): ApiClient => ({
    username,
    userId: account.id,
    send: (method, path, body) => call(agent, localAddress, at, method, path, body, credentials),
    withBase: make,
    close: () => agent.destroy(),
  });
  return make(base);
}

/** True for an RFC 9457 problem document with the status it claims. */
export function isProblem(answer: HttpAnswer, status: number): boolean {
  if (answer.status !== status || !answer.contentType.startsWith('application/problem+json')) return false;
  const body = answer.json() as { status?: unknown; type?: unknown; title?: unknown };
  return body.status === status && typeof body.type === 'string' && typeof body.title === 'string';
}
