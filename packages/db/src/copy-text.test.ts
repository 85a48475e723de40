import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CopyChunk, copyChunks, PreparedCopy } from './copy-text.ts';

const textOf = (chunk: CopyChunk) => Buffer.from(chunk.bytes).toString('utf8');

/** The same rows as COPY text built as they are sent, and prepared ahead. */
const bothWays = (rows: (readonly unknown[])[]) => {
  const prepared = new PreparedCopy();
  for (const row of rows) prepared.add(row);
  const ways: Record<'sent' | 'prepared', readonly CopyChunk[]> = {
    sent: [...copyChunks(rows)],
    prepared: prepared.pieces(),
  };
  return ways;
};

/** Reads COPY text back as PostgreSQL does: lines, tab-separated fields, \N and backslash escapes. */
function readCopyText(text: string): (string | null)[][] {
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) =>
      line
        .split('\t')
        .map((field) =>
          field === '\\N' ? null : field.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', r: '\r' })[c] ?? c),
        ),
    );
}

const value = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('\\', '\t', '\n', '\r', '\\N', '〔2022〕8号\t第\\一条\n'),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue().filter((v) => typeof v === 'object' && v !== null),
);

describe('COPY text', () => {
  it('reads back every value it wrote: strings, numbers, null and JSON with tabs, newlines and backslashes', () => {
    fc.assert(
      fc.property(fc.array(fc.array(value, { minLength: 1, maxLength: 6 }), { maxLength: 20 }), (rows) => {
        const expected = rows.map((row) =>
          row.map((v) => (v === null ? null : typeof v === 'object' ? JSON.stringify(v) : String(v))),
        );
        for (const chunks of Object.values(bothWays(rows))) {
          expect(chunks.reduce((n, c) => n + c.count, 0)).toBe(rows.length);
          expect(chunks.flatMap((c) => readCopyText(textOf(c)))).toEqual(expected);
        }
      }),
    );
  });

  it('splits a large load into pieces at row boundaries', () => {
    const long = 'x'.repeat(100_000);
    const rows = Array.from({ length: 100 }, (_, i) => [
      i,
      i % 7 ? long : `${long}第`.repeat(5),
      { note: `第${i}条\\` },
    ]);
    for (const chunks of Object.values(bothWays(rows))) {
      expect(chunks.length).toBeGreaterThan(1);
      const read = chunks.flatMap((c) => readCopyText(textOf(c)));
      expect(read.map((r) => r[0])).toEqual(rows.map((r) => String(r[0])));
      expect(read.map((r) => r[1])).toEqual(rows.map((r) => r[1]));
      expect(read.at(-1)?.[2]).toBe('{"note":"第99条\\\\"}');
    }
  });

  it('writes nothing for no rows', () => {
    expect(bothWays([])).toEqual({ sent: [], prepared: [] });
  });
});
