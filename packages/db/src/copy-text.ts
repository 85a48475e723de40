import type { CopyRows } from './client.ts';

/** A piece of COPY text, encoded, and how many rows it holds. */
export type CopyChunk = { bytes: Uint8Array<ArrayBuffer>; count: number };

/** COPY text format: tab-separated, \N for null, backslash escapes; objects as JSON. In pieces, built as they are sent. */
export function* copyChunks(rows: CopyRows): Generator<CopyChunk, void> {
  const writer = new PieceWriter();
  for (const row of rows) {
    const full = writer.add(row);
    if (full) yield full;
  }
  const last = writer.close();
  if (last) yield last;
}

/**
 * Rows turned into COPY text ahead of their write: a writer that has CPU to spare while the
 * database is busy with its previous write (the cascade, deriving the next batch) builds here, so
 * that the write itself is only bytes sent. Rows added are not kept, only their text.
 */
export class PreparedCopy {
  readonly #pieces: CopyChunk[] = [];
  readonly #writer = new PieceWriter();

  add(row: readonly unknown[]): void {
    const full = this.#writer.add(row);
    if (full) this.#pieces.push(full);
  }

  /** The pieces of everything added. */
  pieces(): readonly CopyChunk[] {
    const last = this.#writer.close();
    if (last) this.#pieces.push(last);
    return this.#pieces;
  }
}

/** The pieces a COPY sends: prepared ahead, or built from the rows as they are sent. */
export function copyPieces(rows: CopyRows | PreparedCopy): Iterator<CopyChunk, void> {
  return rows instanceof PreparedCopy ? rows.pieces()[Symbol.iterator]() : copyChunks(rows);
}

/**
 * Pieces of about this many bytes: building one text and one blob of a whole country's org tree
 * (85 million characters) cost more than loading it in pieces.
 */
const PIECE_BYTES = 4 << 20;
const EMPTY = Buffer.alloc(0);

/**
 * Writes rows' lines into a buffer as UTF-8, one by one: one long string of many lines, encoded
 * at its end, cost three times the building of its lines (flattening it, then encoding it).
 */
class PieceWriter {
  #buffer: Buffer<ArrayBuffer> = EMPTY;
  #used = 0;
  #count = 0;

  /** Adds a row; returns the piece it closed to make room, if it did. */
  add(row: readonly unknown[]): CopyChunk | undefined {
    const line = copyLine(row);
    const most = line.length * 3; // UTF-8 takes at most 3 bytes for each UTF-16 unit
    let full: CopyChunk | undefined;
    if (this.#used + most > this.#buffer.length) {
      full = this.close();
      this.#buffer = Buffer.allocUnsafe(Math.max(PIECE_BYTES, most));
    }
    this.#used += this.#buffer.write(line, this.#used, 'utf8');
    this.#count++;
    return full;
  }

  /** The piece being written, if it holds a row; the next row starts a new one. */
  close(): CopyChunk | undefined {
    const piece = this.#count ? { bytes: this.#buffer.subarray(0, this.#used), count: this.#count } : undefined;
    this.#buffer = EMPTY;
    this.#used = 0;
    this.#count = 0;
    return piece;
  }
}

/** A row's COPY text line: its values appended one by one (an array per row joined cost as much again). */
function copyLine(row: readonly unknown[]): string {
  const last = row.length - 1;
  let line = '';
  for (let i = 0; i < last; i++) line += `${copyValue(row[i])}\t`;
  return `${line}${last >= 0 ? copyValue(row[last]) : ''}\n`;
}

/** What COPY's text format escapes; most values hold none of it and go as they are. */
const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One value as COPY's text format writes it. */
function copyValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      // Testing first is what makes a bulk load fast: a replace per value and character class was
      // most of the time of loading the country's org tree.
      return COPY_SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c] ?? c) : value;
    case 'number':
    case 'bigint':
    case 'boolean':
      return String(value);
    case 'undefined':
      return '\\N';
    default:
      if (value === null) return '\\N';
      if (value instanceof Date) return value.toISOString();
      return copyJson(JSON.stringify(value));
  }
}

/**
 * JSON as COPY text: JSON.stringify writes a tab, newline or carriage return inside a string as
 * an escape (\t \n \r), never raw, so a backslash is the only character COPY needs escaped.
 */
function copyJson(json: string | undefined): string {
  if (json === undefined) return '\\N';
  return json.includes('\\') ? json.replaceAll('\\', '\\\\') : json;
}
