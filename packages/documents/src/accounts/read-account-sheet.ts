import type ExcelJS from 'exceljs';
import type { ReadDocumentOptions } from '../readers/read-docx.ts';
import { cellValueText, openWorkbook, visibleSheets } from '../readers/read-xlsx.ts';
import { AccountSheetError } from './account-sheet-error.ts';
import { type AccountSheet, parseAccountSheet, type SheetRow } from './parse-account-sheet.ts';

/**
 * A sheet's rows with their numbers: only the rows and cells the sheet holds are visited (a styled
 * cell at XFD1048576 costs nothing); a merged range's value stays in its top-left cell.
 */
function sheetRows(sheet: ExcelJS.Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  sheet.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell((cell, column) => {
      const isCovered = cell.isMerged && cell.master.address !== cell.address;
      // A formula reads as the value Excel last showed for it; it is never evaluated here.
      if (!isCovered) cells[column - 1] = cellValueText(cell.value);
    });
    rows.push({ row: row.number, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  return rows;
}

/**
 * Reads an uploaded .xlsx of accounts: checked against the office-file limits before exceljs
 * parses it (`openWorkbook`), then the first visible sheet with an account header is read by
 * `parseAccountSheet` (a 说明 sheet beside it is passed over).
 *
 * @throws ImportError when the file is not a readable workbook or unpacks too large;
 *   AccountSheetError when no sheet is an account list (the first sheet's reason is given)
 */
export async function readAccountSheet(bytes: Uint8Array, options: ReadDocumentOptions = {}): Promise<AccountSheet> {
  const workbook = await openWorkbook(bytes, options);
  let firstFailure: AccountSheetError | undefined;
  for (const sheet of visibleSheets(workbook)) {
    try {
      return parseAccountSheet(sheetRows(sheet));
    } catch (error) {
      if (!(error instanceof AccountSheetError)) throw error;
      // A sheet with the header but rows at fault is the list; its reason beats a 说明 sheet's.
      if (error.reason !== 'noHeader') throw error;
      firstFailure ??= error;
    }
  }
  throw (
    firstFailure ?? new AccountSheetError('noRows', '工作簿中没有可见的工作表', 'the workbook has no visible sheet')
  );
}
