import type ExcelJS from 'exceljs';

/** Cell fonts: Excel falls back to the system CJK face when a machine lacks one. */
export const XLSX_FONT = {
  title: { name: '黑体', size: 16, bold: true },
  header: { name: '黑体', size: 11, bold: true },
  heading: { name: '黑体', size: 11 },
  body: { name: '仿宋', size: 11 },
} satisfies Record<string, Partial<ExcelJS.Font>>;

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
export const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };

/** Long texts wrap inside their column; everything sits in the middle of its row. */
export const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'middle' };

/** A title row merged over the table's width. */
export function addTitleRow(sheet: ExcelJS.Worksheet, text: string, width: number, font: Partial<ExcelJS.Font>) {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, width);
  row.getCell(1).font = font;
  row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  row.height = font.size && font.size > 12 ? 30 : 20;
  return row;
}

/** The header row: bold on grey, bordered, centred. */
export function addHeaderRow(sheet: ExcelJS.Worksheet, titles: readonly string[]) {
  const row = sheet.addRow([...titles]);
  row.eachCell((cell) => {
    cell.font = XLSX_FONT.header;
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  row.height = 24;
  return row;
}

/** Landscape A4, fitted to the page width, the header row repeated on every printed page. */
export function setPrintLayout(sheet: ExcelJS.Worksheet, headerRow: number) {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
  };
}

export async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
