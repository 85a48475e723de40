import type { Line } from './block.ts';
import type { TableRow } from './read-table.ts';

export type Layout = 'markdownTable' | 'tabTable' | 'pipeTable' | 'paragraphs';

const MD_SEPARATOR = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$/;

/** Which reader fits: tables if enough lines have cells, else plain paragraphs. */
export function detectLayout(lines: Line[]): Layout {
  if (lines.some((l) => MD_SEPARATOR.test(l.text))) return 'markdownTable';
  const tabbed = lines.filter((l) => (l.text.match(/\t/g)?.length ?? 0) >= 2).length;
  if (tabbed >= 5) return 'tabTable';
  const piped = lines.filter((l) => (l.text.match(/(?<!\\)\|/g)?.length ?? 0) >= 2).length;
  if (piped >= 5) return 'pipeTable';
  return 'paragraphs';
}

function splitPipes(text: string): string[] {
  const cells = text.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|'));
  if (text.trim().startsWith('|')) cells.shift();
  if (text.trim().endsWith('|')) cells.pop();
  return cells;
}

/** The table rows of a layout; lines that are not rows stay lines (preamble, notes). */
export function toTableRows(lines: Line[], layout: Exclude<Layout, 'paragraphs'>): { rows: TableRow[]; other: Line[] } {
  const rows: TableRow[] = [];
  const other: Line[] = [];
  for (const l of lines) {
    if (layout === 'markdownTable' && MD_SEPARATOR.test(l.text)) continue;
    const isRow = layout === 'tabTable' ? l.text.includes('\t') : /(?<!\\)\|/.test(l.text);
    if (isRow) rows.push({ line: l.n, cells: layout === 'tabTable' ? l.text.split('\t') : splitPipes(l.text) });
    else other.push(l);
  }
  return { rows, other };
}
