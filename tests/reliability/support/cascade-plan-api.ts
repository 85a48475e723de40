import { readFileSync } from 'node:fs';
import type { ImportResult, JobDto } from '@cascade/contracts';
import type { ApiClient } from './http-client.ts';

const HUIZHOU = readFileSync(
  new URL('../../../apps/server/src/demo/documents/huizhou-city-2022.txt', import.meta.url),
  'utf8',
);

async function ok<T>(client: ApiClient, method: string, path: string, body?: unknown): Promise<T> {
  const res = await client.send(method, path, body);
  if (res.status < 200 || res.status > 299) throw new Error(`${method} ${path}: ${res.status} ${res.text}`);
  return res.json() as T;
}

/** The author imports 惠州市's 2022 work points as its own org's plan and publishes it; the plan id. */
export async function publishPlan(author: ApiClient): Promise<string> {
  const imported = await ok<ImportResult>(author, 'POST', '/api/plans/import', {
    text: HUIZHOU,
    fileName: 'huizhou-city-2022.txt',
  });
  await ok(author, 'POST', `/api/plans/${encodeURIComponent(imported.plan.id)}/publish`, {
    expectedVersion: imported.plan.version,
    summary: '可靠性测试印发稿',
  });
  return imported.plan.id;
}

/** POST /api/plans/{id}/cascade: the job as first answered (202). */
export function startCascade(author: ApiClient, planId: string): Promise<JobDto> {
  return ok<JobDto>(author, 'POST', `/api/plans/${encodeURIComponent(planId)}/cascade`);
}

/** Polls GET /api/jobs/{id} until the job ends (through whichever client, on whichever instance). */
export async function waitForJob(client: () => ApiClient, jobId: string, timeoutMs = 240_000): Promise<JobDto> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const res = await client()
      .send('GET', `/api/jobs/${jobId}`)
      .catch(() => undefined);
    if (res?.status === 200) {
      const job = res.json() as JobDto;
      if (job.state === 'succeeded' || job.state === 'failed') return job;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`job ${jobId} did not end within ${timeoutMs / 1000} s`);
}
