import { type Db, recordSessionWrite, replicaHasReplayed } from '@cascade/db';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppDeps, AppEnv } from './app-env.ts';

const READS = new Set(['GET', 'HEAD']);

/**
 * Read-your-writes with a read replica (DATABASE_READ_URL). After every request that may have
 * written — any method but GET, HEAD and OPTIONS, whatever its answer, since a refusal can follow a
 * partial write — and after a GET that saw background writes for the session (`observedWrites`: a
 * finished job), the session row on the primary gets the primary's WAL position. The session's
 * later reads compare it with the replica's replay position (`readDatabase`). The position lives
 * on the session row, which the session middleware reads from the primary on every request anyway:
 * it holds across server instances and needs nothing from the client. Without a replica this does
 * nothing.
 */
export function readYourWrites(deps: Pick<AppDeps, 'database' | 'readReplica'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!deps.readReplica) return next();
    try {
      await next();
    } finally {
      const sessionId = c.get('sessionId');
      const wrote = !READS.has(c.req.method) && c.req.method !== 'OPTIONS';
      if (sessionId && (wrote || c.get('observedWrites'))) await recordSessionWrite(deps.database, sessionId);
    }
  };
}

/**
 * The database a heavy read (ledger, dashboard, exports) runs on: the replica when there is one and
 * it has replayed past the session's latest write, else the primary. Only a GET or HEAD may read
 * the replica: anything else gets the primary, so a write can never be sent there (the replica's
 * pool is read-only as well). A replica that cannot be asked is passed over for the primary.
 */
export async function readDatabase(c: Context<AppEnv>, deps: Pick<AppDeps, 'database' | 'readReplica'>): Promise<Db> {
  const replica = deps.readReplica;
  if (!replica || !READS.has(c.req.method)) return deps.database.db;
  const lsn = c.get('readAfterLsn');
  if (!lsn) return replica.db;
  const caughtUp = await replicaHasReplayed(replica, lsn).catch(() => false);
  return caughtUp ? replica.db : deps.database.db;
}
