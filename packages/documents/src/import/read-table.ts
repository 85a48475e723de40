import type { UnitRole } from '@cascade/engine';
import type { Block, ReadResult } from './block.ts';
import { type ColumnRole, guessRolesAfterMeasure, readHeaderRow, rolesAfterMeasure } from './column-roles.ts';
import { mendSpaces, readOutlineLabel } from './outline-label.ts';
import { isDeadlineLine } from './read-paragraphs.ts';

export type TableRow = { line: number; cells: string[] };

/** Raw unit/deadline cells of a measure; units are parsed once all continuations are in. */
export type MeasureCells = Partial<Record<UnitRole | 'deadline', string>>;

/** Paragraphs inside a cell: <p>…</p>, <br>, or line breaks. */
export function cellParagraphs(cell: string): string[] {
  return cell
    .split(/<\/?p[^>]*>|<br\s*\/?>|\n/i)
    .map((p) => p.trim())
    .filter(Boolean);
}

function hasMeasureLabel(cell: string): boolean {
  return cellParagraphs(cell).some((p) => {
    const l = readOutlineLabel(p);
    return l !== null && l.level >= 3;
  });
}

/**
 * Reads the rows of a task table (tab-separated, markdown or pipe layouts): heading cells
 * (一、 / （一）) open sections, measure cells open items — several per cell when it holds
 * paragraphs — and the cells after the measure are units and deadline, by the header. An empty
 * cell means "same as above" (merged cells); a row without a number continues the row above.
 */
export function readTableRows(rows: TableRow[]): ReadResult & { cells: Map<Block, MeasureCells> } {
  const blocks: Block[] = [];
  const result = {
    blocks,
    unplaced: [] as ReadResult['unplaced'],
    preamble: [],
    cells: new Map<Block, MeasureCells>(),
  };
  let header: ColumnRole[] | null = null;
  /** The unit/deadline cells of the row above: an empty cell repeats them. */
  let above: MeasureCells = {};
  let lastMeasure: Block | null = null;

  const lastHeading = () => [...blocks].reverse().find((b) => b.level <= 2);

  for (const row of rows) {
    const cells = row.cells.map((c) => c.trim());
    if (cells.every((c) => !c)) continue;
    const headerRoles = readHeaderRow(cells);
    if (headerRoles) {
      header = headerRoles;
      continue;
    }
    const m = cells.findIndex(hasMeasureLabel);
    if (m < 0) {
      readRowWithoutMeasure(row, cells);
      continue;
    }
    readHeadingCells(row, cells.slice(0, m));
    const before = lastMeasure;
    const { measures, continued } = readMeasureCell(row, cells[m] as string);
    // A row whose measure cell starts without a number continues the row above (a page break
    // inside a merged row): its unit cells continue the cells above instead of replacing them.
    const target: MeasureCells = continued && before ? (result.cells.get(before) ?? above) : { ...above };
    const roles = header ? rolesAfterMeasure(header) : guessRolesAfterMeasure(cells.slice(m + 1), isDeadlineLine);
    roles.forEach((role, i) => {
      if (role !== 'lead' && role !== 'responsible' && role !== 'cooperate' && role !== 'deadline') return;
      const value = cells[m + 1 + i] ?? '';
      if (!value) return;
      target[role] = continued ? `${target[role] ?? ''}${value}` : value;
    });
    for (const block of measures) result.cells.set(block, target);
    above = target;
  }
  return result;

  function readHeadingCells(row: TableRow, cells: string[]) {
    for (const cell of cells) {
      if (!cell) continue;
      const label = readOutlineLabel(cell);
      if (label && label.level <= 2) {
        blocks.push({ label: label.label, level: label.level, title: mendSpaces(label.rest), line: row.line });
        continue;
      }
      const heading = lastHeading();
      if (heading) heading.title = mendSpaces(heading.title + cell);
      else result.unplaced.push({ line: row.line, text: cell });
    }
  }

  function readMeasureCell(row: TableRow, cell: string): { measures: Block[]; continued: boolean } {
    const measures: Block[] = [];
    let continued = false;
    for (const [i, p] of cellParagraphs(cell).entries()) {
      const label = readOutlineLabel(p);
      if (label && label.level >= 3) {
        const block: Block = { label: label.label, level: label.level, title: label.rest, line: row.line };
        blocks.push(block);
        measures.push(block);
        lastMeasure = block;
      } else if (lastMeasure) {
        lastMeasure.title += p;
        if (i === 0) continued = true;
      } else {
        result.unplaced.push({ line: row.line, text: p });
      }
    }
    return { measures, continued };
  }

  function readRowWithoutMeasure(row: TableRow, cells: string[]) {
    const headings = cells.filter((c) => {
      const l = readOutlineLabel(c);
      return l !== null && l.level <= 2;
    });
    if (headings.length) {
      for (const cell of headings) {
        const label = readOutlineLabel(cell)!;
        blocks.push({ label: label.label, level: label.level, title: mendSpaces(label.rest), line: row.line });
      }
      return;
    }
    const filled = cells.filter(Boolean);
    if (filled.length === 1 && lastMeasure) {
      lastMeasure.title += cellParagraphs(filled[0] as string).join('');
      return;
    }
    result.unplaced.push({ line: row.line, text: filled.join(' | ') });
  }
}
