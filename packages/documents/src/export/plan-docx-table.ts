import {
  AlignmentType,
  HeightRule,
  LineRuleType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { paragraph, type RunStyle, run, SIZE } from './official-style.ts';
import type { TaskCell, TaskColumn, TaskTable } from './plan-task-table.ts';

const HEADER_STYLE: RunStyle = { font: 'heading', size: SIZE.小四 };
const CELL_STYLE: RunStyle = { font: 'body', size: SIZE.小四 };
/** Table text sits closer than body text: an exact 20 pt line for 小四. */
const CELL_SPACING = { line: 400, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;
const CELL_MARGINS = { top: 60, bottom: 60, left: 80, right: 80 };

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

/**
 * Numbers and deadlines centred, measures justified; names (units, headings) flush left, since
 * justifying a short cell of names spreads their characters apart.
 */
const ALIGN: Record<TaskColumn['key'], Align> = {
  number: AlignmentType.CENTER,
  task: AlignmentType.LEFT,
  measure: AlignmentType.JUSTIFIED,
  lead: AlignmentType.LEFT,
  responsible: AlignmentType.LEFT,
  cooperate: AlignmentType.LEFT,
  deadline: AlignmentType.CENTER,
};

function cellParagraphs(texts: readonly string[], style: RunStyle, align: Align) {
  const lines = texts.length ? texts : [''];
  return lines.map((text) => paragraph([run(text, style)], { align, spacing: CELL_SPACING }, style.size));
}

function headerRow(columns: readonly TaskColumn[], widths: readonly number[]): TableRow {
  return new TableRow({
    tableHeader: true, // repeated at the top of every page the table runs over
    cantSplit: true,
    height: { value: 560, rule: HeightRule.ATLEAST },
    children: columns.map(
      (column, i) =>
        new TableCell({
          children: cellParagraphs([column.title], HEADER_STYLE, AlignmentType.CENTER),
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          margins: CELL_MARGINS,
        }),
    ),
  });
}

function measureCell(cell: TaskCell, column: TaskColumn, width: number): TableCell {
  // A merged cell: restart on its first row, continue (empty) on the rows it covers.
  const merge =
    cell.rowSpan === 0
      ? { verticalMerge: VerticalMergeType.CONTINUE }
      : cell.rowSpan > 1
        ? { verticalMerge: VerticalMergeType.RESTART }
        : {};
  return new TableCell({
    children: cellParagraphs(cell.rowSpan === 0 ? [] : cell.paragraphs, CELL_STYLE, ALIGN[column.key]),
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: CELL_MARGINS,
    ...merge,
  });
}

/**
 * The task table (任务分工表) as a Word table over `width` twips: 黑体 header repeated on each
 * page, full-width 黑体 rows for the outline sections above the 工作任务 column, 仿宋 cells, and
 * vertically merged cells where the table says the same over several measures.
 */
export function planDocxTable(table: TaskTable, width: number): Table {
  const total = table.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = table.columns.map((c) => Math.floor((width * c.width) / total));
  const rows = table.rows.map((row) => {
    if (row.kind === 'heading') {
      return new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            children: cellParagraphs(
              [row.text],
              { font: row.level <= 1 ? 'heading' : 'kai', size: SIZE.小四 },
              AlignmentType.LEFT,
            ),
            columnSpan: table.columns.length,
            width: { size: width, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.CENTER,
            margins: CELL_MARGINS,
          }),
        ],
      });
    }
    return new TableRow({
      cantSplit: true, // a measure is read whole: its row moves to the next page rather than break
      children: table.columns.map((column, i) => measureCell(row.cells[column.key], column, widths[i] ?? 0)),
    });
  });
  return new Table({
    rows: [headerRow(table.columns, widths), ...rows],
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
}
