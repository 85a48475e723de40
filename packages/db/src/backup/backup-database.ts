import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { createGzip } from 'node:zlib';
import type { DatabaseHandle } from '../client.ts';
import {
  type BackupSequence,
  type BackupTable,
  listMigrations,
  listSequences,
  listTables,
  quoteIdent,
} from './backup-catalog.ts';

export const BACKUP_FORMAT = 'cascade-backup';
export const BACKUP_VERSION = 1;
/** Ends each table's rows, as in psql's COPY text; a data line can never be this (backslashes are doubled). */
export const END_OF_TABLE = '\\.';

/** The first line of a backup file. */
export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  engine: DatabaseHandle['kind'];
  migrations: string[];
  tables: BackupTable[];
  sequences: BackupSequence[];
};

export type BackupSummary = { file: string; tables: number; rows: number; bytes: number; ms: number };

/**
 * Writes the whole database to one gzip file in a logical format both engines read: a JSON
 * header line (schema version, tables, row counts, sequences), then each table's rows in
 * PostgreSQL's COPY text format, ended by `\.`. Taken in one repeatable-read snapshot, so a
 * running PostgreSQL server can be backed up; restore with `restoreDatabase` on PGlite or
 * PostgreSQL alike.
 */
export async function backupDatabase(handle: DatabaseHandle, file: string): Promise<BackupSummary> {
  const started = performance.now();
  const gzip = createGzip();
  const out = createWriteStream(file);
  const piped = gzip.pipe(out);
  const write = async (chunk: string | Uint8Array) => {
    if (!gzip.write(chunk)) await once(gzip, 'drain');
  };
  let rows = 0;
  let tableCount = 0;
  await handle.rawTransaction(async (session) => {
    await session.execute('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const tables: BackupTable[] = [];
    for (const { name, columns } of await listTables(session)) {
      const [count] = await session.query<{ n: string | number }>(`SELECT count(*) AS n FROM ${quoteIdent(name)}`);
      tables.push({ name, columns, rows: Number(count?.n ?? 0) });
    }
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      engine: handle.kind,
      migrations: await listMigrations(session),
      tables,
      sequences: await listSequences(session),
    };
    await write(`${JSON.stringify(header)}\n`);
    for (const t of tables) {
      for await (const chunk of session.copyOut(quoteIdent(t.name), t.columns.map(quoteIdent))) await write(chunk);
      await write(`${END_OF_TABLE}\n`);
      rows += t.rows;
    }
    tableCount = tables.length;
  });
  gzip.end();
  await once(piped, 'finish');
  return { file, tables: tableCount, rows, bytes: out.bytesWritten, ms: Math.round(performance.now() - started) };
}
