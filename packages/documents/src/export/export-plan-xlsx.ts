import type { PlanDraft } from '@cascade/engine';
import ExcelJS from 'exceljs';
import { planTaskTable, type TaskColumnKey } from './plan-task-table.ts';
import { addHeaderRow, addTitleRow, BORDER, setPrintLayout, toBytes, WRAP, XLSX_FONT } from './xlsx-style.ts';

/** Column widths in characters for a landscape page. */
const WIDTHS: Record<TaskColumnKey, number> = {
  number: 6,
  task: 24,
  measure: 60,
  lead: 20,
  responsible: 24,
  cooperate: 18,
  deadline: 16,
};

/**
 * A plan's task table as an Excel sheet (任务分工): the plan's title and 文号 over it, the same
 * columns, full-width section rows and merged cells as the Word attachment, the header frozen and
 * repeated on printed pages. readXlsx + importPlanText read it back to the same measures.
 */
export async function exportPlanXlsx(plan: PlanDraft): Promise<Uint8Array> {
  const table = planTaskTable(plan);
  const workbook = new ExcelJS.Workbook();
  workbook.title = plan.title;
  const sheet = workbook.addWorksheet('任务分工');
  const width = table.columns.length;
  sheet.columns = table.columns.map((c) => ({ key: c.key, width: WIDTHS[c.key] }));

  addTitleRow(sheet, plan.title, width, XLSX_FONT.title);
  if (plan.docNumber) addTitleRow(sheet, plan.docNumber, width, XLSX_FONT.body);
  const header = addHeaderRow(
    sheet,
    table.columns.map((c) => c.title),
  );

  const merges: [number, number, number, number][] = [];
  for (const row of table.rows) {
    if (row.kind === 'heading') {
      const added = sheet.addRow([row.text]);
      sheet.mergeCells(added.number, 1, added.number, width);
      const cell = added.getCell(1);
      cell.font = XLSX_FONT.heading;
      cell.alignment = WRAP;
      cell.border = BORDER;
      continue;
    }
    // Covered cells stay empty; merging happens once every row is written, since exceljs
    // would pass a value written into a covered cell on to the merge's first cell.
    const added = sheet.addRow(
      table.columns.map((c) => (row.cells[c.key].rowSpan === 0 ? null : row.cells[c.key].paragraphs.join('\n'))),
    );
    table.columns.forEach((column, i) => {
      const cell = added.getCell(i + 1);
      cell.font = XLSX_FONT.body;
      cell.border = BORDER;
      cell.alignment = column.key === 'number' || column.key === 'deadline' ? { ...WRAP, horizontal: 'center' } : WRAP;
      const span = row.cells[column.key].rowSpan;
      if (span > 1) merges.push([added.number, i + 1, added.number + span - 1, i + 1]);
    });
  }
  for (const [top, left, bottom, right] of merges) sheet.mergeCells(top, left, bottom, right);
  sheet.views = [{ state: 'frozen', ySplit: header.number, xSplit: 0 }];
  setPrintLayout(sheet, header.number);
  return toBytes(workbook);
}
