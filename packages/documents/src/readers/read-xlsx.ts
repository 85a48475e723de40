import ExcelJS from 'exceljs';
import { ImportError } from '../import/import-error.ts';
import { toMarkdownCell, toMarkdownTable } from './markdown-table.ts';
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

/** A sheet's cells as text; a merged range keeps its value in its top-left cell only. */
function sheetGrid(sheet: ExcelJS.Worksheet): string[][] {
  const grid: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const cell = sheet.getCell(r, c);
      // exceljs answers a merged cell's value with its master's: only the master keeps it.
      const isCovered = cell.isMerged && cell.master.address !== cell.address;
      row.push(isCovered ? '' : cellValueText(cell.value).trim());
    }
    grid.push(row);
  }
  const width = Math.max(0, ...grid.map((row) => row.findLastIndex(Boolean) + 1));
  return grid.filter((row) => row.some(Boolean)).map((row) => row.slice(0, width));
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
 * Reads an Excel workbook (.xlsx) into the text the plan importer understands: every visible
 * sheet, its title rows as lines and its task table as a markdown table (merged ranges: the value
 * in the top-left cell, the others empty = "same as above"; line breaks in a cell as <br>).
 * Hidden sheets are skipped: offices keep drop-down lists and scratch data there.
 *
 * @throws ImportError 'empty', 'unreadable' or 'unsupportedType', as readDocx
 */
export async function readXlsx(bytes: Uint8Array, options: ReadDocumentOptions = {}): Promise<string> {
  const at = options.fileName ? { file: options.fileName } : {};
  await openOfficePackage(bytes, 'xlsx', options.fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer (an ArrayBuffer); JSZip underneath takes either.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (error) {
    throw new ImportError('unreadable', { ...at, detail: `Excel 工作簿内容无法解析（${(error as Error).message}）` });
  }
  const lines = workbook.worksheets
    .filter((sheet) => sheet.state === 'visible' || sheet.state === undefined)
    .flatMap((sheet) => sheetLines(sheetGrid(sheet)));
  const text = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!text) throw new ImportError('empty', { ...at, detail: '工作簿中没有任何单元格内容' });
  return `${text}\n`;
}
