import type { RawSession } from '../client.ts';
import { quoteIdent } from './backup-catalog.ts';

const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/** One field of a COPY text line: `\N` is null, backslash escapes undone. */
export function readCopyField(field: string): string | null {
  if (field === '\\N') return null;
  return field.replace(/\\(.)/g, (_, ch: string) => ESCAPES[ch] ?? ch);
}

/**
 * Inserts lines in COPY text format as one statement: the fields travel as JSON text and each
 * is cast to its column's type by that type's own input function — what COPY FROM does, on
 * both engines (postgres.js' COPY FROM STDIN stream hangs when the server refuses a row).
 */
export async function insertCopyLines(
  session: RawSession,
  table: string,
  columns: readonly string[],
  types: readonly string[],
  text: string,
): Promise<number> {
  const rows = text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const fields = line.split('\t');
      if (fields.length !== columns.length)
        throw new Error(`${table}: a row has ${fields.length} fields, the table ${columns.length} columns`);
      return Object.fromEntries(fields.map((f, i) => [`c${i}`, readCopyField(f)]));
    });
  if (rows.length === 0) return 0;
  const record = columns.map((_, i) => `c${i} text`).join(', ');
  const values = columns.map((_, i) => `u.c${i}::${types[i] ?? 'text'}`).join(', ');
  await session.query(
    `INSERT INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')})
     SELECT ${values} FROM jsonb_to_recordset($1::jsonb) AS u(${record})`,
    [JSON.stringify(rows)],
  );
  return rows.length;
}
