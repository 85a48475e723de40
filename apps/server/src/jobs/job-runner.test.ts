import { forEachDatabase } from '@cascade/db/testing';
import { describe, expect, it } from 'vitest';
import { createJobRunner, type JobHandler } from './job-runner.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('job runner', () => {
  forEachDatabase((getDb) => {
    it('runs a periodic job once per period though two instances schedule it', async () => {
      const database = getDb();
      let runs = 0;
      const handlers: Record<string, JobHandler> = {
        'test-scan': async () => {
          runs++;
          return { runs };
        },
      };
      const schedules = [{ kind: 'test-scan', everyMs: 400, payload: () => ({}) }];
      const a = createJobRunner({ database, handlers, schedules, pollMs: 50, workerId: 'a' });
      const b = createJobRunner({ database, handlers, schedules, pollMs: 50, workerId: 'b' });
      a.start();
      b.start();
      await sleep(1300);
      a.stop();
      b.stop();
      await sleep(200);
      const jobs = await database.query<{ dedupe_key: string; attempts: number; state: string }>(
        "SELECT dedupe_key, attempts, state FROM jobs WHERE kind = 'test-scan' ORDER BY dedupe_key",
      );
      expect(jobs.length).toBeGreaterThanOrEqual(3);
      expect(new Set(jobs.map((j) => j.dedupe_key)).size).toBe(jobs.length);
      expect(jobs.every((j) => j.attempts === 1 && j.state === 'succeeded')).toBe(true);
      expect(runs).toBe(jobs.length);
    });

    it('keeps progress and outcome in the database, where another instance reads them', async () => {
      const database = getDb();
      let release: () => void = () => {};
      const gate = new Promise<void>((r) => {
        release = r;
      });
      const a = createJobRunner({
        database,
        workerId: 'a',
        handlers: {
          'test-work': async (payload, progress) => {
            progress(1, 2, '一半');
            await gate;
            return { echoed: payload };
          },
        },
      });
      const b = createJobRunner({ database, workerId: 'b', handlers: {} });
      const job = await a.enqueue('test-work', '/440000/', { n: 7 }, 'u1');
      await sleep(400);
      expect(await b.get(job.id)).toMatchObject({ state: 'running', done: 1, total: 2, message: '一半' });
      release();
      await sleep(200);
      expect(await b.get(job.id)).toMatchObject({ state: 'succeeded', result: { echoed: { n: 7 } } });
      const failing = createJobRunner({
        database,
        handlers: {
          'test-fail': async () => {
            throw new Error('无法完成');
          },
        },
      });
      const failed = await failing.enqueue('test-fail', '/440000/', {}, 'u1');
      await sleep(200);
      expect(await b.get(failed.id)).toMatchObject({ state: 'failed', error: '无法完成' });
    });
  });
});
