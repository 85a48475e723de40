import { randomUUID } from 'node:crypto';

export type JobState = 'running' | 'succeeded' | 'failed';

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

export type JobRunner = {
  start: (kind: string, orgPath: string, work: (progress: Progress) => Promise<unknown>) => Job;
  get: (id: string) => Job | undefined;
};

/**
 * Runs long work (a cascade) beside the request that started it and keeps its progress for the
 * client to poll. The work itself is resumable (deterministic ids), so a restart loses nothing
 * but the progress figure; finished jobs are kept for an hour.
 */
export function createJobRunner(): JobRunner {
  const jobs = new Map<string, Job>();
  const forget = () => {
    const cutoff = Date.now() - 3_600_000;
    for (const [id, job] of jobs) if (job.finishedAt && Date.parse(job.finishedAt) < cutoff) jobs.delete(id);
  };
  return {
    start(kind, orgPath, work) {
      forget();
      const job: Job = {
        id: randomUUID(),
        kind,
        orgPath,
        state: 'running',
        done: 0,
        total: 0,
        message: '',
        startedAt: new Date().toISOString(),
      };
      jobs.set(job.id, job);
      const progress: Progress = (done, total, message) => Object.assign(job, { done, total, message });
      work(progress).then(
        (result) => Object.assign(job, { state: 'succeeded', result, finishedAt: new Date().toISOString() }),
        (error: unknown) =>
          Object.assign(job, {
            state: 'failed',
            error: error instanceof Error ? error.message : String(error),
            finishedAt: new Date().toISOString(),
          }),
      );
      return job;
    },
    get: (id) => jobs.get(id),
  };
}
