import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { type CopyChunk, copyPieces, type PreparedCopy } from './copy-text.ts';
import { preparingClient } from './prepared-statements.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** The drizzle database, the same type for PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/** A row source for bulk loads: each row is an array of values in column order. */
export type CopyRows = Iterable<readonly unknown[]>;

/** Raw SQL on one session (the pool, or one transaction): for bulk loads, admin and benchmarks. */
export type RawSession = {
  /** Bulk-load rows with COPY (the fastest path on both engines), or their text prepared ahead. */
  copyInto: (table: string, columns: readonly string[], rows: CopyRows | PreparedCopy) => Promise<number>;
  /** A table's rows in COPY text format, as the engine hands them over (backups). */
  copyOut: (table: string, columns: readonly string[]) => AsyncIterable<Uint8Array>;
  /** Runs plain SQL (several statements allowed). */
  execute: (sqlText: string) => Promise<void>;
  /** Runs one parameterized query and returns its rows. */
  query: <T = Record<string, unknown>>(sqlText: string, params?: unknown[]) => Promise<T[]>;
};

export type DatabaseHandle = RawSession & {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Runs `work` in one transaction on one connection: all of it commits, or none of it. */
  rawTransaction: <T>(work: (session: RawSession) => Promise<T>) => Promise<T>;
  close: () => Promise<void>;
  /** PGlite only: the whole database as one file, to open again as `image` (tests start from a migrated one). */
  dumpImage?: () => Promise<Blob>;
  /**
   * Subscribes to NOTIFY on `channel`: `onNotify` for each notification, `onListen` whenever
   * listening (re)starts — notifications sent while a PostgreSQL listener reconnected are lost.
   * PGlite delivers a notification at its commit, before the committing statement's promise
   * resolves; PostgreSQL on a connection of its own, some time after.
   */
  listen: (channel: string, onNotify: () => void, onListen?: () => void) => Promise<() => Promise<void>>;
  /**
   * PostgreSQL only: `watch` sees the text of every statement this handle sends, before it is sent
   * (a write of this process known at once, where its NOTIFY comes later). Returns the unwatch.
   */
  watchStatements?: (watch: (statement: string) => void) => () => void;
};

export type DatabaseOptions = {
  /** postgres://… to use a PostgreSQL server; unset for the embedded PGlite. */
  url?: string | undefined;
  /** Where PGlite keeps its files; `memory://` for an in-memory database. */
  dataDir?: string | undefined;
  /** PGlite only: start from this database (a `dumpImage`) instead of an empty one. */
  image?: Blob | undefined;
  /**
   * PostgreSQL only: every transaction of this pool is read-only (`default_transaction_read_only`),
   * for a read replica, so that a write sent there by mistake fails instead of going anywhere.
   */
  readOnly?: boolean | undefined;
  /** PostgreSQL only: the `application_name` the pool's connections show in pg_stat_activity. */
  applicationName?: string | undefined;
  /** PostgreSQL only: called with the text of every statement the pool sends (tests, diagnostics). */
  onQuery?: ((sqlText: string) => void) | undefined;
};

export const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'drizzle');
export const DEFAULT_DATA_DIR = path.resolve(process.cwd(), 'data', 'pglite');

/** Opens the database: PostgreSQL when a URL is given, PGlite otherwise. Does not migrate. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  return options.url
    ? openPostgres(options.url, options)
    : openPglite(options.dataDir ?? DEFAULT_DATA_DIR, options.image);
}

/** Opens and brings the schema up to date. */
export async function openMigratedDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  const handle = await openDatabase(options);
  await migrateDatabase(handle);
  return handle;
}

export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === 'pglite') {
    // biome-ignore lint/suspicious/noExplicitAny: the migrator wants the engine-specific drizzle type.
    await migratePglite(handle.db as any, { migrationsFolder: MIGRATIONS_FOLDER });
  } else {
    // biome-ignore lint/suspicious/noExplicitAny: the migrator wants the engine-specific drizzle type.
    await migratePostgres(handle.db as any, { migrationsFolder: MIGRATIONS_FOLDER });
  }
}

type PgliteSession = Pick<PGlite, 'query' | 'exec'>;

/**
 * A PGlite session: the database itself (whose bulk loads of several chunks are wrapped in a
 * transaction of their own, `atomically`) or one transaction.
 */
function pgliteSession(
  client: PgliteSession,
  atomically?: <T>(work: (session: PgliteSession) => Promise<T>) => Promise<T>,
): RawSession {
  return {
    copyInto: async (table, columns, rows) => {
      const chunks = copyPieces(rows);
      const first = chunks.next();
      if (first.done) return 0;
      const copy = `COPY ${table} (${columns.join(', ')}) FROM '/dev/blob'`;
      const load = async (session: PgliteSession) => {
        let count = 0;
        for (let chunk: IteratorResult<CopyChunk, void> = first; !chunk.done; chunk = chunks.next()) {
          await session.query(copy, [], { blob: new Blob([chunk.value.bytes]) });
          count += chunk.value.count;
        }
        return count;
      };
      return atomically ? atomically(load) : load(client);
    },
    copyOut: async function* (table, columns) {
      // PGlite runs in this process: the table arrives as one blob.
      const result = await client.query(`COPY ${table} (${columns.join(', ')}) TO '/dev/blob'`);
      if (result.blob) yield new Uint8Array(await result.blob.arrayBuffer());
    },
    execute: async (sqlText) => {
      await client.exec(sqlText);
    },
    query: async <T>(sqlText: string, params: unknown[] = []) => (await client.query<T>(sqlText, params)).rows,
  };
}

/**
 * PostgreSQL 18 extends a table by several blocks at once with posix_fallocate (COPY and bulk
 * inserts), which PGlite's emscripten runtime runs as ftruncate. On the in-memory file system that
 * copies the whole file into a new buffer of exactly the new size, at every extension: loading a
 * table cost time in proportion to its size squared (a cascade of 923,180 rows at ~1,800 rows/s;
 * `tests/bench/pglite-copy-repro.ts`, docs/BENCHMARKS.md). Zeros written instead grow the buffer
 * 12.5 % at a time. On disk ftruncate is the kernel's and cheap: PostgreSQL's default stays.
 */
const IN_MEMORY_CONF = ['file_extend_method = write_zeros'];

/**
 * Index lookups priced for a solid-state disk or memory, as on the PostgreSQL pool (see
 * `openPostgres`): with PostgreSQL's default of 4 a county's ledger page at 广东省's size read all
 * of the province's plan items to join them (p50 150 ms; 53 ms with 1.1).
 */
const PLANNER_CONF = ['random_page_cost = 1.1'];

async function openPglite(dataDir: string, image: Blob | undefined): Promise<DatabaseHandle> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir, {
    ...(image ? { loadDataDir: image } : {}),
    postgresqlconf: inMemory ? [...PLANNER_CONF, ...IN_MEMORY_CONF] : PLANNER_CONF,
  });
  await client.waitReady;
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    ...pgliteSession(client, (work) => client.transaction(work)),
    rawTransaction: (work) => client.transaction((tx) => work(pgliteSession(tx))),
    close: () => client.close(),
    dumpImage: () => client.dumpDataDir('none'),
    listen: async (channel, onNotify, onListen) => {
      const unlisten = await client.listen(channel, () => onNotify());
      onListen?.();
      return unlisten;
    },
  };
}

function postgresSession(
  client: postgres.Sql | postgres.TransactionSql,
  sent: (statement: string) => void,
): RawSession {
  return {
    copyInto: async (table, columns, rows) => {
      const chunks = copyPieces(rows);
      const first = chunks.next();
      if (first.done) return 0;
      const stream = await client.unsafe(`COPY ${table} (${columns.join(', ')}) FROM STDIN`).writable();
      let count = 0;
      const finished = new Promise<void>((resolve, reject) => {
        stream.on('error', reject);
        stream.on('finish', () => resolve());
      });
      for (let chunk: IteratorResult<CopyChunk, void> = first; !chunk.done; chunk = chunks.next()) {
        count += chunk.value.count;
        if (!stream.write(chunk.value.bytes)) await Promise.race([once(stream, 'drain'), finished]);
      }
      stream.end();
      await finished;
      return count;
    },
    copyOut: async function* (table, columns) {
      // postgres.js's COPY … TO STDOUT stream sometimes never ends (3.4, seen under load), so the
      // rows are read through a cursor, each formatted by the server as a COPY text line: the
      // column's text output with \ tab newline and CR escaped, \N for null — what COPY writes.
      const line = columns
        .map(
          (c) =>
            `CASE WHEN ${c} IS NULL THEN '\\N' ELSE replace(replace(replace(replace(${c}::text, '\\', '\\\\'), E'\\n', '\\n'), E'\\r', '\\r'), E'\\t', '\\t') END`,
        )
        .join(" || E'\\t' || ");
      const encoder = new TextEncoder();
      for await (const rows of client.unsafe<{ line: string }[]>(`SELECT ${line} AS line FROM ${table}`).cursor(2_000))
        yield encoder.encode(rows.map((r) => `${r.line}\n`).join(''));
    },
    execute: async (sqlText) => {
      sent(sqlText);
      await client.unsafe(sqlText).simple();
    },
    query: async <T>(sqlText: string, params: unknown[] = []) => {
      sent(sqlText);
      // biome-ignore lint/suspicious/noExplicitAny: postgres.js parameter typing is stricter than unknown[].
      return (await client.unsafe(sqlText, params as any[])) as unknown as T[];
    },
  };
}

async function openPostgres(
  url: string,
  { readOnly, applicationName, onQuery }: Pick<DatabaseOptions, 'readOnly' | 'applicationName' | 'onQuery'> = {},
): Promise<DatabaseHandle> {
  // `socket` is a documented postgres.js option its type declarations leave out.
  const options = {
    connection: {
      // The API's reads are short and many run at once: a query's own parallel workers add no
      // throughput on a server every request shares, and starting them took 30 ms of a county's
      // 85 ms ledger page (measured by the national benchmark's setup).
      max_parallel_workers_per_gather: '0',
      // Index lookups priced for a solid-state disk, not PostgreSQL's default for spinning ones (4):
      // with it the planner read all of 广东省's plan items to join a county's 8,092 ledger rows
      // (193 ms a page; 36 ms with 1.1, by the national benchmark's query at 广东省's size).
      random_page_cost: '1.1',
      ...(applicationName ? { application_name: applicationName } : {}),
      ...(readOnly ? { default_transaction_read_only: 'on' } : {}),
    },
    ...(onQuery ? { debug: (_connection: number, query: string) => onQuery(query) } : {}),
    max: 10,
    onnotice: () => {},
    socket: connectWithoutDelay,
    // While the server is away a query fails within seconds (the API answers 503) instead of
    // waiting out postgres.js's growing back-off (up to 20 s a try); reconnects stay ≤ 1 s apart.
    connect_timeout: 5,
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
  };
  const client = postgres(url, options as Parameters<typeof postgres>[1]);
  const watchers = new Set<(statement: string) => void>();
  const sent = (statement: string) => {
    for (const watch of watchers) watch(statement);
  };
  const db = drizzlePostgres({ client: preparingClient(client, sent), schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    ...postgresSession(client, sent),
    rawTransaction: async (work) =>
      (await client.begin((tx) => work(postgresSession(tx, sent)))) as Awaited<ReturnType<typeof work>>,
    close: () => client.end({ timeout: 5 }),
    listen: async (channel, onNotify, onListen) => (await client.listen(channel, () => onNotify(), onListen)).unlisten,
    watchStatements: (watch) => {
      watchers.add(watch);
      return () => watchers.delete(watch);
    },
  };
}

/**
 * postgres.js leaves Nagle's algorithm on, which holds each small COPY message back ~40 ms
 * waiting for an ACK; a socket with TCP_NODELAY sends at once (measured: 45 ms → ~1 ms a COPY).
 *
 * The socket is handed over while still connecting (writes are buffered until it is up), so a
 * refused connection reaches postgres.js as the socket's own error and close events. A factory
 * that rejects instead leaves postgres.js's connection slot stuck "connecting" for good: after a
 * database outage every slot was stuck and every query waited forever (found by the outage test
 * in tests/reliability).
 */
function connectWithoutDelay(options: { host: string[]; port: number[]; path?: string | false }): Socket {
  return options.path
    ? connect({ path: options.path })
    : connect({ host: options.host[0] ?? 'localhost', port: options.port[0] ?? 5432, noDelay: true });
}
