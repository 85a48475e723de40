import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openMigratedDatabase } from '@cascade/db';
import { TEST_PASSWORD } from '@cascade/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainByLog } from './support/explain-by-log.ts';
import { recordFigures } from './support/figures.ts';
import { type ApiClient, isProblem, signInClient } from './support/http-client.ts';
import { type ReliabilityWorld, seedAssignments, startReliabilityWorld, UNIT } from './support/reliability-world.ts';
import { type ServerProcess, startServerProcess } from './support/server-process.ts';
import { SIZES } from './support/sizes.ts';
import { runTransitionLoad } from './support/transition-load.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Scenario 3 (issue #9): PostgreSQL stops (pg_ctl stop -m fast) under load and starts again. The
 * API must say so with 503 problems meanwhile, come back by itself, and lose nothing it
 * acknowledged. And the embedded PGlite must survive kill -9 of the process writing to it.
 */
describe('database outage', () => {
  let world: ReliabilityWorld;
  let server: ServerProcess;
  let ids: string[];
  const clients: ApiClient[] = [];

  beforeAll(async () => {
    world = await startReliabilityWorld();
    ids = await seedAssignments(world.handle, SIZES.assignments);
    server = await startServerProcess(world.url, { DEADLINE_SCAN_EVERY_SECONDS: '0' });
    for (let i = 0; i < 8; i++)
      clients.push(await signInClient(server.url, i % 2 ? UNIT.supervisor : UNIT.reporter, TEST_PASSWORD, i));
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await server?.stop();
    await world?.close();
  });

  it('answers 503 problems while PostgreSQL is down, recovers by itself and loses nothing acknowledged', async () => {
    const [reader, ...writers] = clients as [ApiClient, ...ApiClient[]];
    let phase: 'before' | 'down' | 'after' = 'before';
    let stopReading = false;
    const readings: { phase: string; status: number; problem: string; at: number }[] = [];
    const reading = (async () => {
      while (!stopReading) {
        const res = await reader.send('GET', '/api/ledger?limit=5').catch(() => undefined);
        // When the answer came: the outage phase it belongs to is the one it arrived in.
        const at = Date.now();
        if (res) {
          const problem = res.contentType.startsWith('application/problem+json')
            ? String((res.json() as { type: string }).type)
            : '';
          readings.push({ phase, status: res.status, problem, at });
          if (res.status === 503 && !isProblem(res, 503)) readings.push({ phase, status: -1, problem: res.text, at });
        } else readings.push({ phase, status: 0, problem: 'no answer', at });
        await sleep(50);
      }
    })();
    let resumedAt = 0;
    let loadDone = false;
    const load = runTransitionLoad({
      reporters: writers.filter((c) => c.username === UNIT.reporter),
      supervisors: writers.filter((c) => c.username === UNIT.supervisor),
      ids,
      isDone: () => loadDone,
      run: 'outage',
    });
    await sleep(1500);
    phase = 'down';
    const stoppedAt = Date.now();
    await world.pg.pause();
    await sleep(SIZES.outageSeconds * 1000);
    await world.pg.resume();
    resumedAt = Date.now();
    phase = 'after';
    // Wait for the first good answer after the restart, then keep the load on a little longer.
    while (!readings.some((r) => r.phase === 'after' && r.status === 200) && Date.now() - resumedAt < 30_000)
      await sleep(50);
    const recoveredAt = readings.find((r) => r.phase === 'after' && r.status === 200)?.at ?? Number.NaN;
    await sleep(1500);
    loadDone = true;
    const result = await load;
    stopReading = true;
    await reading;

    const log = await explainByLog(world.handle, ids);
    const keys = await world.handle.query<{ idempotency_key: string }>(
      'SELECT idempotency_key FROM events WHERE idempotency_key IS NOT NULL',
    );
    const logged = new Set(keys.map((k) => k.idempotency_key));
    const missing = [...result.ackedKeys].filter((k) => !logged.has(k));
    const down = readings.filter((r) => r.phase === 'down');
    recordFigures(
      'outage',
      {
        'outage (s)': ((resumedAt - stoppedAt) / 1000).toFixed(1),
        requests: result.requests + readings.length,
        'transitions acknowledged': result.ackedKeys.size,
        'events written': log.events,
        '503 problems (writes)': result.unavailable,
        '503 problems (reads)': readings.filter((r) => r.status === 503).length,
        'other answers during the outage': down.filter((r) => r.status !== 503 && r.status !== 200).length,
        'first 200 after restart (s)': ((recoveredAt - resumedAt) / 1000).toFixed(2),
        'acknowledged but missing': missing.length,
      },
      SIZES.full,
    );
    console.info(
      `[outage] ${result.requests} writes (${result.unavailable} answered 503), ${readings.length} reads; recovered ${recoveredAt - resumedAt} ms after restart`,
    );

    expect(result.unexpected).toEqual([]);
    expect(down.filter((r) => r.status === 503).length).toBeGreaterThan(0);
    // Down means 503 database-unavailable problems (or an answer from before the stop), never a 500.
    expect(readings.filter((r) => r.status !== 200 && r.status !== 503)).toEqual([]);
    expect(new Set(readings.filter((r) => r.status === 503).map((r) => r.problem))).toEqual(
      new Set(['/problems/database-unavailable']),
    );
    expect(recoveredAt - resumedAt).toBeLessThan(10_000);
    expect(missing).toEqual([]);
    expect(log.events).toBe(result.ackedKeys.size);
    expect(log.unexplained).toEqual([]);
    expect(log.duplicateKeys).toEqual([]);
  });

  it('keeps an embedded PGlite database whole through kill -9 of the process writing to it', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'cascade-pglite-'));
    try {
      const script = fileURLToPath(new URL('./support/pglite-writer.ts', import.meta.url));
      const child = spawn(process.execPath, ['--import', 'tsx', script, dataDir], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString();
      });
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      const acked = await new Promise<number>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const acks = out.match(/ack \d+/g) ?? [];
          if (acks.length >= 200) {
            child.kill('SIGKILL');
            resolve(acks.length);
          }
        });
        child.once('exit', (code) => reject(new Error(`the writer exited with ${code}: ${err}`)));
      });
      await exited;
      const lastAck = Math.max(...(out.match(/ack (\d+)/g) ?? []).map((a) => Number(a.slice(4))));

      const reopened = await openMigratedDatabase({ dataDir });
      try {
        const groups = await reopened.query<{ subject_id: string; n: number }>(
          "SELECT subject_id, count(*)::int AS n FROM events WHERE type = 'pglite.write' GROUP BY subject_id",
        );
        const present = new Set(groups.map((g) => Number(g.subject_id)));
        const missing = Array.from({ length: lastAck + 1 }, (_, n) => n).filter((n) => !present.has(n));
        const partial = groups.filter((g) => g.n !== 10);
        // Still a working database: it takes writes and the indexes agree with the table.
        await reopened.query(
          "INSERT INTO events (actor, type, subject_type, subject_id) VALUES ('system:test', 'pglite.after', 'test', 'x')",
        );
        const [viaIndex] = await reopened.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM events WHERE subject_type = 'test' AND subject_id = '0'",
        );
        recordFigures(
          'pglite-kill',
          {
            'transactions acknowledged before kill -9': acked,
            'transactions found after reopening': groups.length,
            'acknowledged but missing': missing.length,
            'half-written transactions': partial.length,
          },
          SIZES.full,
        );
        expect(missing).toEqual([]);
        expect(partial).toEqual([]);
        // At most the one transaction in flight when killed may be there unacknowledged.
        expect(groups.length).toBeLessThanOrEqual(lastAck + 2);
        expect(viaIndex?.n).toBe(10);
      } finally {
        await reopened.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
