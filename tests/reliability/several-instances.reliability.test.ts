import { TEST_PASSWORD } from '@cascade/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishPlan, startCascade, waitForJob } from './support/cascade-plan-api.ts';
import { recordFigures } from './support/figures.ts';
import { type ApiClient, signInClient } from './support/http-client.ts';
import { type ReliabilityWorld, seedAssignments, startReliabilityWorld, UNIT } from './support/reliability-world.ts';
import { type ServerProcess, startServerProcess } from './support/server-process.ts';
import { SIZES } from './support/sizes.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Scenario 4 (issue #9): two server processes on one PostgreSQL serve the same users, and the
 * background jobs — the periodic deadline scan, a cascade started through the API — run once,
 * not once per instance.
 */
describe('several instances on one PostgreSQL', () => {
  let world: ReliabilityWorld;
  let a: ServerProcess;
  let b: ServerProcess;
  const clients: ApiClient[] = [];
  const figures: Record<string, number | string> = {};

  beforeAll(async () => {
    world = await startReliabilityWorld();
    // Overdue rows: the first scan turns them red and reminds once; later scans have nothing to do.
    const ids = await seedAssignments(world.handle, 20);
    await world.handle.query("UPDATE assignments SET due_on = '2022-03-31' WHERE id = ANY($1)", [ids]);
    const env = { DEADLINE_SCAN_EVERY_SECONDS: String(SIZES.scanPeriodSeconds), JOB_LEASE_SECONDS: '10' };
    [a, b] = await Promise.all([startServerProcess(world.url, env), startServerProcess(world.url, env)]);
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await Promise.all([a?.stop(), b?.stop()]);
    await world?.close();
  });

  it('serves one session on both instances: read on one, write on the other', async () => {
    const onA = await signInClient(a.url, UNIT.reporter, TEST_PASSWORD, 1);
    clients.push(onA);
    const onB = onA.withBase(b.url);
    const session = await onB.send('GET', '/api/auth/session');
    expect(session.status).toBe(200);
    expect((session.json() as { account: { username: string } | null }).account?.username).toBe(UNIT.reporter);
    const form = new FormData();
    form.set('expectedVersion', '1');
    form.set('text', '在实例 B 上报送');
    const reported = await onB.send('POST', '/api/assignments/rel-0/report', form);
    expect(reported.status).toBe(200);
    const seen = await onA.send('GET', '/api/assignments/rel-0');
    expect((seen.json() as { assignment: { state: string; version: number } }).assignment).toMatchObject({
      state: 'reported',
      version: 2,
    });
    const out = await onA.send('POST', '/api/auth/logout');
    expect(out.status).toBeLessThan(300);
    expect((await onB.send('GET', '/api/ledger')).status).toBe(401);
  });

  it('runs the deadline scan once per period, not once per instance', async () => {
    const periodMs = SIZES.scanPeriodSeconds * 1000;
    const started = Date.now();
    await sleep(SIZES.scanPeriods * periodMs + 1500);
    const scans = await world.handle.query<{ dedupe_key: string; state: string; attempts: number; worker: string }>(
      `SELECT j.dedupe_key, j.state, j.attempts, e.payload->>'worker' AS worker
       FROM jobs j LEFT JOIN events e ON e.subject_type = 'job' AND e.subject_id = j.id AND e.type = 'job.succeeded'
       WHERE j.kind = 'deadline-scan' ORDER BY j.dedupe_key`,
    );
    const [finished] = await world.handle.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM events e JOIN jobs j ON j.id = e.subject_id
       WHERE e.type = 'job.succeeded' AND j.kind = 'deadline-scan'`,
    );
    const reminders = await world.handle.query<{ subject_id: string; n: number }>(
      "SELECT subject_id, count(*)::int AS n FROM events WHERE type = 'assignment.reminder' GROUP BY subject_id",
    );
    const periods = Math.floor(Date.now() / periodMs) - Math.floor(started / periodMs) + 1;
    Object.assign(figures, {
      'scan period (s)': SIZES.scanPeriodSeconds,
      'periods observed': periods,
      'scan runs recorded': scans.length,
      'scan runs per period (max)': Math.max(...countBy(scans.map((s) => s.dedupe_key)).values()),
      'instances that ran a scan': new Set(scans.map((s) => s.worker)).size,
      'reminders per overdue row (max)': Math.max(...reminders.map((r) => r.n)),
    });
    console.info(`[instances] ${scans.length} scans over ${periods} periods`, scans);

    // One run per period key, each claimed once and finished once, though both instances ask each period.
    expect(scans.length).toBeGreaterThanOrEqual(SIZES.scanPeriods);
    expect(scans.length).toBeLessThanOrEqual(periods + 1);
    expect(new Set(scans.map((s) => s.dedupe_key)).size).toBe(scans.length);
    expect(scans.every((s) => s.state === 'succeeded' && s.attempts === 1)).toBe(true);
    expect(finished?.n).toBe(scans.length);
    // The scan did its work once: every overdue row reminded exactly once.
    expect(reminders).toHaveLength(20);
    expect(reminders.every((r) => r.n === 1)).toBe(true);
  });

  it('runs a cascade started on one instance once, and the other instance reports its progress', async () => {
    const author = await signInClient(a.url, 'hz-author', TEST_PASSWORD, 2);
    clients.push(author);
    const planId = await publishPlan(author);
    const started = Date.now();
    const job = await startCascade(author, planId);
    const ended = await waitForJob(() => author.withBase(b.url), job.id);
    // A failed job says why (its error), and the servers' logs say more.
    expect(ended, `${JSON.stringify(ended)}\n${[a, b].map((s) => s.output()).join('\n---\n')}`).toMatchObject({
      state: 'succeeded',
    });
    const [row] = await world.handle.query<{ attempts: number }>('SELECT attempts FROM jobs WHERE id = $1', [job.id]);
    const derived = await world.handle.query<{ subject_id: string; n: number }>(
      "SELECT subject_id, count(*)::int AS n FROM events WHERE type = 'plan.derived' GROUP BY subject_id",
    );
    const [plans] = await world.handle.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM plans WHERE parent_plan_id IS NOT NULL',
    );
    const [ends] = await world.handle.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM events WHERE subject_id = $1 AND type IN ('job.succeeded', 'job.failed')",
      [job.id],
    );
    Object.assign(figures, {
      'cascade: plans derived': Number(plans?.n),
      'cascade: claims': Number(row?.attempts),
      'cascade: s': ((Date.now() - started) / 1000).toFixed(1),
    });
    recordFigures('instances', figures, SIZES.full);
    expect(row?.attempts).toBe(1);
    expect(ends?.n).toBe(1);
    expect(plans?.n).toBeGreaterThan(0);
    expect(derived).toHaveLength(Number(plans?.n));
    expect(derived.every((d) => d.n === 1)).toBe(true);
  });
});

function countBy(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}
