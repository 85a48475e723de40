import type { RawSession } from './client.ts';

/**
 * Read-your-writes with a streaming replica (PostgreSQL only; the same SQL on 15 and 18).
 *
 * After a session's write the primary's WAL insert position is stored on the session row
 * (`sessions.read_after_lsn`). The insert position, not `pg_current_wal_lsn()` (the position
 * written out so far): with `synchronous_commit = off` a commit returns before its record is
 * written, so only the insert position is sure to lie past the commit of the write just made.
 * Kept as the greater of the old and the new value, so that concurrent requests of one session
 * never move it back.
 */
export async function recordSessionWrite(primary: RawSession, sessionId: string): Promise<void> {
  await primary.query(
    `UPDATE sessions
       SET read_after_lsn = greatest(coalesce(read_after_lsn::pg_lsn, '0/0'::pg_lsn), pg_current_wal_insert_lsn())::text
     WHERE id = $1`,
    [sessionId],
  );
}

/**
 * Whether the replica has replayed the WAL up to `lsn`, so that what was committed before it is
 * visible there. False when the server is no standby (it is not replaying anything: a promoted or
 * misconfigured "replica" is never trusted with a writer's reads).
 */
export async function replicaHasReplayed(replica: RawSession, lsn: string): Promise<boolean> {
  const [row] = await replica.query<{ replayed: boolean }>(
    'SELECT coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false) AS replayed',
    [lsn],
  );
  return row?.replayed === true;
}
