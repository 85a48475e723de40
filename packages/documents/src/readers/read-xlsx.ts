import ExcelJS from 'exceljs';
import { ImportError, type ImportErrorDetails } from '../import/import-error.ts';
import { toMarkdownCell, toMarkdownTable } from './markdown-table.ts';
import { OFFICE_PACKAGE_LIMITS } from './office-package-limits.ts';
import { openOfficePackage } from './open-office-package.ts';
import type { ReadDocumentOptions } from './read-docx.ts';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A date as plans write it (2022年12月31日); Excel dates carry no zone, exceljs reads them as UTC. */
const chineseDate = (d: Date) => `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;

/** The text a cell shows: rich text joined, a formula's cached result, a link's text, a date in Chinese. */
export function cellValueText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return chineseDate(value);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return '';
  if ('formula' in value || 'sharedFormula' in value) {
    const result: unknown = value.result;
    return isRecord(result) && 'error' in result ? '' : cellValueText(result as ExcelJS.CellValue);
  }
  if ('text' in value) return cellValueText(value.text as ExcelJS.CellValue);
  return '';
}

/**
 * A sheet's cells as text; a merged range keeps its value in its top-left cell only. Only the cells
 * the sheet holds are visited: one styled cell at XFD1048576 must not make a 17-billion-cell loop.
 */
function sheetGrid(sheet: ExcelJS.Worksheet, at: ImportErrorDetails): string[][] {
  const rows: string[][] = [];
  let width = 0;
  sheet.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell((cell, column) => {
      // exceljs answers a merged cell's value with its master's: only the master keeps it.
      const isCovered = cell.isMerged && cell.master.address !== cell.address;
      const text = isCovered ? '' : cellValueText(cell.value).trim();
      if (!text) return;
      cells[column - 1] = text;
      width = Math.max(width, column);
    });
    if (cells.length) rows.push(cells);
  });
  // A cell of text at XFD1 over 10,000 rows in column A would square into 160 million cells.
  const limit = OFFICE_PACKAGE_LIMITS.sheetGridCells;
  if (rows.length * width > limit)
    throw new ImportError('tooLarge', {
      ...at,
      detail: `工作表“${sheet.name}”的表格 ${rows.length} 行 × ${width} 列，超过 ${limit.toLocaleString('en-US')} 格上限`,
      detailEn: `sheet "${sheet.name}" spans ${rows.length} rows × ${width} columns, over the limit of ${limit.toLocaleString('en-US')} cells`,
    });
  return rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
}

/**
 * A sheet as lines: the rows above the table that hold one text (a title merged across, 文号, a
 * note) as paragraphs, then from the first row with several cells (the header) a markdown table.
 */
function sheetLines(grid: string[][]): string[] {
  const start = grid.findIndex((row) => row.filter(Boolean).length >= 2);
  const above = (start < 0 ? grid : grid.slice(0, start)).map((row) => row.filter(Boolean).join(' '));
  if (start < 0) return above;
  const table = grid.slice(start).map((row) => row.map((cell) => toMarkdownCell(cell.split(/\r?\n/))));
  return [...above, '', ...toMarkdownTable(table), ''];
}

/**
 * An uploaded workbook parsed by exceljs only after `openOfficePackage` has checked it (kind, size
 * unpacked, XML budget): what every reader of an uploaded .xlsx starts from.
 *
 * @throws ImportError 'empty', 'unreadable', 'unsupportedType' or 'tooLarge'
 */
export async function openWorkbook(bytes: Uint8Array, options: ReadDocumentOptions = {}): Promise<ExcelJS.Workbook> {
  const at = options.fileName ? { file: options.fileName } : {};
  const checked = await openOfficePackage(bytes, 'xlsx', options.fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer (an ArrayBuffer); JSZip underneath takes either.
    await workbook.xlsx.load(checked.slice().buffer);
  } catch (error) {
    throw new ImportError('unreadable', { ...at, detail: `Excel 工作簿内容无法解析（${(error as Error).message}）` });
  }
  return workbook;
}

/** Sheets a user sees: hidden ones hold drop-down lists and scratch data. */
export const visibleSheets = (workbook: ExcelJS.Workbook) =>
  workbook.worksheets.filter((sheet) => sheet.state === 'visible' || sheet.state === undefined);

/**
 * Reads an Excel workbook (.xlsx) into the text the plan importer understands: every visible
 * sheet, its title rows as lines and its task table as a markdown table (merged ranges: the value
 * in the top-left cell, the others empty = "same as above"; line breaks in a cell as <br>).
 * Hidden sheets are skipped: offices keep drop-down lists and scratch data there.
 *
 * @throws ImportError 'empty', 'unreadable', 'unsupportedType' or 'tooLarge', as readDocx
 */
export async function readXlsx(bytes: Uint8Array, options: ReadDocumentOptions = {}): Promise<string> {
  const at = options.fileName ? { file: options.fileName } : {};
  const workbook = await openWorkbook(bytes, options);
  const lines = visibleSheets(workbook).flatMap((sheet) => sheetLines(sheetGrid(sheet, at)));
  const text = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!text) throw new ImportError('empty', { ...at, detail: '工作簿中没有任何单元格内容' });
  return `${text}\n`;
}
