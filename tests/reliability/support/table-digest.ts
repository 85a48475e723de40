import type { DatabaseHandle } from '@cascade/db';

/** Row count and a digest of a table's contents, leaving out when rows were written. */
export type TableDigest = { table: string; rows: number; digest: string };

/**
 * Digests tables row by row without their timestamp columns, so two databases that hold the
 * same data compare equal though written at other times. `rename` replaces an id that differs
 * between the two by construction (an imported plan's generated id) before digesting.
 */
export async function digestTables(
  handle: DatabaseHandle,
  tables: readonly string[],
  rename: { from: string; to: string } = { from: '', to: '' },
): Promise<TableDigest[]> {
  const digests: TableDigest[] = [];
  for (const table of tables) {
    const columns = await handle.query<{ column_name: string; data_type: string }>(
      `SELECT column_name, data_type FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
      [table],
    );
    const kept = columns.filter((c) => !c.data_type.startsWith('timestamp')).map((c) => `"${c.column_name}"`);
    if (!kept.length) throw new Error(`no table ${table}`);
    const list = kept.join(', ');
    const [row] = await handle.query<{ rows: number; digest: string | null }>(
      `SELECT count(*)::int AS rows,
              md5(string_agg(md5(r), '' ORDER BY r)) AS digest
       FROM (SELECT CASE WHEN $1 = '' THEN ROW(${list})::text ELSE replace(ROW(${list})::text, $1, $2) END AS r
             FROM ${table}) t`,
      [rename.from, rename.to],
    );
    digests.push({ table, rows: Number(row?.rows ?? 0), digest: row?.digest ?? '' });
  }
  return digests;
}
