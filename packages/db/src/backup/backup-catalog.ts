import type { RawSession } from '../client.ts';

/** One table as a backup holds it: its columns in order and how many rows it had. */
export type BackupTable = { name: string; columns: string[]; rows: number };
export type BackupSequence = { name: string; lastValue: string | null };

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The application's tables (schema public, ordinary tables) in an order that loads: every
 * table after the tables its foreign keys point at. Generated columns are left out (the
 * database computes them again).
 */
export async function listTables(session: RawSession): Promise<{ name: string; columns: string[]; types: string[] }[]> {
  const tables = await session.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname`,
  );
  const edges = await session.query<{ child: string; parent: string }>(
    `SELECT ch.relname AS child, pa.relname AS parent FROM pg_constraint k
     JOIN pg_class ch ON ch.oid = k.conrelid JOIN pg_class pa ON pa.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = ch.relnamespace
     WHERE k.contype = 'f' AND n.nspname = 'public' AND ch.oid <> pa.oid`,
  );
  const ordered: string[] = [];
  const pending = new Set(tables.map((t) => t.name));
  while (pending.size > 0) {
    const ready = [...pending].filter((t) => !edges.some((e) => e.child === t && pending.has(e.parent)));
    // A cycle of foreign keys would leave nothing ready; take the rest as they are.
    for (const t of ready.length ? ready : [...pending]) {
      ordered.push(t);
      pending.delete(t);
    }
  }
  const result: { name: string; columns: string[]; types: string[] }[] = [];
  for (const name of ordered) {
    const columns = await session.query<{ name: string; type: string }>(
      `SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute
       WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
       ORDER BY attnum`,
      [`public.${quoteIdent(name)}`],
    );
    result.push({ name, columns: columns.map((c) => c.name), types: columns.map((c) => c.type) });
  }
  return result;
}

export async function listSequences(session: RawSession): Promise<BackupSequence[]> {
  const rows = await session.query<{ name: string; last_value: string | number | bigint | null }>(
    `SELECT sequencename AS name, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`,
  );
  return rows.map((r) => ({ name: r.name, lastValue: r.last_value === null ? null : String(r.last_value) }));
}

/** The migrations applied to a database, oldest first (drizzle's bookkeeping table). */
export async function listMigrations(session: RawSession): Promise<string[]> {
  const exists = await session.query<{ ok: boolean }>(
    `SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS ok`,
  );
  if (!exists[0]?.ok) return [];
  const rows = await session.query<{ hash: string }>(
    'SELECT hash FROM drizzle.__drizzle_migrations ORDER BY created_at, id',
  );
  return rows.map((r) => r.hash);
}
