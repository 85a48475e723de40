import type { Line } from './block.ts';
import { hasCellLines } from './cell-lines.ts';
import { readHeaderRow } from './column-roles.ts';
import { readOutlineLabel } from './outline-label.ts';
import type { TableRow } from './read-table.ts';

export type Layout = 'markdownTable' | 'tabTable' | 'pipeTable' | 'cellLines' | 'paragraphs';

const MD_SEPARATOR = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$/;

/** Which reader fits: tables if enough lines have cells, else plain paragraphs. */
export function detectLayout(lines: Line[]): Layout {
  if (lines.some((l) => MD_SEPARATOR.test(l.text))) return 'markdownTable';
  if (hasCellLines(lines)) return 'cellLines';
  // A few rows are enough when one of them is a header row (序号 / 具体措施 / 责任单位 …).
  const isTable = (rows: Line[], split: (t: string) => string[]) =>
    rows.length >= 5 || (rows.length >= 2 && rows.some((l) => readHeaderRow(split(l.text).map((c) => c.trim()))));
  const tabbed = lines.filter((l) => (l.text.match(/\t/g)?.length ?? 0) >= 2);
  if (isTable(tabbed, (t) => t.split('\t'))) return 'tabTable';
  const piped = lines.filter((l) => (l.text.match(/(?<!\\)\|/g)?.length ?? 0) >= 2);
  if (isTable(piped, splitPipes)) return 'pipeTable';
  return 'paragraphs';
}

/** Whether the rows of a pipe table are framed: "| a | b |" (markdown) or "a | b |". */
type Borders = { leading: boolean; trailing: boolean };

function splitPipes(text: string, borders: Borders = { leading: true, trailing: true }): string[] {
  const cells = text.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|'));
  // Without a frame, a row that starts with | starts with an empty cell (merged from above).
  if (borders.leading && text.trim().startsWith('|')) cells.shift();
  if (borders.trailing && text.trim().endsWith('|')) cells.pop();
  return cells;
}

/**
 * A table is framed on a side when its first row is: a header (or first row) has no merged cells,
 * while later rows merged on the left start with | whether framed or not.
 */
function bordersOf(rows: Line[]): Borders {
  const first = rows[0]?.text.trim() ?? '|';
  return { leading: first.startsWith('|'), trailing: first.endsWith('|') };
}

/** Tab cells as spreadsheets copy them: a cell with line breaks or quotes is "quoted", "" is a quote. */
function splitTabs(text: string): string[] {
  return text.split('\t').map((c) => (/^".*"$/s.test(c) ? c.slice(1, -1).replace(/""/g, '"') : c));
}

/** A line that is only a heading: 一、… or （一）…, short and without cells. */
const isHeadingLine = (text: string) =>
  !/\t|(?<!\\)\|/.test(text) && text.trim().length <= 60 && (readOutlineLabel(text.trim())?.level ?? 9) <= 2;

const quotes = (text: string) => text.split('"').length - 1;

/**
 * The table rows of a layout; lines that are not rows stay lines (preamble, notes). In a tab
 * table, a row whose quoted cell holds line breaks (copied from a spreadsheet) goes on over the
 * next lines until the quote closes.
 */
export function toTableRows(
  lines: Line[],
  layout: Exclude<Layout, 'paragraphs' | 'cellLines'>,
): { rows: TableRow[]; other: Line[] } {
  const rows: TableRow[] = [];
  const other: Line[] = [];
  const piped = (text: string) => /(?<!\\)\|/.test(text);
  const borders = bordersOf(lines.filter((l) => piped(l.text) && !MD_SEPARATOR.test(l.text)));
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (layout === 'markdownTable' && MD_SEPARATOR.test(l.text)) continue;
    // A heading written on its own line between the rows (一、… / （一）…) is a row of the table.
    if (isHeadingLine(l.text)) {
      rows.push({ line: l.n, cells: [l.text.trim()] });
      continue;
    }
    if (layout !== 'tabTable') {
      if (piped(l.text)) rows.push({ line: l.n, cells: splitPipes(l.text, borders) });
      else other.push(l);
      continue;
    }
    // A quoted first cell with line breaks starts the row before its first tab.
    if (!l.text.includes('\t') && !(l.text.startsWith('"') && quotes(l.text) % 2 === 1)) {
      other.push(l);
      continue;
    }
    let text = l.text;
    for (let j = i + 1; quotes(text) % 2 === 1 && j < lines.length && j <= i + 30; j++) {
      text += `\n${(lines[j] as Line).text}`;
      if (quotes(text) % 2 === 0) i = j;
    }
    rows.push({ line: l.n, cells: splitTabs(quotes(text) % 2 === 0 ? text : l.text) });
  }
  markCutRow(rows, lines, layout === 'tabTable' ? null : borders);
  return { rows, other };
}

/**
 * A fragment that stops inside its last row (a web page cut at 2,000 characters): in a table whose
 * rows end with |, a last line without one was cut, and its missing cells are missing, not "same
 * as above".
 */
function markCutRow(rows: TableRow[], lines: Line[], borders: Borders | null): void {
  const last = rows.at(-1);
  const lastLine = lines.findLast((l) => l.text.trim());
  if (!last || !borders?.trailing || lastLine?.n !== last.line) return;
  if (!lastLine.text.trim().endsWith('|')) last.cut = true;
}
