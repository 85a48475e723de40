import type { Block, MeasureCells, ReadResult } from './block.ts';
import { fillDown } from './carry-over.ts';
import { type ColumnRole, guessRolesAfterMeasure, readHeaderRow, rolesAfterMeasure } from './column-roles.ts';
import { mendSpaces, readOutlineLabel } from './outline-label.ts';
import { isDeadlineLine, isUnitsLine } from './units-annotation.ts';

export type TableRow = { line: number; cells: string[] };

const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"' };

/** Paragraphs inside a cell: <p>…</p>, <br>, or line breaks; other tags and entities go. */
export function cellParagraphs(cell: string): string[] {
  return cell
    .split(/<\/?p(?:\s[^>]*)?>|<br\s*\/?>|\n/i)
    .map((p) =>
      p
        .replace(/<\/?[a-z][^>]{0,200}>/gi, '')
        .replace(/&(nbsp|lt|gt|amp|quot);/g, (e) => ENTITIES[e] ?? e)
        .trim(),
    )
    .filter(Boolean);
}

/**
 * The lines of a units or deadline cell as one text: separate units lines are separate units
 * ("市司法局" / "市直各单位"); a name or phrase broken by the column width is joined back
 * ("按各自文件规定的" / "时间节点完成").
 */
function joinCellLines(lines: string[], role: 'lead' | 'responsible' | 'cooperate' | 'deadline'): string {
  const whole = role === 'deadline' ? isDeadlineLine : isUnitsLine;
  return lines.reduce(
    (text, line, i) => (i === 0 ? line : `${text}${whole(text) && whole(line) ? '；' : ''}${line}`),
    '',
  );
}

const isMeasureLabel = (p: string) => (readOutlineLabel(p)?.level ?? 0) >= 3;
const isHeadingLabel = (p: string) => (readOutlineLabel(p)?.level ?? 9) <= 2;
/** A 序号 cell: a bare number, not a label. */
const isBareNumber = (cell: string) => /^\d{1,3}$/.test(cell);

/**
 * Reads the rows of a task table (tab-separated, markdown or pipe layouts): heading cells
 * (一、 / （一）) open sections, measure cells open items — several per cell when it holds
 * paragraphs — and the cells after the measure are units and deadline, by the header or, without
 * one, by what they say. An empty cell means "same as above" (merged cells); a row whose measure
 * cell starts without a number continues the row above (a row broken across pages).
 */
export function readTableRows(rows: TableRow[]): ReadResult {
  const blocks: Block[] = [];
  const result: ReadResult = { blocks, unplaced: [], preamble: [], lastLine: 0 };
  let header: ColumnRole[] | null = null;
  let above: MeasureCells = {};
  /** The measures of the last row that had any: a continuation row adds to their cells. */
  let rowMeasures: Block[] = [];

  // Without a header row, what the cells after a measure mean is guessed once over the table.
  const guessed = guessRoles(rows);
  const lastHeading = () => blocks.findLast((b) => b.level <= 2);
  const lastMeasure = () => rowMeasures.at(-1) ?? null;

  for (const row of rows) {
    const cells = row.cells.map((c) => c.trim());
    if (cells.every((c) => !c)) continue;
    const headerRoles = readHeaderRow(cells.map((c) => cellParagraphs(c).join('')));
    if (headerRoles) {
      header = headerRoles;
      result.preamble.push({ line: row.line, text: cells.filter(Boolean).join(' | ') });
      continue;
    }
    let m = cells.findIndex((c) => cellParagraphs(c).some(isMeasureLabel));
    let numbered: string | null = null;
    /** Labels at or below this level open measures: 1. and deeper, or （一） in a 具体措施 column. */
    let measureLevel = 3;
    const measureAt = header?.indexOf('measure') ?? -1;
    const headingInMeasureColumn =
      measureAt >= 0 ? readOutlineLabel(cellParagraphs(cells[measureAt] ?? '')[0] ?? '') : null;
    if (m < 0 && headingInMeasureColumn && headingInMeasureColumn.level === 2) {
      // A plan whose measures are （一）（二） under 一、 (贵溪), exported as a table: the 具体措施
      // column says which cells are measures.
      m = measureAt;
      measureLevel = 2;
    }
    if (m < 0 && header) {
      // 序号 | 具体措施 without numbers in the text: the number cell gives the label.
      const n = header.indexOf('number');
      const at = header.indexOf('measure');
      if (n >= 0 && at >= 0 && cells.length >= header.length && isBareNumber(cells[n] ?? '') && cells[at]) {
        m = at;
        numbered = `${cells[n]}.`;
      }
    }
    if (m < 0) {
      readRowWithoutMeasure(row, cells);
      continue;
    }
    readHeadingCells(row, cells.slice(0, m));
    const { measures, continued } = readMeasureCell(row, cells[m] as string, numbered, measureLevel);
    const roles = header ? rolesAfterMeasure(header) : guessed;
    const own: MeasureCells = {};
    roles.forEach((role, i) => {
      if (role !== 'lead' && role !== 'responsible' && role !== 'cooperate' && role !== 'deadline') return;
      const value = joinCellLines(cellParagraphs(cells[m + 1 + i] ?? ''), role);
      if (value) own[role] = value;
    });
    const filled = fillDown(above, own, continued);
    if (continued) for (const b of rowMeasures) b.cells = filled;
    for (const b of measures) b.cells = filled;
    if (measures.length) rowMeasures = measures;
    above = filled;
    result.lastLine = row.line;
  }
  return result;

  function guessRoles(all: TableRow[]): ColumnRole[] {
    const after = all.flatMap((r) => {
      const at = r.cells.findIndex((c) => cellParagraphs(c).some(isMeasureLabel));
      return at >= 0 ? [r.cells.slice(at + 1).map((c) => cellParagraphs(c).join(''))] : [];
    });
    return guessRolesAfterMeasure(after, isDeadlineLine);
  }

  function readHeadingCells(row: TableRow, cells: string[]) {
    for (const cell of cells) {
      const text = cellParagraphs(cell).join('');
      if (!text || isBareNumber(text)) continue;
      const label = readOutlineLabel(text);
      if (label && label.level <= 2) {
        blocks.push({ label: label.label, level: label.level, title: mendSpaces(label.rest), line: row.line });
        continue;
      }
      // A heading cell broken across rows: "（三）加强涉及扩大有效" + "投资的信息公开".
      const heading = lastHeading();
      if (heading) heading.title = mendSpaces(heading.title + text);
      else result.unplaced.push({ line: row.line, text });
    }
  }

  function readMeasureCell(row: TableRow, cell: string, numbered: string | null, measureLevel: number) {
    const measures: Block[] = [];
    let continued = false;
    for (const [i, p] of cellParagraphs(cell).entries()) {
      const label = readOutlineLabel(p);
      if ((label && label.level >= measureLevel) || (numbered && i === 0)) {
        const block: Block =
          label && label.level >= measureLevel
            ? { label: label.label, level: label.level, title: label.rest, line: row.line }
            : { label: numbered as string, level: 3, title: p, line: row.line };
        blocks.push(block);
        measures.push(block);
      } else {
        const target = measures.at(-1) ?? lastMeasure();
        if (target) {
          target.title += p;
          if (i === 0) continued = true;
        } else {
          result.unplaced.push({ line: row.line, text: p });
        }
      }
    }
    return { measures, continued };
  }

  function readRowWithoutMeasure(row: TableRow, cells: string[]) {
    const texts = cells.map((c) => cellParagraphs(c).join(''));
    if (texts.some(isHeadingLabel)) {
      for (const text of texts) {
        const label = readOutlineLabel(text);
        if (label && label.level <= 2) {
          blocks.push({ label: label.label, level: label.level, title: mendSpaces(label.rest), line: row.line });
        } else if (text && !isBareNumber(text)) {
          result.unplaced.push({ line: row.line, text });
        }
      }
      return;
    }
    const filled = texts.filter((t) => t && !isBareNumber(t));
    const measure = lastMeasure();
    // A lone cell under a measure: its text broken onto the next row (垫江 "人。").
    if (filled.length === 1 && measure) {
      measure.title += filled[0];
      result.lastLine = row.line;
      return;
    }
    result.unplaced.push({ line: row.line, text: filled.join(' | ') });
  }
}
