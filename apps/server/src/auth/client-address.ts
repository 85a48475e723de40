import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** An IPv4 or IPv6 address as text (what a proxy writes), nothing else. */
const ADDRESS = /^[0-9a-fA-F:.]{2,45}$/;

const plain = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');

/**
 * The client's address: the socket's peer, or — only when a reverse proxy in front is trusted
 * (TRUST_PROXY) — the last address in X-Forwarded-For, the one that proxy appended. Earlier entries
 * are the client's own words and never read. `unknown` when there is no socket (in-process requests).
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded && ADDRESS.test(forwarded)) return plain(forwarded);
  }
  try {
    const address = getConnInfo(c).remote.address;
    return address ? plain(address) : 'unknown';
  } catch {
    return 'unknown'; // in-process requests (tests) have no socket
  }
}
