import type { DatabaseHandle } from '../client.ts';

export type JobState = 'queued' | 'running' | 'succeeded' | 'failed';

/** A background job as stored: what it is, who works on it, how far it got, how it ended. */
export type JobRow = {
  id: string;
  kind: string;
  orgPath: string;
  payload: unknown;
  state: JobState;
  done: number;
  total: number;
  message: string;
  result: unknown;
  error: string | null;
  attempts: number;
  lockedBy: string | null;
  createdBy: string;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
};

type Raw = {
  id: string;
  kind: string;
  org_path: string;
  payload: unknown;
  state: JobState;
  done: number;
  total: number;
  message: string;
  result: unknown;
  error: string | null;
  attempts: number;
  locked_by: string | null;
  created_by: string;
  created_at: Date | string;
  started_at: Date | string | null;
  finished_at: Date | string | null;
};

const date = (v: Date | string | null) => (v === null ? null : v instanceof Date ? v : new Date(v));

function fromRaw(r: Raw): JobRow {
  return {
    id: r.id,
    kind: r.kind,
    orgPath: r.org_path,
    payload: r.payload,
    state: r.state,
    done: Number(r.done),
    total: Number(r.total),
    message: r.message,
    result: r.result,
    error: r.error,
    attempts: Number(r.attempts),
    lockedBy: r.locked_by,
    createdBy: r.created_by,
    createdAt: date(r.created_at) as Date,
    startedAt: date(r.started_at),
    finishedAt: date(r.finished_at),
  };
}

/** A job taken over this many times (its instance died each time) is given up as failed. */
export const MAX_JOB_ATTEMPTS = 5;

export type NewJob = {
  id: string;
  kind: string;
  orgPath: string;
  payload: unknown;
  createdBy: string;
  /** Enqueue at most once under this key (one deadline scan per period, whichever instance asks). */
  dedupeKey?: string;
};

/**
 * Queues a job and logs `job.queued` with its actor, in one statement. With a dedupe key that
 * is already taken nothing is written and undefined comes back.
 */
export async function enqueueJob(handle: DatabaseHandle, job: NewJob): Promise<JobRow | undefined> {
  const [row] = await handle.query<Raw>(
    `WITH job AS (
       INSERT INTO jobs (id, kind, org_path, payload, created_by, dedupe_key)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6)
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING *
     ), ev AS (
       INSERT INTO events (actor, type, subject_type, subject_id, payload)
       SELECT created_by, 'job.queued', 'job', id, json_build_object('kind', kind, 'payload', payload)::jsonb FROM job
     )
     SELECT * FROM job`,
    [job.id, job.kind, job.orgPath, JSON.stringify(job.payload ?? {}), job.createdBy, job.dedupeKey ?? null],
  );
  return row ? fromRaw(row) : undefined;
}

/**
 * Claims the oldest job of the given kinds that is queued, or running under a lease that ran out
 * (its instance died): `FOR UPDATE SKIP LOCKED`, so two instances never claim the same one.
 */
export async function claimJob(
  handle: DatabaseHandle,
  claim: { worker: string; leaseMs: number; kinds: readonly string[] },
): Promise<JobRow | undefined> {
  await handle.query(
    `UPDATE jobs SET state = 'failed', finished_at = now(), locked_by = NULL, locked_until = NULL,
       error = '任务多次中断，已放弃（the job was interrupted too often）'
     WHERE state = 'running' AND locked_until < now() AND attempts >= $1`,
    [MAX_JOB_ATTEMPTS],
  );
  const [row] = await handle.query<Raw>(
    `UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_by = $1,
       locked_until = now() + $2::int * interval '1 millisecond', started_at = COALESCE(started_at, now())
     WHERE id = (
       SELECT id FROM jobs
       WHERE kind = ANY($3) AND (state = 'queued' OR (state = 'running' AND locked_until < now()))
       ORDER BY created_at, id
       LIMIT 1
       FOR UPDATE SKIP LOCKED
     )
     RETURNING *`,
    [claim.worker, claim.leaseMs, [...claim.kinds]],
  );
  return row ? fromRaw(row) : undefined;
}

/** Renews the lease (and records progress when given); false when the job is no longer this worker's. */
export async function renewJob(
  handle: DatabaseHandle,
  renewal: { id: string; worker: string; leaseMs: number; progress?: { done: number; total: number; message: string } },
): Promise<boolean> {
  const p = renewal.progress;
  const rows = await handle.query(
    `UPDATE jobs SET locked_until = now() + $3::int * interval '1 millisecond',
       done = COALESCE($4, done), total = COALESCE($5, total), message = COALESCE($6, message)
     WHERE id = $1 AND locked_by = $2 AND state = 'running'
     RETURNING 1`,
    [renewal.id, renewal.worker, renewal.leaseMs, p?.done ?? null, p?.total ?? null, p?.message ?? null],
  );
  return rows.length > 0;
}

/**
 * Records how a job ended and logs `job.succeeded` / `job.failed` (actor `system:jobs`), if the
 * job is still this worker's; false when another instance took it over meanwhile.
 */
export async function finishJob(
  handle: DatabaseHandle,
  finish: { id: string; worker: string; outcome: { result: unknown } | { error: string } },
): Promise<boolean> {
  const failed = 'error' in finish.outcome;
  const rows = await handle.query(
    `WITH job AS (
       UPDATE jobs SET state = $3, result = $4::jsonb, error = $5, finished_at = now(), locked_until = NULL,
         done = CASE WHEN $3 = 'succeeded' THEN GREATEST(done, total) ELSE done END
       WHERE id = $1 AND locked_by = $2 AND state = 'running'
       RETURNING id, kind, attempts, locked_by
     ), ev AS (
       INSERT INTO events (actor, type, subject_type, subject_id, payload)
       SELECT 'system:jobs', $6, 'job', id,
              json_build_object('kind', kind, 'attempts', attempts, 'worker', locked_by, 'result', $4::jsonb, 'error', $5::text)::jsonb
       FROM job
     )
     SELECT 1 FROM job`,
    [
      finish.id,
      finish.worker,
      failed ? 'failed' : 'succeeded',
      'result' in finish.outcome ? JSON.stringify(finish.outcome.result ?? null) : null,
      'error' in finish.outcome ? finish.outcome.error : null,
      failed ? 'job.failed' : 'job.succeeded',
    ],
  );
  return rows.length > 0;
}

/** One job by id, or undefined. */
export async function findJob(handle: DatabaseHandle, id: string): Promise<JobRow | undefined> {
  const [row] = await handle.query<Raw>('SELECT * FROM jobs WHERE id = $1', [id]);
  return row ? fromRaw(row) : undefined;
}
