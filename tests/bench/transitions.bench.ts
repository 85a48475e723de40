import { spawn } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { type DatabaseHandle, openMigratedDatabase, seedOrgTree } from '@cascade/db';
import { findPostgresBinDir, startThrowawayPostgres } from '@cascade/db/testing';
import { type CompiledWorkflow, createWorkflowRegistry, transitionOn } from '@cascade/engine';
import { DEMO_ACCOUNTS, ensureAccounts, signIn, TEST_PASSWORD } from '@cascade/server/testing';
import { machineBusyMs, postgresCpuMs, processCpuMs } from '../support/process-cpu.ts';
import type { Benchmark, BenchResult } from './bench-result.ts';

/** The API in a process of its own (clients are elsewhere in production): its port and a stop. */
async function startServerProcess(url: string): Promise<{ port: number; pid: number; stop: () => void }> {
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
  return { port, pid: child.pid ?? 0, stop: () => child.kill('SIGTERM') };
}

/**
 * The clients' HTTP: node's own client on kept-alive connections, answering with a plain Response.
 * The load generator shares the two cores with the server and the database (clients are
 * elsewhere in production): `fetch` (undici) cost ~1.7 ms of CPU a request here, which the
 * server's figure would pay for.
 */
function keepAliveFetcher(base: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  return {
    request: (url: string, init: RequestInit = {}) =>
      new Promise<Response>((resolve, reject) => {
        const headers: Record<string, string> = {};
        new Headers(init.headers).forEach((value, name) => {
          headers[name] = value;
        });
        const req = httpRequest(`${base}${url}`, { method: init.method ?? 'GET', headers, agent }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const answer = new Headers();
            for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) answer.set(k, String(v));
            resolve(new Response(Buffer.concat(chunks), { status: res.statusCode ?? 0, headers: answer }));
          });
          res.on('error', reject);
        });
        req.on('error', reject);
        req.end(typeof init.body === 'string' ? init.body : undefined);
      }),
  };
}

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);

/** The database's statements since the last reset, per transition, by their total time. */
async function logStatements(handle: DatabaseHandle, count: number, log: (line: string) => void): Promise<void> {
  const rows = await handle.query<{ calls: number; total_ms: number; query: string }>(
    "SELECT calls::int, round(total_exec_time::numeric, 1)::float AS total_ms, left(regexp_replace(query, E'\\s+', ' ', 'g'), 160) AS query FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 12",
  );
  for (const r of rows)
    log(`  ${(r.total_ms / count).toFixed(3)} ms/transition  ${(r.calls / count).toFixed(2)} calls  ${r.query}`);
}

/** CPU used while `work` runs, per process group, in ms per transition: where the time goes. */
async function cpuPerTransition(
  pids: { servers?: number[]; databaseDir: string },
  count: number,
  work: () => Promise<void>,
): Promise<Record<string, number>> {
  const read = () => ({
    server: (pids.servers ?? []).reduce((sum, pid) => sum + processCpuMs(pid), 0),
    database: postgresCpuMs(pids.databaseDir),
    clients: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
    machine: machineBusyMs(),
  });
  const before = read();
  const start = performance.now();
  await work();
  const wallMs = performance.now() - start;
  const after = read();
  const per = (k: keyof typeof before) => Math.round(((after[k] - before[k]) / count) * 100) / 100;
  return {
    wallMs: Math.round(wallMs),
    serverCpuMs: per('server'),
    databaseCpuMs: per('database'),
    clientsCpuMs: per('clients'),
    machineBusyShare: Math.round(((after.machine - before.machine) / wallMs / cpus().length) * 100) / 100,
  };
}

/**
 * The standard variant's state a RETURN (退回) is fired from, and the state it leads to: the rows'
 * state before the API returns them, and the one the baseline writes. Asked of the variant, so the
 * benchmark names no state of its own.
 */
function returnStep(): { from: string; to: string } {
  const { variant } = createWorkflowRegistry()('standard', 1) as CompiledWorkflow;
  for (const from of Object.keys(variant.states)) {
    const step = transitionOn(variant, from, 'RETURN');
    if (step) return { from, to: step.target };
  }
  throw new Error('the standard variant has no RETURN step');
}

/** Rounds of equal size together: their wall times summed, their CPU per transition averaged. */
function meanOfRounds(rounds: readonly Record<string, number>[]): Record<string, number> {
  const sum = (key: string) => rounds.reduce((n, r) => n + (r[key] ?? 0), 0);
  const mean = (key: string) => Math.round((sum(key) / rounds.length) * 100) / 100;
  return {
    wallMs: Math.round(sum('wallMs')),
    serverCpuMs: mean('serverCpuMs'),
    databaseCpuMs: mean('databaseCpuMs'),
    clientsCpuMs: mean('clientsCpuMs'),
    machineBusyShare: mean('machineBusyShare'),
  };
}

/**
 * Assignment transitions through the HTTP API (16 concurrent signed-in clients; each transition
 * checked by the workflow, persisted with its event and roll-up update) against raw single-row
 * UPDATE + event INSERT transactions over 16 connections on the same PostgreSQL server; three
 * rounds of each, alternating (one with --quick).
 */
async function run(quick: boolean, log: (line: string) => void): Promise<BenchResult> {
  const perClient = quick ? 10 : 100;
  const rounds = quick ? 1 : 3;
  /**
   * Rounds of each side run first and not counted: a server runs for months, and its first
   * transitions run before V8 has optimized its code (a first round took twice a third's time on
   * both sides). They also fill the caches of PostgreSQL's backends.
   */
  const warmUps = 1;
  /** Transitions a round, on each side. */
  const count = CLIENTS * perClient;
  // BENCH_PG_STATEMENTS=1: the statements the API ran, by their total time (pg_stat_statements).
  const statements = process.env.BENCH_PG_STATEMENTS === '1';
  const pg = await startThrowawayPostgres(
    statements ? { extraConfig: ['shared_preload_libraries=pg_stat_statements', 'pg_stat_statements.track=all'] } : {},
  );
  const handle = await openMigratedDatabase({ url: pg.url });
  // BENCH_SERVER_PROCESSES=2: that many server processes on the one database (as SERVER_PROCESSES
  // runs them), the clients spread over them.
  const servers = await Promise.all(
    Array.from({ length: Number(process.env.BENCH_SERVER_PROCESSES ?? 1) }, () => startServerProcess(pg.url)),
  );
  try {
    await seedOrgTree(handle, { provinces: ['44'] });
    await ensureAccounts(
      handle.db,
      DEMO_ACCOUNTS.filter((a) => a.username === 'hz-supervisor'),
      TEST_PASSWORD,
    );
    // Rows ready to be returned: `count` assignments a round of 惠州's departments, in the state RETURN leaves.
    const step = returnStep();
    const orgs = await handle.query<{ id: string; path: string }>(
      "SELECT id, path FROM orgs WHERE parent_id = '441300' AND kind = 'department' ORDER BY id",
    );
    await handle.execute(`INSERT INTO plans (id, owner_org_id, year, title) VALUES ('bench', '441300', 2022, 'bench');
      INSERT INTO plan_items (id, plan_id, position, kind, label, text) VALUES ('bench#1', 'bench', 0, 'task', '1.', '基准任务');`);
    const rows = Array.from({ length: count * (warmUps + rounds) }, (_, i) => {
      const org = orgs[i % orgs.length] as { id: string; path: string };
      return [`bench-${i}`, 'bench', 'bench#1', org.id, org.path, 'responsible', `p${i}`, step.from, 2022];
    });
    const columns = ['id', 'plan_id', 'item_id', 'org_id', 'org_path', 'role', 'period_key', 'state', 'year'];
    await handle.copyInto('assignments', columns, rows);

    const fetchers = servers.map((server) => keepAliveFetcher(`http://127.0.0.1:${server.port}`));
    // One after another: the sign-in throttle lets one address run only three password checks on an
    // account at once (parallel guesses must not slip past it), and this is not what is measured.
    const sessions: Awaited<ReturnType<typeof signIn>>[] = [];
    for (let c = 0; c < CLIENTS; c++)
      sessions.push(
        await signIn(fetchers[c % fetchers.length] as (typeof fetchers)[number], 'hz-supervisor', TEST_PASSWORD),
      );
    let refused = 0;
    const database = { servers: servers.map((server) => server.pid), databaseDir: pg.dataDir };
    // Rounds of the API then the baseline on the same rows, alternating, so that a change in the
    // machine's pace while the benchmark runs weighs on both sides alike.
    const apiRounds: Record<string, number>[] = [];
    const rawRounds: Record<string, number>[] = [];
    /** The warm-up rounds' ratios, logged beside the measured ones. */
    const warmUpRatios: number[] = [];
    for (let round = 0; round < warmUps + rounds; round++) {
      const measured = round >= warmUps;
      if (statements && round === warmUps)
        await handle.execute('CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_stat_statements_reset();');
      const idOf = (c: number, k: number) => `bench-${round * count + c * perClient + k}`;
      const apiRound = await cpuPerTransition(database, count, async () => {
        await Promise.all(
          sessions.map(async (session, c) => {
            for (let k = 0; k < perClient; k++) {
              const res = await session.request(`/api/assignments/${idOf(c, k)}/return`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ expectedVersion: 1, reason: '基准测试退回' }),
              });
              if (res.status !== 200) refused++;
              await res.arrayBuffer();
            }
          }),
        );
      });
      if (measured) apiRounds.push(apiRound);
      if (statements && round === warmUps) await logStatements(handle, count, log);
      // Baseline: the same rows back where RETURN leaves them, then the bare minimum a transition writes.
      await handle.query("UPDATE assignments SET state = $1, version = 1 WHERE plan_id = 'bench' AND id = ANY($2)", [
        step.from,
        Array.from({ length: count }, (_, i) => `bench-${round * count + i}`),
      ]);
      const rawRound = await cpuPerTransition(database, count, async () => {
        await Promise.all(
          Array.from({ length: CLIENTS }, async (_, c) => {
            for (let k = 0; k < perClient; k++) {
              await handle.rawTransaction(async (tx) => {
                const id = idOf(c, k);
                await tx.query(
                  'UPDATE assignments SET state = $2, version = version + 1 WHERE id = $1 AND version = 1',
                  [id, step.to],
                );
                await tx.query(
                  "INSERT INTO events (actor, type, subject_type, subject_id, payload) VALUES ('bench', 'raw', 'assignment', $1, '{}')",
                  [id],
                );
              });
            }
          }),
        );
      });
      if (measured) rawRounds.push(rawRound);
      else warmUpRatios.push((rawRound.wallMs as number) / (apiRound.wallMs as number));
    }
    const [events] = await handle.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM events WHERE type = 'assignment.return'",
    );
    const api = meanOfRounds(apiRounds);
    const raw = meanOfRounds(rawRounds);
    const apiMs = api.wallMs as number;
    const rawMs = raw.wallMs as number;
    const total = count * rounds;
    const apiRate = (total / apiMs) * 1000;
    const rawRate = (total / rawMs) * 1000;
    log(
      `transitions: API ${apiRate.toFixed(0)}/s (${total} in ${apiMs.toFixed(0)} ms), raw ${rawRate.toFixed(0)}/s; by round ${apiRounds.map((a, r) => ((rawRounds[r]?.wallMs as number) / (a.wallMs as number)).toFixed(2)).join(', ')}× (warm-up, not counted: ${warmUpRatios.map((r) => r.toFixed(2)).join(', ')}×)`,
    );
    log(`  CPU per transition (ms), API: ${JSON.stringify(api)}; raw: ${JSON.stringify(raw)}`);
    return {
      name: `transitions (postgres): HTTP API, 16 clients${servers.length > 1 ? `, ${servers.length} server processes` : ''} vs raw UPDATE + INSERT`,
      value: Math.round(apiRate),
      unit: 'transitions/s',
      baseline: 'raw UPDATE + event INSERT transactions, 16 connections',
      baselineValue: Math.round(rawRate),
      ratio: apiRate / rawRate,
      target: '≥ 0.4×',
      met: apiRate / rawRate >= 0.4,
      agrees: refused === 0 && Number(events?.n) === count * (warmUps + rounds),
      details: {
        transitions: total,
        rounds,
        warmUps,
        warmUpRatios: warmUpRatios.map((r) => Math.round(r * 100) / 100),
        refused,
        events: Number(events?.n),
        cpuPerTransition: { api, raw },
      },
    };
  } finally {
    for (const server of servers) server.stop();
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
