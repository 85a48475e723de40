import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { claimJob, type DatabaseHandle, enqueueJob, findJob, finishJob, type JobRow, renewJob } from '@cascade/db';

export type JobState = JobRow['state'];

/** A background job as the client polls it: what it is, how far it got, how it ended. */
export type Job = {
  id: string;
  kind: string;
  /** Who may see it: the org the job works on. */
  orgPath: string;
  state: JobState;
  done: number;
  total: number;
  message: string;
  result?: unknown;
  error?: string;
  startedAt: string;
  finishedAt?: string;
};

export type Progress = (done: number, total: number, message: string) => void;

/** The work of one kind of job, from its stored payload; it must be safe to run again after a crash. */
export type JobHandler = (payload: unknown, progress: Progress) => Promise<unknown>;

/** A job queued once per period by whichever instance gets there first (the deadline scan). */
export type JobSchedule = { kind: string; everyMs: number; payload: () => unknown };

export type JobRunnerOptions = {
  database: DatabaseHandle;
  handlers: Record<string, JobHandler>;
  schedules?: readonly JobSchedule[];
  /** How long a claim holds without renewal; a dead instance's jobs are taken over after it. */
  leaseMs?: number;
  /** How often an idle instance looks for queued work (other instances' or an expired lease). */
  pollMs?: number;
  /** Jobs one instance runs at a time. */
  concurrency?: number;
  workerId?: string;
};

export type JobRunner = {
  /** Queues a job; this instance starts on it at once if it has room (any instance may take it). */
  enqueue: (kind: string, orgPath: string, payload: unknown, createdBy: string) => Promise<Job>;
  get: (id: string) => Promise<Job | undefined>;
  /** Polls the queue and runs the schedules (a server does; tests run jobs as they enqueue them). */
  start: () => void;
  stop: () => void;
};

export const SYSTEM_ORG_PATH = 'system:';

/** A job as the API answers it: what it is and how far it got, without whose subtree it works on. */
export const jobDto = ({ orgPath: _path, ...job }: Job) => job;

function toJob(row: JobRow): Job {
  return {
    id: row.id,
    kind: row.kind,
    orgPath: row.orgPath,
    state: row.state,
    done: row.done,
    total: row.total,
    message: row.message,
    ...(row.result !== null && row.result !== undefined ? { result: row.result } : {}),
    ...(row.error ? { error: row.error } : {}),
    startedAt: (row.startedAt ?? row.createdAt).toISOString(),
    ...(row.finishedAt ? { finishedAt: row.finishedAt.toISOString() } : {}),
  };
}

/**
 * Background jobs on the database's job queue (`jobs` table, `@cascade/db` job-queue): safe with
 * several server instances on one PostgreSQL — each job is claimed by one instance under a
 * lease it renews while working, a periodic job is queued once per period whichever instance
 * asks, and progress is stored so any instance answers GET /api/jobs/{id}. On the embedded
 * PGlite the same table serves the one process there is.
 */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { database } = options;
  const leaseMs = options.leaseMs ?? 30_000;
  const pollMs = options.pollMs ?? 2_000;
  const concurrency = options.concurrency ?? 2;
  const worker = options.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const kinds = Object.keys(options.handlers);
  const timers: NodeJS.Timeout[] = [];
  let running = 0;
  let claiming = false;
  let again = false;
  let stopped = false;

  async function run(job: JobRow) {
    const handler = options.handlers[job.kind];
    let progress: { done: number; total: number; message: string } | undefined;
    let lastWrite = 0;
    const renew = () => {
      const p = progress;
      progress = undefined;
      lastWrite = Date.now();
      void renewJob(database, { id: job.id, worker, leaseMs, ...(p ? { progress: p } : {}) }).catch(() => {});
    };
    const heartbeat = setInterval(renew, Math.max(50, Math.floor(leaseMs / 3)));
    heartbeat.unref();
    try {
      if (!handler) throw new Error(`没有处理 ${job.kind} 任务的程序`);
      const result = await handler(job.payload, (done, total, message) => {
        progress = { done, total, message };
        if (Date.now() - lastWrite > 250) renew();
      });
      clearInterval(heartbeat);
      await finishJob(database, { id: job.id, worker, outcome: { result } });
    } catch (error) {
      clearInterval(heartbeat);
      const message = error instanceof Error ? error.message : String(error);
      await finishJob(database, { id: job.id, worker, outcome: { error: message } }).catch(() => {});
    }
  }

  /** Claims and starts jobs while this instance has room. */
  async function tick() {
    if (stopped) return;
    // A tick asked for while one is claiming runs after it: a job queued meanwhile is not missed.
    if (claiming) {
      again = true;
      return;
    }
    claiming = true;
    again = false;
    try {
      while (running < concurrency && !stopped) {
        const job = await claimJob(database, { worker, leaseMs, kinds });
        if (!job) break;
        running++;
        void run(job).finally(() => {
          running--;
          void tick();
        });
      }
    } catch {
      // The database is away (an outage): the next poll tries again.
    } finally {
      claiming = false;
    }
    if (again) void tick();
  }

  async function schedule(s: JobSchedule) {
    const period = Math.floor(Date.now() / s.everyMs);
    await enqueueJob(database, {
      id: randomUUID(),
      kind: s.kind,
      orgPath: SYSTEM_ORG_PATH,
      payload: s.payload(),
      createdBy: `system:${s.kind}`,
      dedupeKey: `${s.kind}:${s.everyMs}:${period}`,
    }).catch(() => {});
    await tick();
  }

  return {
    async enqueue(kind, orgPath, payload, createdBy) {
      const row = await enqueueJob(database, { id: randomUUID(), kind, orgPath, payload, createdBy });
      if (!row) throw new Error('job not queued');
      void tick();
      return toJob(row);
    },
    get: async (id) => {
      const row = await findJob(database, id);
      return row ? toJob(row) : undefined;
    },
    start() {
      stopped = false;
      const poll = setInterval(() => void tick(), pollMs);
      poll.unref();
      timers.push(poll);
      for (const s of options.schedules ?? []) {
        const every = setInterval(() => void schedule(s), Math.min(Math.max(250, s.everyMs / 4), 60_000));
        every.unref();
        timers.push(every);
        void schedule(s);
      }
      void tick();
    },
    stop() {
      stopped = true;
      for (const t of timers.splice(0)) clearInterval(t);
    },
  };
}
