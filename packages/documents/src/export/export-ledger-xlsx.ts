import { stateLabelOf } from '@cascade/engine';
import ExcelJS from 'exceljs';
import { type LedgerRow, LIGHT_LABELS, ROLE_LABELS } from './ledger-row.ts';
import { addHeaderRow, addTitleRow, BORDER, setPrintLayout, toBytes, WRAP, XLSX_FONT } from './xlsx-style.ts';

export type LedgerXlsxOptions = {
  /** The sheet's title row, e.g. 惠州市2022年政务公开重点工作任务台账. */
  title: string;
  /** When the ledger was taken: it shows under the title (exported data ages). */
  generatedAt: Date;
  /** Time zone the times are printed in; default Asia/Shanghai. */
  timeZone?: string;
};

type Column = {
  title: string;
  width: number;
  value: (row: LedgerRow) => string | number | Date | null;
  /** Short values read better centred; texts stay left. */
  center?: boolean;
};

/** YYYY-MM-DD → a date Excel sorts and filters as a date (exceljs writes dates as UTC). */
const excelDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** Light fills: the traffic-light colours, with a readable text colour on each. */
const LIGHT_FILLS: Record<string, { fill: string; font: string }> = {
  green: { fill: 'FF92D050', font: 'FF000000' },
  yellow: { fill: 'FFFFFF00', font: 'FF000000' },
  red: { fill: 'FFFF0000', font: 'FFFFFFFF' },
};

function formatTime(value: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(value);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** A report time as the office reads it: a date stays a date, a timestamp in the office's zone. */
function reportedAt(value: string | null, timeZone: string): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? value : formatTime(time, timeZone);
}

function columnsFor(rows: readonly LedgerRow[], timeZone: string): Column[] {
  const columns: Column[] = [
    { title: '序号', width: 6, center: true, value: (r) => r.number },
    { title: '工作任务', width: 26, value: (r) => r.taskPath.join('\n') },
    { title: '具体措施', width: 50, value: (r) => r.measure },
    { title: '单位', width: 20, value: (r) => r.unit },
    { title: '角色', width: 8, center: true, value: (r) => ROLE_LABELS[r.role] },
    {
      title: '状态',
      width: 10,
      center: true,
      value: (r) => r.stateLabel ?? stateLabelOf(r.state),
    },
  ];
  // Only ledgers with recurring tasks (每季度 …) need the 期次 column.
  if (rows.some((r) => r.period))
    columns.push({ title: '期次', width: 10, center: true, value: (r) => r.period ?? '' });
  columns.push(
    { title: '完成时限', width: 16, value: (r) => r.deadline },
    { title: '到期日', width: 12, center: true, value: (r) => excelDate(r.due) },
    { title: '亮灯', width: 7, center: true, value: (r) => LIGHT_LABELS[r.light] },
    { title: '最近报送', width: 17, center: true, value: (r) => reportedAt(r.lastReportedAt, timeZone) },
    { title: '核验意见', width: 30, value: (r) => r.reviewComment ?? '' },
  );
  return columns;
}

/**
 * The ledger (台账) as an Excel workbook, one row per assignment: a title row and the export
 * time over a frozen header row with an autofilter, wrapped text in sized columns, 到期日 as real
 * dates, and the 亮灯 cell filled green, yellow or red.
 */
export async function exportLedgerXlsx(rows: readonly LedgerRow[], options: LedgerXlsxOptions): Promise<Uint8Array> {
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const columns = columnsFor(rows, timeZone);
  const workbook = new ExcelJS.Workbook();
  workbook.title = options.title;
  workbook.created = options.generatedAt;
  const sheet = workbook.addWorksheet('台账');
  sheet.columns = columns.map((c) => ({ width: c.width }));

  addTitleRow(sheet, options.title, columns.length, XLSX_FONT.title);
  addTitleRow(sheet, `导出时间：${formatTime(options.generatedAt, timeZone)}　共 ${rows.length} 条`, columns.length, {
    ...XLSX_FONT.body,
    size: 10,
  }).getCell(1).alignment = { horizontal: 'right', vertical: 'middle' };
  const header = addHeaderRow(
    sheet,
    columns.map((c) => c.title),
  );
  const lightAt = columns.findIndex((c) => c.title === '亮灯') + 1;
  const dueAt = columns.findIndex((c) => c.title === '到期日') + 1;

  for (const ledgerRow of rows) {
    const row = sheet.addRow(columns.map((c) => c.value(ledgerRow)));
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = XLSX_FONT.body;
      cell.border = BORDER;
      cell.alignment = columns[col - 1]?.center ? { ...WRAP, horizontal: 'center' } : WRAP;
    });
    row.getCell(dueAt).numFmt = 'yyyy-mm-dd';
    const light = LIGHT_FILLS[ledgerRow.light];
    if (light) {
      const cell = row.getCell(lightAt);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: light.fill } };
      cell.font = { ...XLSX_FONT.body, bold: true, color: { argb: light.font } };
    }
  }
  sheet.autoFilter = { from: { row: header.number, column: 1 }, to: { row: header.number, column: columns.length } };
  sheet.views = [{ state: 'frozen', ySplit: header.number, xSplit: 0 }];
  setPrintLayout(sheet, header.number);
  return toBytes(workbook);
}
