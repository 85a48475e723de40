import type { Health } from '@cascade/contracts';
import type { DatabaseHandle } from '@cascade/db';
import { Hono } from 'hono';

/** GET /api/health: 200 once the database answers. */
export function healthRoutes(handle: DatabaseHandle) {
  return new Hono().get('/', async (c) => {
    await handle.query('SELECT 1');
    return c.json({ status: 'ok', database: handle.kind } satisfies Health);
  });
}
