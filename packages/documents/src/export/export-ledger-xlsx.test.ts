import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportLedgerXlsx } from './export-ledger-xlsx.ts';
import type { LedgerRow } from './ledger-row.ts';

const task = ['一、以公开助力经济平稳健康发展', '（一）加强政策解读'];
const rows: LedgerRow[] = [
  {
    number: 1,
    taskPath: task,
    measure: '1.围绕稳经济一揽子政策措施开展解读。',
    unit: '市政府办公室',
    role: 'lead',
    state: 'reported',
    deadline: '2022年底前',
    due: '2022-12-31',
    light: 'green',
    lastReportedAt: '2022-11-03T02:30:00Z',
    reviewComment: null,
  },
  {
    number: 2,
    taskPath: task,
    measure: '1.围绕稳经济一揽子政策措施开展解读。',
    unit: '市发展改革局',
    role: 'responsible',
    state: 'assigned',
    deadline: '2022年11月',
    due: '2022-11-30',
    light: 'yellow',
    lastReportedAt: null,
    reviewComment: null,
  },
  {
    number: 3,
    taskPath: ['二、以公开助力社会和谐稳定'],
    measure: '5.每季度公开一次疫情防控信息。',
    unit: '市卫生健康局',
    role: 'cooperate',
    state: 'rectifying',
    period: '2022-Q3',
    deadline: '每个季度',
    due: '2022-09-30',
    light: 'red',
    lastReportedAt: '2022-10-08',
    reviewComment: '佐证材料缺少发布链接，请补充。',
  },
  {
    number: 4,
    taskPath: ['二、以公开助力社会和谐稳定'],
    measure: '6.长期做好政策咨询。',
    unit: '市政务服务数据管理局',
    role: 'responsible',
    state: 'review1',
    deadline: '长期',
    due: null,
    light: 'none',
    lastReportedAt: null,
    reviewComment: null,
  },
];

const options = { title: '惠州市2022年政务公开重点工作台账', generatedAt: new Date('2022-11-10T01:05:00Z') };

async function load(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook.worksheets[0] as ExcelJS.Worksheet;
}

const values = (sheet: ExcelJS.Worksheet, row: number) =>
  (sheet.getRow(row).values as ExcelJS.CellValue[])
    .slice(1)
    .map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v));

describe('exportLedgerXlsx', () => {
  it('writes a title, the export time, the header and one row per assignment in Chinese', async () => {
    const sheet = await load(await exportLedgerXlsx(rows, options));
    expect(sheet.name).toBe('台账');
    expect(sheet.getCell('A1').value).toBe(options.title);
    expect(sheet.getCell('A2').value).toBe('导出时间：2022-11-10 09:05　共 4 条'); // Beijing time
    expect(values(sheet, 3)).toEqual([
      '序号',
      '工作任务',
      '具体措施',
      '单位',
      '角色',
      '状态',
      '期次',
      '完成时限',
      '到期日',
      '亮灯',
      '最近报送',
      '核验意见',
    ]);
    expect(values(sheet, 4)).toEqual([
      1,
      task.join('\n'),
      rows[0]?.measure,
      '市政府办公室',
      '牵头',
      '已报送',
      '',
      '2022年底前',
      '2022-12-31',
      '绿',
      '2022-11-03 10:30',
      '',
    ]);
    expect(values(sheet, 6)).toEqual([
      3,
      '二、以公开助力社会和谐稳定',
      rows[2]?.measure,
      '市卫生健康局',
      '配合',
      '整改中',
      '2022-Q3',
      '每个季度',
      '2022-09-30',
      '红',
      '2022-10-08',
      '佐证材料缺少发布链接，请补充。',
    ]);
    // A review step reads as its variant names it (初审), not as its key; no due date, no light.
    expect(values(sheet, 7).slice(5, 10)).toEqual(['初审', '', '长期', undefined, '']);
    expect(sheet.getCell('I4').numFmt).toBe('yyyy-mm-dd');
  });

  it('fills the light cell green, yellow or red', async () => {
    const sheet = await load(await exportLedgerXlsx(rows, options));
    const fill = (address: string) => {
      const f = sheet.getCell(address).fill;
      return f?.type === 'pattern' ? f.fgColor?.argb : undefined;
    };
    expect([fill('J4'), fill('J5'), fill('J6'), fill('J7')]).toEqual(['FF92D050', 'FFFFFF00', 'FFFF0000', undefined]);
  });

  it('turns the autofilter on over the header, freezes everything down to it, wraps and sizes columns', async () => {
    const bytes = await exportLedgerXlsx(rows, options);
    const xml = (await JSZip.loadAsync(bytes).then((z) => z.file('xl/worksheets/sheet1.xml')?.async('string'))) ?? '';
    expect(xml).toContain('<autoFilter ref="A3:L3"/>');
    expect(xml).toMatch(/<pane [^>]*ySplit="3"[^>]*state="frozen"/);
    const sheet = await load(bytes);
    expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual(40); // 具体措施
    expect(sheet.getCell('C4').alignment?.wrapText).toBe(true);
    expect(sheet.getCell('E4').alignment?.horizontal).toBe('center');
  });

  it('leaves out the 期次 column when no task recurs', async () => {
    const oneOff = rows.filter((r) => !r.period);
    const sheet = await load(await exportLedgerXlsx(oneOff, options));
    expect(values(sheet, 3)).not.toContain('期次');
    expect(sheet.getCell('A2').value).toContain('共 3 条');
  });
});
