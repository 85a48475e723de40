import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importPlanText } from '../import/import-plan-text.ts';
import { exportPlanXlsx } from './export-plan-xlsx.ts';

const plan = importPlanText(
  readFileSync(new URL('../../../../tests/fixtures/import/seed/dianjiang-county-2022.txt', import.meta.url), 'utf8'),
);

describe('exportPlanXlsx', () => {
  it('writes the title and 文号 over the task table, the header frozen and printed on every page', async () => {
    const bytes = await exportPlanXlsx(plan);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    const sheet = workbook.getWorksheet('任务分工') as ExcelJS.Worksheet;
    expect(sheet.getCell('A1').value).toBe('垫江县2022年政务公开工作要点任务分工');
    expect(sheet.getCell('A2').value).toBe('垫江府办〔2022〕29号');
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      '序号',
      '工作任务',
      '具体措施',
      '牵头单位',
      '责任单位',
      '完成时限',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '3:3' });

    // 垫江 1–7 share the heading 一、…: one cell merged down over their rows.
    expect(sheet.getCell('B4').value).toBe(`一、${plan.items[0]?.headings[0]}`);
    expect(sheet.getCell('B5').isMerged && sheet.getCell('B5').master.address).toBe('B4');
    expect(sheet.getCell('C5').value).toBe(`2.${plan.items[1]?.text}`);
    const xml = (await JSZip.loadAsync(bytes).then((z) => z.file('xl/worksheets/sheet1.xml')?.async('string'))) ?? '';
    expect(xml).toMatch(/<mergeCell ref="B4:B\d+"\/>/);
  });
});
