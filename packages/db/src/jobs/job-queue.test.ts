import { describe, expect, it } from 'vitest';
import { forEachDatabase } from '../testing/index.ts';
import { claimJob, enqueueJob, findJob, finishJob, renewJob } from './job-queue.ts';

const job = (id: string, dedupeKey?: string) => ({
  id,
  kind: `test-${id}`,
  orgPath: 'system:',
  payload: { today: '2022-06-01' },
  createdBy: 'system:deadline-scan',
  ...(dedupeKey ? { dedupeKey } : {}),
});

describe('job queue', () => {
  forEachDatabase((getDb) => {
    it('queues a deduplicated job once, whoever asks, and logs who queued it', async () => {
      const handle = getDb();
      expect(await enqueueJob(handle, job('a', 'scan:1'))).toMatchObject({ id: 'a', state: 'queued' });
      expect(await enqueueJob(handle, job('b', 'scan:1'))).toBeUndefined();
      expect(await findJob(handle, 'b')).toBeUndefined();
      const events = await handle.query<{ actor: string; subject_id: string }>(
        "SELECT actor, subject_id FROM events WHERE type = 'job.queued'",
      );
      expect(events).toEqual([{ actor: 'system:deadline-scan', subject_id: 'a' }]);
    });

    it('gives a job to one claimant only, and to another when the first one’s lease runs out', async () => {
      const handle = getDb();
      await enqueueJob(handle, job('c'));
      const claims = await Promise.all(
        ['w1', 'w2', 'w3'].map((worker) => claimJob(handle, { worker, leaseMs: 200, kinds: ['test-c'] })),
      );
      const winners = claims.filter((c) => c !== undefined);
      expect(winners).toHaveLength(1);
      const first = winners[0]?.lockedBy as string;
      expect(await claimJob(handle, { worker: 'w9', leaseMs: 200, kinds: ['test-c'] })).toBeUndefined();
      await new Promise((r) => setTimeout(r, 300));
      const takeover = await claimJob(handle, { worker: 'w9', leaseMs: 60_000, kinds: ['test-c'] });
      expect(takeover).toMatchObject({ id: 'c', attempts: 2, lockedBy: 'w9' });
      // The first worker has lost it: it can neither renew nor finish it.
      expect(await renewJob(handle, { id: 'c', worker: first, leaseMs: 1000 })).toBe(false);
      expect(await finishJob(handle, { id: 'c', worker: first, outcome: { result: 'stale' } })).toBe(false);
      expect(
        await renewJob(handle, { id: 'c', worker: 'w9', leaseMs: 1000, progress: { done: 3, total: 4, message: 'x' } }),
      ).toBe(true);
      expect(await finishJob(handle, { id: 'c', worker: 'w9', outcome: { result: { n: 1 } } })).toBe(true);
      expect(await findJob(handle, 'c')).toMatchObject({ state: 'succeeded', done: 4, total: 4, result: { n: 1 } });
      const [ended] = await handle.query<{ actor: string; payload: { attempts: number; worker: string } }>(
        "SELECT actor, payload FROM events WHERE type = 'job.succeeded' AND subject_id = 'c'",
      );
      expect(ended).toMatchObject({ actor: 'system:jobs', payload: { attempts: 2, worker: 'w9' } });
    });

    it('gives up a job whose instance died too often', async () => {
      const handle = getDb();
      await enqueueJob(handle, job('d'));
      for (let i = 0; i < 5; i++) {
        expect(await claimJob(handle, { worker: `w${i}`, leaseMs: 1, kinds: ['test-d'] })).toBeDefined();
        await new Promise((r) => setTimeout(r, 10));
      }
      expect(await claimJob(handle, { worker: 'w5', leaseMs: 1, kinds: ['test-d'] })).toBeUndefined();
      expect(await findJob(handle, 'd')).toMatchObject({ state: 'failed', attempts: 5 });
    });
  });
});
