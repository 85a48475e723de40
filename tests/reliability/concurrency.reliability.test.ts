import { TEST_PASSWORD } from '@cascade/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainByLog } from './support/explain-by-log.ts';
import { recordFigures } from './support/figures.ts';
import { type ApiClient, signInClient } from './support/http-client.ts';
import { type ReliabilityWorld, seedAssignments, startReliabilityWorld, UNIT } from './support/reliability-world.ts';
import { type ServerProcess, startServerProcess } from './support/server-process.ts';
import { SIZES } from './support/sizes.ts';
import { runTransitionLoad } from './support/transition-load.ts';

/**
 * Scenario 1 (issue #9): 32 signed-in clients — half the unit's reporters, half its supervisors —
 * send conflicting report / return / verify requests at the same 100 ledger rows for N seconds,
 * through the HTTP API of a server process on PostgreSQL. Nothing acknowledged may be lost and
 * nothing refused may be anything but a 409 problem.
 */
describe('concurrency: conflicting transitions from many clients', () => {
  let world: ReliabilityWorld;
  let server: ServerProcess;
  let clients: ApiClient[] = [];
  let ids: string[];

  beforeAll(async () => {
    world = await startReliabilityWorld();
    ids = await seedAssignments(world.handle, SIZES.assignments);
    server = await startServerProcess(world.url);
    clients = await Promise.all(
      Array.from({ length: SIZES.clients }, (_, i) =>
        signInClient(server.url, i % 2 === 0 ? UNIT.reporter : UNIT.supervisor, TEST_PASSWORD, i),
      ),
    );
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await server?.stop();
    await world?.close();
  });

  it('answers every request with a write or a 409 problem, and every write is in the log', async () => {
    const until = Date.now() + SIZES.hammerSeconds * 1000;
    const load = await runTransitionLoad({
      reporters: clients.filter((c) => c.username === UNIT.reporter),
      supervisors: clients.filter((c) => c.username === UNIT.supervisor),
      ids,
      isDone: () => Date.now() >= until,
      run: 'concurrency',
    });
    const log = await explainByLog(world.handle, ids);
    const states = await world.handle.query<{ state: string; n: number }>(
      'SELECT state, count(*)::int AS n FROM assignments WHERE id = ANY($1) GROUP BY state ORDER BY state',
      [ids],
    );
    recordFigures(
      'concurrency',
      {
        clients: clients.length,
        assignments: ids.length,
        seconds: SIZES.hammerSeconds,
        requests: load.requests,
        'transitions acknowledged': load.acked.size,
        'events written': log.events,
        '409 conflict (stale version)': load.conflicts,
        '409 transition-not-allowed': load.notAllowed,
        'other answers': load.unexpected.length,
        'requests/s': Math.round(load.requests / (load.ms / 1000)),
        'final states': states.map((s) => `${s.state} ${s.n}`).join(', '),
      },
      SIZES.full,
    );
    console.info(
      `[concurrency] ${load.requests} requests in ${(load.ms / 1000).toFixed(1)} s: ${load.acked.size} acknowledged, ${load.conflicts} stale-version 409s, ${load.notAllowed} not-allowed 409s; ${log.events} events`,
    );

    expect(load.unexpected).toEqual([]);
    // The collisions really happened: this is a test of conflicts, not of a quiet queue.
    expect(load.conflicts).toBeGreaterThan(0);
    expect(load.acked.size).toBeGreaterThan(0);
    // Zero lost updates: each acknowledged write is one logged event and each event was acknowledged.
    expect(log.events).toBe(load.acked.size);
    expect([...log.logged].sort()).toEqual([...load.acked].sort());
    expect(log.unexplained).toEqual([]);
    expect(log.duplicateKeys).toEqual([]);
  });
});
