import { chineseNumeral, saysNone } from '@cascade/engine';
import type { Block, MeasureCells, ReadResult } from './block.ts';
import { fillDown } from './carry-over.ts';
import {
  applyColumnChoices,
  type ColumnRole,
  columnKey,
  guessRolesAfterMeasure,
  readHeaderRow,
} from './column-roles.ts';
import { splitInlineNumbers } from './inline-numbers.ts';
import { mendSpaces, readOutlineLabel } from './outline-label.ts';
import { settleTextColumns } from './settle-columns.ts';
import { isDeadlineLine, isUnitsLine } from './units-annotation.ts';

export type TableRow = {
  line: number;
  cells: string[];
  /** The row ended with a row mark (`||`). */
  closed?: boolean;
  /** The text stopped inside this row: its empty cells are missing, not "same as above". */
  cut?: boolean;
  /** Recovered from one cell per line without separators: a vanished cell leaves no trace. */
  loose?: boolean;
};

/** A column as the reader understood it: shown in the import review, where the author may change it. */
export type TableColumn = { key: string; header: string; role: ColumnRole };

export type TableReadOptions = { columnChoices?: Readonly<Record<string, ColumnRole>> };

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

type CellRole = 'lead' | 'responsible' | 'cooperate' | 'deadline';
const CELL_ROLES = new Set<ColumnRole>(['lead', 'responsible', 'cooperate', 'deadline']);

/**
 * The lines of a units or deadline cell as one text: separate units lines are separate units
 * ("市司法局" / "市直各单位"); a name or phrase broken by the column width is joined back
 * ("按各自文件规定的" / "时间节点完成").
 */
function joinCellLines(lines: string[], role: CellRole): string {
  const whole = role === 'deadline' ? isDeadlineLine : isUnitsLine;
  return lines.reduce(
    (text, line, i) => (i === 0 ? line : `${text}${whole(text) && whole(line) ? '；' : ''}${line}`),
    '',
  );
}

const isMeasureLabel = (p: string) => (readOutlineLabel(p)?.level ?? 0) >= 3;
const isHeadingLabel = (p: string) => (readOutlineLabel(p)?.level ?? 9) <= 2;
/** A 序号 cell: a bare number, not a label. */
const isBareNumber = (cell: string) => /^\d{1,4}$/.test(cell);
/** A sentence that ends here: the next unnumbered cell is a new measure, not the rest of this one. */
const endsSentence = (text: string) => /[。；;！!？?]$/.test(text.trim());
/** Rank of the measure column when the table has a header (task columns rank 0, 1, …). */
const depthOf = (roles: ColumnRole[] | null) => roles?.filter((r) => r === 'task').length ?? 0;

/**
 * Reads the rows of a task table (tab-separated, markdown, pipe, or cells recovered from one cell
 * per line): task cells open headings, measure cells open items — several per cell when it holds
 * paragraphs or inline numbers "1.…2.…" — and the cells after the measure are units and deadline,
 * by the header (its words, see column-roles) or, without one, by what they say. An empty cell
 * means "same as above" (merged cells); a row whose measure cell starts without a number continues
 * the row above (a row broken across pages) when the table numbers its measures; in a table that
 * does not, each row is a measure numbered by position unless the cell above has not finished its
 * sentence.
 */
export function readTableRows(rows: TableRow[], options: TableReadOptions = {}): ReadResult {
  const blocks: Block[] = [];
  const result: ReadResult = { blocks, unplaced: [], preamble: [], lastLine: 0, columns: [] };
  let roles: ColumnRole[] | null = null;
  let headers: string[] = [];
  let above: MeasureCells = {};
  /** The measures of the last row that had any: a continuation row adds to their cells. */
  let rowMeasures: Block[] = [];
  let numberedTable = true;
  let measureCount = 0;
  const taskCounts = new Map<number, number>();
  /** Task column ranks whose cells carry numbers (一、 / 1.): an unnumbered cell there continues one. */
  const numberedTasks = new Set<number>();

  // Without a header row, what the cells after a measure mean is guessed once over the table.
  const guessed = guessRoles(rows);
  const lastHeading = () => blocks.findLast((b) => b.kind === 'heading' || b.level <= 2);
  const lastMeasure = () => rowMeasures.at(-1) ?? null;

  for (const [r, row] of rows.entries()) {
    const cells = row.cells.map((c) => c.trim());
    if (cells.every((c) => !c)) continue;
    const headerRoles = readHeaderRow(cells.map((c) => cellParagraphs(c).join('')));
    if (headerRoles) {
      if (!roles) {
        headers = cells.map((c) => cellParagraphs(c).join(''));
        const data = rows.slice(r + 1).map((x) => x.cells.map((c) => cellParagraphs(c)));
        roles = applyColumnChoices(settleTextColumns(headerRoles, data), headers, options.columnChoices);
        numberedTable = isNumberedTable(data, roles);
        let rank = 0;
        roles.forEach((role, i) => {
          if (role !== 'task') return;
          const firsts = data.map((cells) => cells[i]?.[0] ?? '').filter(Boolean);
          if (firsts.filter((p) => readOutlineLabel(p)).length * 2 >= firsts.length) numberedTasks.add(rank);
          rank++;
        });
        result.columns = roles.map((role, i) => ({
          key: columnKey(headers[i] ?? '', i),
          header: headers[i] ?? '',
          role,
        }));
      }
      result.preamble.push({ line: row.line, text: cells.filter(Boolean).join(' | ') });
      continue;
    }
    if (roles) readRowByColumns(row, realign(cells, roles), roles);
    else readRowByContent(row, cells);
  }
  return result;

  function readRowByColumns(row: TableRow, cells: string[], columns: ColumnRole[]) {
    const measureAt = columns.indexOf('measure');
    const rank = depthOf(columns);
    let taskRank = 0;
    columns.forEach((role, i) => {
      if (role !== 'task') return;
      readTaskCell(row, cells[i] ?? '', taskRank++);
    });
    const numberAt = columns.indexOf('number');
    const number = numberAt >= 0 && isBareNumber(cells[numberAt] ?? '') ? `${cells[numberAt]}.` : null;
    const measureCell = measureAt >= 0 ? (cells[measureAt] ?? '') : '';
    const own = cellsOf(cells, columns);
    const extras = extrasOf(cells, columns);
    const hasOwnCells = Object.keys(own).length > 0;
    const firstParagraph = cellParagraphs(measureCell)[0] ?? '';
    if (!measureCell) {
      readRowWithoutMeasureCell(row, cells, own);
      return;
    }
    const headingRow = readOutlineLabel(firstParagraph);
    if (headingRow?.level === 1) {
      // A heading row written across the table (一、… in the measure column).
      blocks.push({
        label: headingRow.label,
        level: 1,
        title: mendSpaces(headingRow.rest),
        line: row.line,
        kind: 'heading',
      });
      result.lastLine = row.line;
      return;
    }
    const continues =
      !number &&
      !readOutlineLabel(firstParagraph) &&
      lastMeasure() !== null &&
      (numberedTable || (!hasOwnCells && !endsSentence(lastMeasure()?.title ?? '')));
    const { measures, continued } = readMeasureCell(row, measureCell, number, rank, continues);
    const detailAt = columns.indexOf('detail');
    const detail = detailAt >= 0 ? cellParagraphs(cells[detailAt] ?? '').join('') : '';
    const target = measures.at(-1) ?? (continued ? lastMeasure() : null);
    if (detail && target) target.title = joinSentences(target.title, detail);
    // A row copied without separators that has cells of its own lacks the others: they were empty
    // (as the paragraph reader reads a run); one with none shares the row above's (merged cells).
    const filled = row.cut || (row.loose && hasOwnCells) ? own : fillDown(above, own, continued);
    if (continued) for (const b of rowMeasures) b.cells = filled;
    for (const b of measures) {
      b.cells = filled;
      if (extras.length) b.extras = extras;
    }
    if (measures.length) rowMeasures = measures;
    above = filled;
    result.lastLine = row.line;
  }

  /**
   * A row with nothing in the measure column: a heading row across the table (一、… in any cell),
   * a lone cell that is the measure's text broken onto the next row (垫江 "人。"), or the unit and
   * deadline cells of the row above continued after a page break.
   */
  function readRowWithoutMeasureCell(row: TableRow, cells: string[], own: MeasureCells) {
    const texts = cells.map((c) => cellParagraphs(c).join(''));
    const headingAt = texts.findIndex((t) => (readOutlineLabel(t)?.level ?? 9) <= 2);
    // A task cell of this row was read as a heading already: the row is that heading.
    if (roles?.some((r, i) => r === 'task' && texts[i])) return;
    if (headingAt >= 0) {
      const label = readOutlineLabel(texts[headingAt] as string);
      if (label) {
        blocks.push({
          label: label.label,
          level: label.level,
          title: mendSpaces(label.rest),
          line: row.line,
          kind: 'heading',
        });
        result.lastLine = row.line;
      }
      return;
    }
    const filled = texts.filter((t) => t && !isBareNumber(t));
    const measure = lastMeasure();
    if (measure && filled.length === 1 && !isUnitsLine(filled[0] as string) && !isDeadlineLine(filled[0] as string)) {
      measure.title += filled[0];
      result.lastLine = row.line;
      return;
    }
    if (measure && Object.keys(own).length) {
      for (const b of rowMeasures) b.cells = fillDown(b.cells ?? {}, own, true);
      above = rowMeasures.at(-1)?.cells ?? above;
      result.lastLine = row.line;
      return;
    }
    if (filled.length) result.unplaced.push({ line: row.line, text: filled.join(' | ') });
  }

  /** Unit and deadline cells of a row; a deadline written in a remark column counts when no column is the deadline. */
  function cellsOf(cells: string[], columns: ColumnRole[]): MeasureCells {
    const own: MeasureCells = {};
    columns.forEach((role, i) => {
      if (!CELL_ROLES.has(role)) return;
      if (saysNone(cells[i] ?? '')) {
        own[role as CellRole] ??= '';
        return;
      }
      const value = joinCellLines(cellParagraphs(cells[i] ?? ''), role as CellRole);
      if (value) own[role as CellRole] = own[role as CellRole] ? `${own[role as CellRole]}；${value}` : value;
    });
    if (!columns.includes('deadline')) {
      const aside = columns.flatMap((role, i) => (role === 'other' ? [cellParagraphs(cells[i] ?? '').join('')] : []));
      const due = aside.find((text) => text && isDeadlineLine(text));
      if (due) own.deadline = due;
    }
    return own;
  }

  function extrasOf(cells: string[], columns: ColumnRole[]): { column: string; text: string }[] {
    return columns.flatMap((role, i) => {
      const text = cellParagraphs(cells[i] ?? '').join('');
      return role === 'other' && text ? [{ column: headers[i] || `第${i + 1}列`, text }] : [];
    });
  }

  /**
   * A task cell opens a heading at its column's rank, numbered or not; an empty one is merged from
   * above. In a column that numbers its headings, an unnumbered cell is the heading above broken
   * across rows ("（三）加强涉及扩大有效" + "投资的信息公开").
   */
  function readTaskCell(row: TableRow, cell: string, taskRank: number) {
    for (const text of cellParagraphs(cell)) {
      if (isBareNumber(text)) continue;
      const label = readOutlineLabel(text);
      const previous = blocks.findLast((b) => b.kind === 'heading' && b.rank === taskRank);
      if (!label && previous && (previous.line === row.line || numberedTasks.has(taskRank))) {
        previous.title = mendSpaces(previous.title + text);
        continue;
      }
      const n = (taskCounts.get(taskRank) ?? 0) + 1;
      taskCounts.set(taskRank, n);
      blocks.push({
        label: label?.label ?? `${chineseNumeral(n)}、`,
        level: label?.level ?? 1,
        title: mendSpaces(label ? label.rest : text),
        line: row.line,
        rank: taskRank,
        kind: 'heading',
      });
    }
  }

  function readMeasureCell(row: TableRow, cell: string, numbered: string | null, rank: number, continues: boolean) {
    const measures: Block[] = [];
    let continued = false;
    const paragraphs = cellParagraphs(cell).flatMap(splitInlineNumbers);
    for (const [i, p] of paragraphs.entries()) {
      const label = readOutlineLabel(p);
      if (label && label.level >= 2) {
        const block: Block = { label: label.label, level: label.level, title: label.rest, line: row.line, rank };
        blocks.push(block);
        measures.push(block);
        measureCount++;
      } else if (i === 0 && !continues) {
        measureCount++;
        const block: Block = { label: numbered ?? `${measureCount}.`, level: 3, title: p, line: row.line, rank };
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

  /** Rows without a header: the measure cell is the one with a number, the cells after it by content. */
  function readRowByContent(row: TableRow, cells: string[]) {
    const m = cells.findIndex((c) => cellParagraphs(c).some(isMeasureLabel));
    if (m < 0) {
      readRowWithoutMeasure(row, cells);
      return;
    }
    readHeadingCells(row, cells.slice(0, m));
    const { measures, continued } = readMeasureCell(row, cells[m] as string, null, 0, true);
    const own: MeasureCells = {};
    guessed.forEach((role, i) => {
      if (!CELL_ROLES.has(role)) return;
      const value = joinCellLines(cellParagraphs(cells[m + 1 + i] ?? ''), role as CellRole);
      if (value) own[role as CellRole] = value;
    });
    const filled = fillDown(above, own, continued);
    if (continued) for (const b of rowMeasures) b.cells = filled;
    for (const b of measures) b.cells = filled;
    if (measures.length) rowMeasures = measures;
    above = filled;
    result.lastLine = row.line;
  }

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

/**
 * A row whose numbered measure sits in another column than the header says (a merged heading
 * cell copied as an extra cell: "\t\t9.在…"): the cells are moved so the measure is under its
 * header again, the filled cells before it going to the task columns in order.
 */
function realign(row: string[], roles: ColumnRole[]): string[] {
  const measureAt = roles.indexOf('measure');
  if (measureAt < 0 || cellParagraphs(row[measureAt] ?? '').some(isMeasureLabel)) return row;
  const cells = numberMeasureCell(row, roles);
  const m = cells.findIndex((c) => cellParagraphs(c).some(isMeasureLabel));
  if (m < 0 || m === measureAt) return cells;
  const before = cells.slice(0, m).filter(Boolean);
  if (measureAt === 0) return cells.slice(m);
  // More filled cells than task columns: the extra headings go into the last task column.
  const slots =
    before.length > measureAt ? [...before.slice(0, measureAt - 1), before.slice(measureAt - 1).join('\n')] : before;
  const head = [...slots, ...Array<string>(measureAt - slots.length).fill('')];
  return [...head, cells[m] as string, ...cells.slice(m + 1)];
}

/**
 * A bare number cell followed by a sentence, away from the measure column (a header cell merged
 * over 序号 and 具体要求: "1 | 进一步增强…"): the number is the measure's, "1.进一步增强…".
 */
function numberMeasureCell(cells: string[], roles: ColumnRole[]): string[] {
  const measureAt = roles.indexOf('measure');
  const k = cells.findIndex(
    (c, i) => isBareNumber(c.trim()) && i + 1 !== measureAt && cellParagraphs(cells[i + 1] ?? '').join('').length > 8,
  );
  // A bare number in the 序号 column is read there; one in a column kept aside is a score (分值).
  if (k < 0 || roles[k] === 'number' || roles[k] === 'other') return cells;
  const numbered = [...cells];
  numbered[k + 1] = `${cells[k]?.trim()}.${cells[k + 1]}`;
  numbered[k] = '';
  return numbered;
}

/** Whether the measures of this table carry their own numbers (most measure cells start with one). */
function isNumberedTable(data: string[][][], roles: ColumnRole[]): boolean {
  const at = roles.indexOf('measure');
  const numberAt = roles.indexOf('number');
  const firsts = data.map((cells) => cells[at]?.[0] ?? '').filter(Boolean);
  if (!firsts.length) return true;
  const numbered = firsts.filter((p) => readOutlineLabel(p) !== null).length;
  const withNumberCell = numberAt >= 0 && data.some((cells) => isBareNumber(cells[numberAt]?.[0] ?? ''));
  return !withNumberCell && numbered * 2 >= firsts.length;
}

function joinSentences(a: string, b: string): string {
  if (!a) return b;
  return /[。；;！!？?：:，,]$/.test(a) ? `${a}${b}` : `${a}。${b}`;
}
