import ExcelJS from 'exceljs';

/** An .xlsx whose first sheet holds these rows as typed (numbers stay numbers), for upload tests. */
export async function sheetXlsx(rows: readonly (readonly (string | number)[])[], name = 'Sheet1'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name);
  for (const row of rows) sheet.addRow([...row]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The first sheet of an .xlsx as rows of cell text, as a user opening it would read them. */
export async function sheetCells(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell((cell, column) => {
      cells[column - 1] = cell.text;
    });
    rows.push(Array.from(cells, (c) => c ?? ''));
  });
  return rows;
}
