import { saysNone } from '@cascade/engine';
import type { Line } from './block.ts';
import { type ColumnRole, readColumnRole, readHeaderRow } from './column-roles.ts';
import { readOutlineLabel } from './outline-label.ts';
import type { TableRow } from './read-table.ts';
import { isDeadlineLine, isUnitsLine } from './units-annotation.ts';

/** What a cell written empty between separators becomes: empty, not "same as above". */
const EMPTY_CELL = '—';

/**
 * A table flattened to one cell per line, as copying from a PDF or a web page leaves it:
 *   任务 / | / 责任单位 / | / 时限 / | / 切实做好… / | / 市政府各部门… / | / 持续推进 …
 * with a `|` line between cells, a `|` at the end of each cell ("工作任务 |", then "||" closing the
 * row), or nothing at all. The header gives the column count and roles; the rows are recovered
 * from the separators where there are any, and from what each cell says where there are not.
 */
export type CellLinesTable = { rows: TableRow[]; other: Line[]; header: TableRow };

type Token = { kind: 'cell'; line: number; text: string; explicit?: boolean } | { kind: 'rowEnd'; line: number };

const PIPES_ONLY = /^\s*\|+\s*$/;
/** Written without a regex: `\s*\|\s*$` backtracks on a long line of spaces. */
const endsWithPipe = (text: string) => text.trimEnd().endsWith('|');
/** A line of several cells (a pipe table row or web-page fields "索引号: | … |"): not one cell. */
const isSeveralCells = (text: string) => text.includes('|') && text.split('|').filter((p) => p.trim()).length >= 2;

const stripPipe = (text: string) => (endsWithPipe(text) ? text.trimEnd().slice(0, -1) : text).trim();

/** The header: at least two consecutive lines, each one header word, forming a header row. */
function findHeader(lines: Line[]): { start: number; end: number; cells: string[] } | null {
  for (let i = 0; i < lines.length; i++) {
    // A header starts with a header word: blank and | lines are skipped here, not rescanned.
    const first = (lines[i] as Line).text.trim();
    if (!first || PIPES_ONLY.test(first)) continue;
    const cells: string[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const text = (lines[j] as Line).text.trim();
      if (!text || PIPES_ONLY.test(text)) {
        if (!text || cells.length) continue;
        break;
      }
      if (isSeveralCells(stripPipe(text)) || !readColumnRole(stripPipe(text))) break;
      cells.push(stripPipe(text));
    }
    if (cells.length >= 2 && readHeaderRow(cells)) return { start: i, end: j, cells };
    if (cells.length) i = j - 1;
  }
  return null;
}

/** How the cells are separated: a `|` line between them, a `|` closing each, or nothing. */
function separatorStyle(lines: Line[]): 'between' | 'trailing' | 'none' {
  const content = lines.filter((l) => l.text.trim() && !PIPES_ONLY.test(l.text));
  const trailing = content.filter((l) => endsWithPipe(l.text)).length;
  if (content.length && trailing * 5 >= content.length * 3) return 'trailing';
  const separators = lines.filter((l) => /^\s*\|\s*$/.test(l.text)).length;
  return separators * 3 >= content.length ? 'between' : 'none';
}

function tokenize(lines: Line[], style: 'between' | 'trailing' | 'none'): { tokens: Token[]; end: number } {
  const tokens: Token[] = [];
  let open: Extract<Token, { kind: 'cell' }> | null = null;
  let end = lines.length;
  for (const [i, l] of lines.entries()) {
    const text = l.text.trim();
    if (!text) continue;
    if (isSeveralCells(stripPipe(text))) {
      // Web-page fields of another document or a pipe row: the flattened table has ended.
      end = i;
      break;
    }
    if (PIPES_ONLY.test(text)) {
      const pipes = text.replace(/\s/g, '').length;
      // A cell written empty between separators is empty, not merged from above: it says "—".
      if (style === 'between' && pipes === 1) {
        if (!open) tokens.push({ kind: 'cell', line: l.n, text: EMPTY_CELL, explicit: true });
        open = null;
      } else if (style === 'trailing' && pipes === 1) {
        tokens.push({ kind: 'cell', line: l.n, text: EMPTY_CELL, explicit: true });
      } else {
        tokens.push({ kind: 'rowEnd', line: l.n });
        open = null;
      }
      continue;
    }
    if (style === 'between' && open) {
      // Lines with no separator between them are one cell broken by copying.
      open.text += `\n${text}`;
      continue;
    }
    const cell = { kind: 'cell' as const, line: l.n, text: style === 'trailing' ? stripPipe(text) : text };
    tokens.push(cell);
    open = style === 'between' ? cell : null;
  }
  return { tokens, end };
}

const isText = (cell: string) => {
  const t = cell.replace(/\n/g, '');
  return Boolean(readOutlineLabel(t)) || (!isUnitsLine(t) && !isDeadlineLine(t) && t.length > 8);
};

/** Whether a cell may stand in a column: units in a units column, a deadline in the deadline column. */
function fits(cell: string, role: ColumnRole, next: string): boolean {
  const t = cell.replace(/\n/g, '');
  if (!t) return true;
  // "—" / "无" / "/" stands for an empty cell of any column but the text columns.
  if (saysNone(t)) return role !== 'task' && role !== 'measure' && role !== 'detail';
  switch (role) {
    case 'number':
      return /^\d{1,4}$/.test(t);
    case 'task':
      // A heading (一、 / （一）), or text with the measure's text after it: a task cell is
      // followed by its row's measure, a measure by its units.
      return isText(t) && ((readOutlineLabel(t)?.level ?? 9) <= 2 || isText(next));
    case 'measure':
    case 'detail':
      return isText(t);
    case 'lead':
    case 'responsible':
    case 'cooperate':
      return isUnitsLine(t) || (!isDeadlineLine(t) && t.length <= 60 && !/[。]/.test(t) && !readOutlineLabel(t));
    case 'deadline':
      return isDeadlineLine(t);
    default:
      return t.length <= 30 && !readOutlineLabel(t);
  }
}

/**
 * Rows from the cells: a row ends at a row mark, when all columns are filled, or when a cell
 * that can only open a row (a measure's text where units were expected) arrives; a cell that does
 * not fit its column goes to the next column it fits (the cells between were merged, or empty).
 */
function assembleRows(tokens: Token[], roles: ColumnRole[], loose: boolean): TableRow[] {
  const rows: TableRow[] = [];
  const width = roles.length;
  /** Number levels seen in each column: a （二） goes where the measure （一） went, not into a heading column. */
  const levelsIn = roles.map(() => new Set<number>());
  const numberedElsewhere = (text: string, at: number) => {
    const level = readOutlineLabel(text)?.level;
    if (roles[at] !== 'task' || !level || levelsIn[at]?.has(level)) return false;
    return levelsIn.some((levels, i) => roles[i] === 'measure' && levels.has(level));
  };
  const firstText = roles.findIndex((r) => r === 'task' || r === 'measure');
  let row: TableRow | null = null;
  let k = 0;
  const flush = () => {
    if (row?.cells.some((c) => c.trim())) rows.push(row);
    row = null;
    k = 0;
  };
  for (const [index, token] of tokens.entries()) {
    if (token.kind === 'rowEnd') {
      if (row) (row as TableRow).closed = true;
      flush();
      continue;
    }
    const text = token.text;
    const after = tokens[index + 1];
    const next = after?.kind === 'cell' ? after.text : '';
    const fitsAt = (at: number) => fits(text, roles[at] as ColumnRole, next) && !numberedElsewhere(text, at);
    if (row && (k >= width || (k > firstText && isText(text) && !fitsAt(k)))) flush();
    if (!row) {
      row = { line: token.line, cells: Array<string>(width).fill(''), ...(loose ? { loose } : {}) };
      k = 0;
    }
    if (text === EMPTY_CELL && token.explicit) {
      // Written empty between separators: it holds its column, whatever the column is.
      const role = roles[k] as ColumnRole;
      (row as TableRow).cells[k] = role === 'task' || role === 'measure' || role === 'detail' ? '' : EMPTY_CELL;
      k++;
      continue;
    }
    let at = k;
    while (at < width && text && !fitsAt(at)) at++;
    if (at >= width) at = Math.min(k, width - 1);
    (row as TableRow).cells[at] = text;
    const level = readOutlineLabel(text)?.level;
    if (level) levelsIn[at]?.add(level);
    k = at + 1;
    // A heading in the last heading column followed by another heading of that column: the first
    // was a row across the table (四、…) and the next opens the next row ((十一)… | 31.…).
    const nextLevel = readOutlineLabel(next)?.level ?? 9;
    const lastTaskColumn = roles[at] === 'task' && !roles.some((r, i) => i > at && r === 'task');
    if (lastTaskColumn && (level ?? 9) <= 2 && nextLevel <= 2 && levelsIn[at]?.has(nextLevel)) flush();
  }
  const last = row as TableRow | null;
  // The stream stopped inside a row (a fragment cut mid-table): its missing cells are missing,
  // not merged with the row above.
  if (last && !last.closed && k < width) last.cut = true;
  flush();
  return rows;
}

/**
 * Reads a table given one cell per line, or null when the lines hold no such table (no header of
 * one word per line, or a header whose table another reader handles better: see detectLayout).
 */
export function readCellLines(lines: Line[]): CellLinesTable | null {
  const header = findHeader(lines);
  if (!header) return null;
  const roles = readHeaderRow(header.cells) as ColumnRole[];
  const after = lines.slice(header.end);
  const style = separatorStyle(after);
  const { tokens, end } = tokenize(after, style);
  const rows = assembleRows(tokens, roles, style === 'none');
  const headerRow: TableRow = { line: (lines[header.start] as Line).n, cells: header.cells };
  return { rows, header: headerRow, other: [...lines.slice(0, header.start), ...after.slice(end)] };
}

/**
 * Whether the text has a one-cell-per-line table this reader should take: with `|` marks, without
 * numbers, or with rows that come whole (every unit and deadline cell written, if only as "—").
 * A numbered copy whose merged cells are printed once after a run of measures (惠州) is left to
 * the paragraph reader, which knows runs.
 */
export function hasCellLines(lines: Line[]): boolean {
  const table = readCellLines(lines);
  if (!table || table.rows.length < 1) return false;
  const after = lines.filter((l) => l.n > table.header.line);
  const piped = after.filter((l) => PIPES_ONLY.test(l.text) || endsWithPipe(l.text)).length;
  const numbered = after.filter((l) => (readOutlineLabel(stripPipe(l.text))?.level ?? 0) >= 3).length;
  if (piped >= 2 || numbered === 0) return true;
  const roles = readHeaderRow(table.header.cells) as ColumnRole[];
  const cellColumns = roles.flatMap((r, i) => (CELL_COLUMNS.has(r) ? [i] : []));
  const whole = table.rows.filter((row) => cellColumns.every((i) => row.cells[i]?.trim())).length;
  return cellColumns.length > 0 && whole * 10 >= table.rows.length * 9;
}

const CELL_COLUMNS = new Set<ColumnRole>(['lead', 'responsible', 'cooperate', 'deadline']);
