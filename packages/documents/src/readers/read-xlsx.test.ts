import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importPlanText } from '../import/import-plan-text.ts';
import { readXlsx } from './read-xlsx.ts';

const bytesOf = async (workbook: ExcelJS.Workbook) => new Uint8Array(await workbook.xlsx.writeBuffer());

/** A task sheet as offices keep them: a title merged across, the header, merged group and unit cells. */
function taskWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('任务分工');
  sheet.addRow(['某区2022年政务公开工作任务分工']);
  sheet.mergeCells('A1:E1');
  sheet.addRow(['序号', '工作任务', '具体措施', '责任单位', '完成时限']);
  sheet.addRow([
    1,
    '一、政策公开',
    '1.完善规章库。',
    { richText: [{ text: '区司法局、' }, { text: '区政府办' }] },
    new Date(Date.UTC(2022, 11, 31)),
  ]);
  sheet.addRow([2, null, '2.公开A|B目录。\n3.更新<专栏>。', null, { formula: '"长"&"期"', result: '长期' }]);
  sheet.addRow([4, '二、平台建设', '4.整合政务新媒体。', '区融媒体中心', '2022年9月前']);
  sheet.mergeCells('B3:B4');
  sheet.mergeCells('D3:D4');
  const hidden = workbook.addWorksheet('下拉选项');
  hidden.addRow(['区司法局', '区财政局']);
  hidden.state = 'hidden';
  const notes = workbook.addWorksheet('说明');
  notes.addRow(['填表说明：完成时限按自然年计。']);
  return workbook;
}

describe('readXlsx', () => {
  it('reads each visible sheet: title rows as lines, the table as markdown with merged cells empty', async () => {
    expect(await readXlsx(await bytesOf(taskWorkbook()))).toBe(
      [
        '某区2022年政务公开工作任务分工',
        '',
        '| 序号 | 工作任务 | 具体措施 | 责任单位 | 完成时限 |',
        '| --- | --- | --- | --- | --- |',
        '| 1 | 一、政策公开 | 1.完善规章库。 | 区司法局、区政府办 | 2022年12月31日 |',
        '| 2 | | 2.公开A\\|B目录。<br>3.更新&lt;专栏&gt;。 | | 长期 |',
        '| 4 | 二、平台建设 | 4.整合政务新媒体。 | 区融媒体中心 | 2022年9月前 |',
        '',
        '填表说明：完成时限按自然年计。',
        '',
      ].join('\n'),
    );
  });

  it('gives the importer the measures with merged cells filled down', async () => {
    const draft = importPlanText(await readXlsx(await bytesOf(taskWorkbook())));
    expect(draft.title).toBe('某区2022年政务公开工作任务分工');
    expect(draft.items.map((i) => [i.label, i.text, i.units.responsible.map((u) => u.text), i.deadline.text])).toEqual([
      ['1.', '完善规章库。', ['区司法局', '区政府办'], '2022年12月31日'],
      ['2.', '公开A|B目录。', ['区司法局', '区政府办'], '长期'],
      ['3.', '更新<专栏>。', ['区司法局', '区政府办'], '长期'],
      ['4.', '整合政务新媒体。', ['区融媒体中心'], '2022年9月前'],
    ]);
  });

  it('refuses what is not a readable Excel workbook', async () => {
    await expect(readXlsx(new Uint8Array())).rejects.toMatchObject({ reason: 'empty' });
    const random = Uint8Array.from({ length: 1024 }, (_, i) => (i * 31 + 7) % 256);
    await expect(readXlsx(random, { fileName: '台账.xlsx' })).rejects.toMatchObject({
      reason: 'unreadable',
      file: '台账.xlsx',
    });
    const zip = new JSZip();
    zip.file('data.csv', 'a,b');
    await expect(readXlsx(await zip.generateAsync({ type: 'uint8array' }))).rejects.toMatchObject({
      reason: 'unsupportedType',
    });
    const docx = new Uint8Array(
      await Packer.toArrayBuffer(new Document({ sections: [{ children: [new Paragraph('正文')] }] })),
    );
    await expect(readXlsx(docx)).rejects.toMatchObject({
      reason: 'unsupportedType',
      message: expect.stringContaining('Word'),
    });
    const blank = new ExcelJS.Workbook();
    blank.addWorksheet('Sheet1');
    await expect(readXlsx(await bytesOf(blank))).rejects.toMatchObject({ reason: 'empty' });
  });
});
