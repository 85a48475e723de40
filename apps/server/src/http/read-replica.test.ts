import type { LedgerPage, LedgerRowDto, RollupDto } from '@cascade/contracts';
import { type DatabaseHandle, openDatabase, openMigratedDatabase } from '@cascade/db';
import {
  findPostgresBinDir,
  REPLICATION_PRIMARY_CONFIG,
  startThrowawayPostgres,
  startThrowawayStandby,
  type ThrowawayPostgres,
} from '@cascade/db/testing';
import type { Context } from 'hono';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseEnv } from '../env.ts';
import { createTestWorld, type TestWorld } from '../testing/test-world.ts';
import type { AppEnv } from './app-env.ts';
import { readDatabase } from './read-replica.ts';

/**
 * DATABASE_READ_URL against a real streaming replica: a primary and a hot standby made from it with
 * pg_basebackup, the standby's replay paused to make it lag on purpose. PostgreSQL only: skipped
 * with the reason when the run has no PostgreSQL (no server binaries, CASCADE_SKIP_POSTGRES=1).
 */
const PLAN = [
  '一、总体要求',
  '（一）公开',
  '1.建设规章库专栏。〔牵头单位：县司法局〕',
  '2.公开行政执法统计年报。〔牵头单位：县司法局〕',
].join('\n');
const enc = encodeURIComponent;

const binDir = findPostgresBinDir();
const skipReason = !inject('postgresUrl')
  ? 'this run has no PostgreSQL server (see the [tests] notice)'
  : binDir && !(await import('node:fs')).existsSync(`${binDir}/pg_basebackup`)
    ? `pg_basebackup not found beside ${binDir}/postgres`
    : null;
if (skipReason && process.env.CASCADE_REQUIRE_POSTGRES === '1')
  throw new Error(`PostgreSQL is required here: ${skipReason}`);
if (skipReason) console.warn(`[read replica] skipped: ${skipReason}`);

/** Statements a pool sent, from `mark()` on. */
function statementLog() {
  const all: string[] = [];
  let from = 0;
  return {
    push: (sqlText: string) => {
      all.push(sqlText);
    },
    mark: () => {
      from = all.length;
    },
    sinceMark: () => all.slice(from),
    all: () => [...all],
  };
}
describe('choosing the database of a heavy read (no server needed)', () => {
  const primary = { db: { name: 'primary' } } as unknown as DatabaseHandle;
  const replica = { db: { name: 'replica' } } as unknown as DatabaseHandle;
  const request = (method: string) => ({ req: { method }, get: () => undefined }) as unknown as Context<AppEnv>;

  it('only a GET or HEAD is handed the replica; without one everything is the primary’s', async () => {
    expect(await readDatabase(request('GET'), { database: primary, readReplica: replica })).toBe(replica.db);
    expect(await readDatabase(request('HEAD'), { database: primary, readReplica: replica })).toBe(replica.db);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'])
      expect(await readDatabase(request(method), { database: primary, readReplica: replica })).toBe(primary.db);
    expect(await readDatabase(request('GET'), { database: primary })).toBe(primary.db);
  });

  it('DATABASE_READ_URL needs DATABASE_URL: the embedded database has no replica', () => {
    expect(() => parseEnv({ DATABASE_READ_URL: 'postgres://replica/cascade' })).toThrow(/DATABASE_READ_URL/);
    expect(
      parseEnv({ DATABASE_URL: 'postgres://primary/cascade', DATABASE_READ_URL: 'postgres://replica/cascade' })
        .DATABASE_READ_URL,
    ).toBe('postgres://replica/cascade');
  });
});

const readsLedger = (sqlText: string) => /\bassignments\b/.test(sqlText) && /^\s*(select|with)\b/i.test(sqlText);
const readsRollup = (sqlText: string) => /\brollup_counts\b/.test(sqlText);

describe.skipIf(skipReason !== null)('reads from a streaming replica (DATABASE_READ_URL)', () => {
  let primaryServer: ThrowawayPostgres;
  let standbyServer: ThrowawayPostgres;
  let primary: DatabaseHandle;
  let replica: DatabaseHandle;
  /** Connections of the test's own to each server's `postgres` database (WAL positions, replay control). */
  let primaryAdmin: DatabaseHandle;
  let standbyAdmin: DatabaseHandle;
  let world: TestWorld;
  let rows: LedgerRowDto[] = [];
  const onPrimary = statementLog();
  const onReplica = statementLog();

  /** Waits until the standby has replayed everything the primary has written so far. */
  const caughtUp = async () => {
    const [{ lsn } = { lsn: '' }] = await primaryAdmin.query<{ lsn: string }>(
      'SELECT pg_current_wal_insert_lsn()::text AS lsn',
    );
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const [row] = await standbyAdmin.query<{ done: boolean }>(
        'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done',
        [lsn],
      );
      if (row?.done) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`the standby did not replay up to ${lsn} within 20 s`);
  };
  const pauseReplay = async () => {
    await standbyAdmin.execute('SELECT pg_wal_replay_pause()');
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const [row] = await standbyAdmin.query<{ state: string }>('SELECT pg_get_wal_replay_pause_state() AS state');
      if (row?.state === 'paused') return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('the standby did not pause its replay');
  };
  const ledgerOf = async (username: string) =>
    (await (await world.as(username)).send<LedgerPage>('GET', `/api/ledger?planId=${enc(rows[0]!.planId)}`))
      .rows as LedgerRowDto[];
  const stateOf = (ledger: LedgerRowDto[], id: string) => ledger.find((r) => r.id === id)?.state;

  beforeAll(async () => {
    primaryServer = await startThrowawayPostgres({ extraConfig: REPLICATION_PRIMARY_CONFIG });
    primaryAdmin = await openDatabase({ url: primaryServer.url });
    await primaryAdmin.execute('CREATE DATABASE cascade');
    const dbUrl = (server: ThrowawayPostgres) => server.url.replace(/\/postgres$/, '/cascade');
    primary = await openMigratedDatabase({ url: dbUrl(primaryServer), onQuery: onPrimary.push });
    standbyServer = await startThrowawayStandby(primaryServer);
    standbyAdmin = await openDatabase({ url: standbyServer.url });
    replica = await openDatabase({
      url: dbUrl(standbyServer),
      readOnly: true,
      applicationName: 'cascade-read',
      onQuery: onReplica.push,
    });
    world = await createTestWorld(primary, { readReplica: replica });
    // 博罗县 issues two tasks to its 司法局.
    const planId = await world.importAndPublish('bl-author', PLAN, '博罗县.txt');
    await caughtUp();
    rows = (await (await world.as('bl-reporter')).send<LedgerPage>('GET', `/api/ledger?planId=${enc(planId)}`))
      .rows as LedgerRowDto[];
    expect(rows).toHaveLength(2);
  });
  afterAll(async () => {
    await replica?.close();
    await primary?.close();
    await standbyAdmin?.close();
    await primaryAdmin?.close();
    await standbyServer?.stop();
    await primaryServer?.stop();
  });

  it('(a) the ledger and the dashboard of a reader who has not written are read on the replica', async () => {
    // The replica's pool is a standby's: in recovery, and read-only besides.
    const [standby] = await replica.query<{ recovery: boolean; readOnly: string }>(
      'SELECT pg_is_in_recovery() AS recovery, current_setting(\'default_transaction_read_only\') AS "readOnly"',
    );
    expect(standby).toEqual({ recovery: true, readOnly: 'on' });
    const [seen] = await standbyAdmin.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'cascade-read'",
    );
    expect(seen?.n).toBeGreaterThan(0);

    onPrimary.mark();
    onReplica.mark();
    const ledger = await ledgerOf('bl-supervisor');
    expect(ledger.map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
    const supervisor = await world.as('bl-supervisor');
    const rollup = await supervisor.send<RollupDto>('GET', '/api/rollup/441322?year=2022');
    expect(rollup.counts.total).toBe(2);
    const exported = await supervisor.request(`/api/ledger/export.xlsx?planId=${enc(rows[0]!.planId)}`);
    expect(exported.status).toBe(200);
    expect(onReplica.sinceMark().filter(readsLedger).length).toBeGreaterThanOrEqual(2); // the ledger, the export
    expect(onReplica.sinceMark().some(readsRollup)).toBe(true);
    // The primary only looked up the session.
    expect(onPrimary.sinceMark().filter((q) => readsLedger(q) || readsRollup(q))).toEqual([]);
  });

  it('(b) a writer reads its own write at once while the replica lags; another reader sees the replica', async () => {
    const reporter = await world.as('bl-reporter');
    const supervisor = await world.as('bl-supervisor');
    const before = stateOf(await ledgerOf('bl-supervisor'), rows[0]!.id);
    await pauseReplay();

    const form = new FormData();
    form.set('expectedVersion', String(rows[0]!.version));
    form.set('text', '已开设专栏');
    form.append('files', new File([new TextEncoder().encode('%PDF-1.4 截图')], '截图.pdf'));
    const res = await reporter.request(`/api/assignments/${enc(rows[0]!.id)}/report`, { method: 'POST', body: form });
    expect(res.status, await res.clone().text()).toBe(200);
    const reported = ((await res.json()) as LedgerRowDto).state;
    expect(reported).not.toBe(before);
    // The session carries the primary's WAL position after the write.
    const [recorded] = await primary.query<{ lsn: string | null }>(
      `SELECT s.read_after_lsn AS lsn FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE u.username = 'bl-reporter' ORDER BY s.created_at DESC LIMIT 1`,
    );
    expect(recorded?.lsn).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);

    // The writer: its ledger comes from the primary (the replica was only asked how far it is).
    onPrimary.mark();
    onReplica.mark();
    expect(stateOf(await ledgerOf('bl-reporter'), rows[0]!.id)).toBe(reported);
    expect(onReplica.sinceMark().filter(readsLedger)).toEqual([]);
    expect(onReplica.sinceMark().some((q) => q.includes('pg_last_wal_replay_lsn'))).toBe(true);
    expect(onPrimary.sinceMark().some(readsLedger)).toBe(true);

    // Someone who has not written since: the replica's older state, ledger and roll-up alike.
    onReplica.mark();
    expect(stateOf(await ledgerOf('bl-supervisor'), rows[0]!.id)).toBe(before);
    const stale = await supervisor.send<RollupDto>('GET', '/api/rollup/441322?year=2022');
    expect(stale.counts.byState[reported]).toBeUndefined();
    expect(onReplica.sinceMark().some(readsLedger)).toBe(true);

    // Once the supervisor writes (an urge), its own reads are the primary's too: the report is there.
    await supervisor.send('POST', `/api/assignments/${enc(rows[1]!.id)}/urge`, { message: '请于本周五前报送' });
    const fresh = await supervisor.send<RollupDto>('GET', '/api/rollup/441322?year=2022');
    expect(fresh.counts.byState[reported]).toBe(1);
    expect(stateOf(await ledgerOf('bl-supervisor'), rows[0]!.id)).toBe(reported);

    // The replica catches up: the writer's reads go back to it, and it has the write.
    await standbyAdmin.execute('SELECT pg_wal_replay_resume()');
    await caughtUp();
    onReplica.mark();
    expect(stateOf(await ledgerOf('bl-reporter'), rows[0]!.id)).toBe(reported);
    expect(onReplica.sinceMark().some(readsLedger)).toBe(true);
  });

  it('(c) writes never go to the replica: it was sent nothing but reads', async () => {
    const sent = onReplica.all();
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.filter((q) => !/^\s*(select|with)\b/i.test(q))).toEqual([]);
    // And the test's writes are all on the primary: the report and the urge.
    const [row] = await primary.query<{ state: string }>('SELECT state FROM assignments WHERE id = $1', [rows[0]!.id]);
    expect(row?.state).toBe('reported');
    const [urged] = await primary.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM events WHERE type = 'assignment.urged' AND subject_id = $1",
      [rows[1]!.id],
    );
    expect(urged?.n).toBe(1);
  });
});
