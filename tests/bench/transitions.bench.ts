import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openMigratedDatabase, seedOrgTree } from '@cascade/db';
import { findPostgresBinDir, startThrowawayPostgres } from '@cascade/db/testing';
import { DEMO_ACCOUNTS, ensureAccounts, signIn, TEST_PASSWORD } from '@cascade/server/testing';
import type { Benchmark, BenchResult } from './bench-result.ts';

/** The API in a process of its own (clients are elsewhere in production): its port and a stop. */
async function startServerProcess(url: string): Promise<{ port: number; stop: () => void }> {
  const script = fileURLToPath(new URL('./transitions-server.ts', import.meta.url));
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', script], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`the benchmark server exited with ${code}`)));
  });
  return { port, stop: () => child.kill('SIGTERM') };
}

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);

/**
 * Assignment transitions through the HTTP API (16 concurrent signed-in clients; each transition
 * checked by the workflow, persisted with its event and roll-up update) against raw single-row
 * UPDATE + event INSERT transactions over 16 connections on the same PostgreSQL server.
 */
async function run(quick: boolean, log: (line: string) => void): Promise<BenchResult> {
  const perClient = quick ? 10 : 100;
  const count = CLIENTS * perClient;
  const pg = await startThrowawayPostgres();
  const handle = await openMigratedDatabase({ url: pg.url });
  const server = await startServerProcess(pg.url);
  try {
    const base = `http://127.0.0.1:${server.port}`;
    await seedOrgTree(handle, { provinces: ['44'] });
    await ensureAccounts(
      handle.db,
      DEMO_ACCOUNTS.filter((a) => a.username === 'hz-supervisor'),
      TEST_PASSWORD,
    );
    // Rows ready to be returned: `count` assignments of 惠州's departments, in state reported.
    const orgs = await handle.query<{ id: string; path: string }>(
      "SELECT id, path FROM orgs WHERE parent_id = '441300' AND kind = 'department' ORDER BY id",
    );
    await handle.execute(`INSERT INTO plans (id, owner_org_id, year, title) VALUES ('bench', '441300', 2022, 'bench');
      INSERT INTO plan_items (id, plan_id, position, kind, label, text) VALUES ('bench#1', 'bench', 0, 'task', '1.', '基准任务');`);
    const rows = Array.from({ length: count }, (_, i) => {
      const org = orgs[i % orgs.length] as { id: string; path: string };
      return [`bench-${i}`, 'bench', 'bench#1', org.id, org.path, 'responsible', `p${i}`, 'reported', 2022];
    });
    const columns = ['id', 'plan_id', 'item_id', 'org_id', 'org_path', 'role', 'period_key', 'state', 'year'];
    await handle.copyInto('assignments', columns, rows);

    const fetcher = { request: (url: string, init?: RequestInit) => fetch(`${base}${url}`, init) };
    // One after another: the sign-in throttle lets one address run only three password checks on an
    // account at once (parallel guesses must not slip past it), and this is not what is measured.
    const sessions = [];
    for (let c = 0; c < CLIENTS; c++) sessions.push(await signIn(fetcher, 'hz-supervisor', TEST_PASSWORD));
    const apiStart = performance.now();
    let refused = 0;
    await Promise.all(
      sessions.map(async (session, c) => {
        for (let k = 0; k < perClient; k++) {
          const res = await session.request(`/api/assignments/bench-${c * perClient + k}/return`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ expectedVersion: 1, reason: '基准测试退回' }),
          });
          if (res.status !== 200) refused++;
          await res.arrayBuffer();
        }
      }),
    );
    const apiMs = performance.now() - apiStart;
    const [events] = await handle.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM events WHERE type = 'assignment.return'",
    );

    // Baseline: the same rows back to reported, then the bare minimum a transition writes.
    await handle.execute("UPDATE assignments SET state = 'reported', version = 1 WHERE plan_id = 'bench'");
    const rawStart = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, c) => {
        for (let k = 0; k < perClient; k++) {
          await handle.rawTransaction(async (tx) => {
            const id = `bench-${c * perClient + k}`;
            await tx.query(
              "UPDATE assignments SET state = 'assigned', version = version + 1 WHERE id = $1 AND version = 1",
              [id],
            );
            await tx.query(
              "INSERT INTO events (actor, type, subject_type, subject_id, payload) VALUES ('bench', 'raw', 'assignment', $1, '{}')",
              [id],
            );
          });
        }
      }),
    );
    const rawMs = performance.now() - rawStart;
    const apiRate = (count / apiMs) * 1000;
    const rawRate = (count / rawMs) * 1000;
    log(`transitions: API ${apiRate.toFixed(0)}/s (${count} in ${apiMs.toFixed(0)} ms), raw ${rawRate.toFixed(0)}/s`);
    return {
      name: 'transitions (postgres): HTTP API, 16 clients vs raw UPDATE + INSERT',
      value: Math.round(apiRate),
      unit: 'transitions/s',
      baseline: 'raw UPDATE + event INSERT transactions, 16 connections',
      baselineValue: Math.round(rawRate),
      ratio: apiRate / rawRate,
      target: '≥ 0.4×',
      met: apiRate / rawRate >= 0.4,
      agrees: refused === 0 && Number(events?.n) === count,
      details: { transitions: count, refused, events: Number(events?.n) },
    };
  } finally {
    server.stop();
    await handle.close();
    await pg.stop();
  }
}

export const transitionsBenchmark: Benchmark = {
  name: 'transitions',
  async run({ quick, log }) {
    if (!findPostgresBinDir()) {
      log('transitions skipped: PostgreSQL server binaries not found (apt-get install -y postgresql)');
      return [];
    }
    return [await run(quick, log)];
  },
};
