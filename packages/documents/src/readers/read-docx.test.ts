import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importPlanText } from '../import/import-plan-text.ts';
import { readDocx } from './read-docx.ts';

const cell = (texts: string[], merge?: 'restart' | 'continue', columnSpan?: number) =>
  new TableCell({
    children: texts.map((t) => new Paragraph({ children: [new TextRun(t)] })),
    ...(merge ? { verticalMerge: merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
    ...(columnSpan ? { columnSpan } : {}),
  });

async function docxOf(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(new Document({ sections: [{ children }] })));
}

const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });

describe('readDocx', () => {
  it('reads paragraphs as lines and a table with merged cells as a markdown table', async () => {
    const table = new Table({
      rows: [
        new TableRow({ children: ['工作任务', '具体措施', '责任单位', '完成时限'].map((t) => cell([t])) }),
        new TableRow({ children: [cell(['一、推进政策公开'], undefined, 4)] }),
        new TableRow({
          children: [
            cell(['（一）规章集中公开'], 'restart'),
            cell(['1.完善规章库。', '2.更新|动态调整。']),
            cell(['市政府办公室、市司法局'], 'restart'),
            cell(['2022年底前']),
          ],
        }),
        new TableRow({
          children: [cell([], 'continue'), cell(['3.建设<文件库>&专栏。']), cell([], 'continue'), cell(['长期'])],
        }),
      ],
    });
    const bytes = await docxOf([para('某市2022年政务公开工作要点'), para(''), table, para('附：说明')]);
    expect(await readDocx(bytes)).toBe(
      [
        '某市2022年政务公开工作要点',
        '',
        '| 工作任务 | 具体措施 | 责任单位 | 完成时限 |',
        '| --- | --- | --- | --- |',
        '| 一、推进政策公开 | | | |',
        '| （一）规章集中公开 | 1.完善规章库。<br>2.更新\\|动态调整。 | 市政府办公室、市司法局 | 2022年底前 |',
        '| | 3.建设&lt;文件库&gt;&amp;专栏。 | | 长期 |',
        '',
        '附：说明',
        '',
      ].join('\n'),
    );
  });

  it('gives the importer what it needs: merged continuations read as "same as above", escaped text restored', async () => {
    const table = new Table({
      rows: [
        new TableRow({ children: ['工作任务', '具体措施', '责任单位', '完成时限'].map((t) => cell([t])) }),
        new TableRow({
          children: [
            cell(['一、规章公开'], 'restart'),
            cell(['1.完善规章库。']),
            cell(['市司法局'], 'restart'),
            cell(['2022年底前'], 'restart'),
          ],
        }),
        new TableRow({
          children: [cell([], 'continue'), cell(['2.公开A|B两类<目录>。']), cell([], 'continue'), cell([], 'continue')],
        }),
      ],
    });
    const draft = importPlanText(await readDocx(await docxOf([para('某县2022年政务公开工作要点'), table])));
    expect(draft.items.map((i) => [i.path, i.text, i.units.responsible.map((u) => u.text), i.deadline.due])).toEqual([
      [['一、', '1.'], '完善规章库。', ['市司法局'], '2022-12-31'],
      [['一、', '2.'], '公开A|B两类<目录>。', ['市司法局'], '2022-12-31'],
    ]);
  });

  it('keeps line breaks inside a cell as <br> and reads a docx without a table as paragraphs', async () => {
    const lines = new Paragraph({ children: [new TextRun('甲'), new TextRun({ text: '乙', break: 1 })] });
    const table = new Table({
      rows: [
        new TableRow({ children: [cell(['序号']), cell(['具体措施'])] }),
        new TableRow({ children: [cell(['1']), new TableCell({ children: [lines] })] }),
      ],
    });
    expect(await readDocx(await docxOf([table]))).toContain('| 1 | 甲<br>乙 |');

    const prose = await docxOf([
      para('某镇2022年政务公开工作要点'),
      para('一、加强政策公开'),
      para('1.公开规范性文件。（责任单位：镇党政办；完成时限：2022年底前）'),
    ]);
    const text = await readDocx(prose);
    expect(text).toBe(
      '某镇2022年政务公开工作要点\n一、加强政策公开\n1.公开规范性文件。（责任单位：镇党政办；完成时限：2022年底前）\n',
    );
    expect(importPlanText(text).items[0]?.units.responsible[0]?.text).toBe('镇党政办');
  });

  it('refuses what is not a readable Word document, with a reason and a Chinese message', async () => {
    await expect(readDocx(new Uint8Array())).rejects.toMatchObject({ name: 'ImportError', reason: 'empty' });

    const random = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 251);
    await expect(readDocx(random, { fileName: '方案.docx' })).rejects.toMatchObject({
      reason: 'unreadable',
      file: '方案.docx',
      message: expect.stringContaining('不是Word 文档'),
    });

    const truncated = (await docxOf([para('正文')])).slice(0, 300);
    await expect(readDocx(truncated)).rejects.toMatchObject({ reason: 'unreadable' });

    const zip = new JSZip();
    zip.file('readme.txt', '不是 Word');
    const notDocx = await zip.generateAsync({ type: 'uint8array' });
    await expect(readDocx(notDocx)).rejects.toMatchObject({
      reason: 'unsupportedType',
      message: expect.stringContaining('word/document.xml'),
    });

    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRow(['a']);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    await expect(readDocx(xlsx)).rejects.toMatchObject({ message: expect.stringContaining('Excel') });

    const oldDoc = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(readDocx(oldDoc)).rejects.toMatchObject({
      reason: 'unsupportedType',
      message: expect.stringContaining('.doc'),
    });
  });

  it('refuses a document with no text and no table, and the importer refuses one without measures', async () => {
    await expect(readDocx(await docxOf([para(''), para('   ')]))).rejects.toMatchObject({
      reason: 'empty',
      message: expect.stringContaining('没有文字或表格'),
    });
    const noMeasures = await readDocx(await docxOf([para('会议纪要'), para('请各单位认真落实。')]));
    expect(() => importPlanText(noMeasures)).toThrow(expect.objectContaining({ reason: 'noMeasures' }));
  });

  it('reads a plan saved by another writer (LibreOffice, Word-style merges) to the same measures as its text', async () => {
    const fixture = (path: string) => readFileSync(new URL(`../../../../tests/fixtures/${path}`, import.meta.url));
    const fromWord = importPlanText(await readDocx(new Uint8Array(fixture('docx/huizhou-city-2022.libreoffice.docx'))));
    const fromText = importPlanText(fixture('import/seed/huizhou-city-2022.txt').toString('utf8'));
    const measure = (d: typeof fromText) =>
      d.items.map((i) => [i.path, i.text, i.units.lead.length, i.units.responsible.map((u) => u.text), i.deadline.due]);
    expect(fromWord.items).toHaveLength(53);
    expect(measure(fromWord)).toEqual(measure(fromText));
    expect(fromWord).toMatchObject({ title: fromText.title, docNumber: fromText.docNumber });
  });
});
