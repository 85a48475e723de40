import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { DatabaseHandle } from '../client.ts';
import { listMigrations, listTables, quoteIdent } from './backup-catalog.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, END_OF_TABLE } from './backup-database.ts';
import { BackupError } from './backup-error.ts';
import { insertCopyLines } from './insert-copy-lines.ts';

export type RestoreSummary = { file: string; tables: number; rows: number; ms: number };

/** Lines go to the database in batches of about this many characters. */
const BATCH_CHARS = 1 << 20;

function parseHeader(line: string | undefined): BackupHeader {
  let header: Partial<BackupHeader>;
  try {
    header = JSON.parse(line ?? '') as Partial<BackupHeader>;
  } catch {
    throw new BackupError('notBackup');
  }
  if (header?.format !== BACKUP_FORMAT || !Array.isArray(header.tables)) throw new BackupError('notBackup');
  if ((header.version ?? 0) > BACKUP_VERSION) throw new BackupError('newerFormat', `第 ${header.version} 版`);
  return header as BackupHeader;
}

/**
 * Loads a file written by `backupDatabase` into an empty, migrated database of either engine,
 * in one transaction: every table, its row count checked against the header, and the sequences
 * where they were. Refuses a database that has rows, a backup of another schema version and a
 * damaged or truncated file, each with a BackupError — and then nothing has been written.
 */
export async function restoreDatabase(handle: DatabaseHandle, file: string): Promise<RestoreSummary> {
  const started = performance.now();
  const gunzip = createGunzip();
  const source = createReadStream(file);
  const lines = createInterface({ input: source.pipe(gunzip), crlfDelay: Number.POSITIVE_INFINITY });
  const iterator = lines[Symbol.asyncIterator]();
  const failure: { error?: Error } = {};
  const fail = (error: Error) => {
    failure.error = error;
    lines.close();
  };
  gunzip.on('error', fail);
  source.on('error', fail);
  const next = async () => {
    const { value, done } = await iterator.next();
    if (failure.error) throw new BackupError('damaged', failure.error.message);
    return done ? undefined : value;
  };
  try {
    const first = await next().catch((error: unknown) => {
      // Not gzip at all (zlib's "incorrect header check"): some other file.
      const code = (failure.error as NodeJS.ErrnoException | undefined)?.code;
      if (code === 'ENOENT') throw new BackupError('unreadable', `找不到文件 ${file}`);
      throw code === 'Z_DATA_ERROR' ? new BackupError('notBackup') : error;
    });
    const header = parseHeader(first);
    const migrations = await listMigrations(handle);
    if (migrations.join() !== header.migrations.join())
      throw new BackupError('otherSchema', `备份 ${header.migrations.length} 个迁移，本库 ${migrations.length} 个`);
    const existing = new Map((await listTables(handle)).map((t) => [t.name, t]));
    for (const t of header.tables) {
      if (existing.get(t.name)?.columns.join() !== t.columns.join())
        throw new BackupError('otherSchema', `表 ${t.name} 的列不同`);
    }
    for (const name of existing.keys()) {
      const [row] = await handle.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${quoteIdent(name)}) AS any`);
      if (row?.any) throw new BackupError('notEmpty', `表 ${name} 已有数据`);
    }

    let rows = 0;
    const load = handle.rawTransaction(async (session) => {
      for (const table of header.tables) {
        // Sent in batches as it is read; a short or altered table fails the transaction, and
        // then nothing of the restore stays.
        const types = existing.get(table.name)?.types ?? [];
        const send = (text: string) => insertCopyLines(session, table.name, table.columns, types, text);
        let batch = '';
        let count = 0;
        let ended = false;
        for (let line = await next(); line !== undefined; line = await next()) {
          if (line === END_OF_TABLE) {
            ended = true;
            break;
          }
          count++;
          batch += `${line}\n`;
          if (batch.length >= BATCH_CHARS) {
            await send(batch);
            batch = '';
          }
        }
        if (!ended || count !== table.rows)
          throw new BackupError('damaged', `表 ${table.name} 应有 ${table.rows} 行，读到 ${count} 行`);
        if (batch) await send(batch);
        rows += count;
      }
      for (const s of header.sequences) {
        if (s.lastValue !== null)
          await session.query('SELECT setval($1::regclass, $2::bigint, true)', [
            `public.${quoteIdent(s.name)}`,
            s.lastValue,
          ]);
      }
    });
    // A row the database refuses means the file was altered: nothing of it stays.
    await load.catch((error: unknown) => {
      throw error instanceof BackupError ? error : new BackupError('damaged', (error as Error).message);
    });
    return { file, tables: header.tables.length, rows, ms: Math.round(performance.now() - started) };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    if ((failure.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT')
      throw new BackupError('unreadable', '找不到文件');
    if (failure.error) throw new BackupError('damaged', failure.error.message);
    throw error;
  } finally {
    lines.close();
  }
}
