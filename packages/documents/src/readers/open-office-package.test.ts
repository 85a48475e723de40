import {
  DOCX_PARTS,
  deflateRepeated,
  documentXml,
  docxBomb,
  docxZerosBomb,
  smallDocx,
  smallXlsx,
  xlsxBomb,
  xlsxOf,
  zipOf,
} from '@cascade/documents/testing';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../import/import-error.ts';
import { readDocx } from './read-docx.ts';
import { readXlsx } from './read-xlsx.ts';

/** A Word document with one measure, to add entries to. */
const SMALL_DOCX = [...DOCX_PARTS, documentXml([['<w:p><w:r><w:t>1.公开</w:t></w:r></w:p>', 1]])];

/** What a read threw, and how long and how much memory it took to say so. */
async function refusal(read: () => Promise<unknown>) {
  const rss = process.memoryUsage().rss;
  const started = performance.now();
  const error = await read().then(
    () => undefined,
    (e: unknown) => e,
  );
  const ms = performance.now() - started;
  const grewMb = (process.memoryUsage().rss - rss) / 1048576;
  if (!(error instanceof ImportError)) throw new Error(`expected an ImportError, got ${String(error)}`);
  return { error, ms, grewMb };
}

describe('Office documents that unpack to too much are refused while unpacking', () => {
  it('refuses the issue’s .docx (80 MB of <w:p/> in ~100 KB) before mammoth sees it, naming the limit', async () => {
    const bomb = docxBomb(80);
    expect(bomb.length).toBeLessThan(300 * 1024);
    const { error, ms, grewMb } = await refusal(() => readDocx(bomb, { fileName: 'bomb.docx' }));
    expect(error.reason).toBe('tooLarge');
    expect(error.chinese).toBe('文件过大：word/document.xml 解压后 80 MB，超过 16 MB 上限（bomb.docx）');
    expect(error.english).toBe(
      'the file is too large: word/document.xml unpacks to 80 MB, over the 16 MB limit (bomb.docx)',
    );
    expect(ms).toBeLessThan(1000);
    expect(grewMb).toBeLessThan(100);
  });

  it('refuses 300 MB of zeros in one entry (a ~300 KB file) from the directory, inflating nothing', async () => {
    const bomb = docxZerosBomb(300);
    expect(bomb.length).toBeLessThan(400 * 1024);
    const { error, ms, grewMb } = await refusal(() => readDocx(bomb));
    expect(error.reason).toBe('tooLarge');
    expect(error.chinese).toContain('word/media/image1.png 解压后 300 MB，超过 32 MB 上限');
    expect(ms).toBeLessThan(1000);
    expect(grewMb).toBeLessThan(100);
  });

  it('stops inflating an entry that unpacks to more than its directory declares', async () => {
    const lying = { ...documentXml([['<w:p/>'.repeat(174_763), 300]]), declaredSize: 1024 };
    const { error, ms, grewMb } = await refusal(() => readDocx(zipOf([...DOCX_PARTS, lying])));
    expect(error.reason).toBe('unreadable');
    expect(error.chinese).toContain('word/document.xml 解压后超过其声明的 1 KB');
    expect(error.english).toContain('word/document.xml unpacks to more than the 1 KB it declares');
    expect(ms).toBeLessThan(1000);
    expect(grewMb).toBeLessThan(100);
  });

  it('refuses several entries that each pass but together unpack to more than the total', async () => {
    const image = deflateRepeated([[new Uint8Array(1024 * 1024), 30]]);
    const images = [1, 2, 3].map((n) => ({ name: `word/media/image${n}.png`, deflated: image }));
    const { error } = await refusal(() => readDocx(zipOf([...SMALL_DOCX, ...images])));
    expect(error.chinese).toContain('解压后共 90 MB，超过 64 MB 上限');
  });

  it('refuses 100,000 tiny entries by the count in the directory', async () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({ name: `word/f${i}.xml` }));
    const bomb = zipOf([...SMALL_DOCX, ...many]);
    const { error, ms } = await refusal(() => readDocx(bomb));
    expect(error.reason).toBe('tooLarge');
    expect(error.chinese).toContain('压缩包中有 100,003 个文件，超过 2,000 个上限');
    expect(ms).toBeLessThan(500);
  });

  it('refuses a truncated zip as damaged', async () => {
    const whole = smallDocx(['1.公开']);
    for (const cut of [whole.length - 10, Math.floor(whole.length / 2), 40]) {
      const { error } = await refusal(() => readDocx(whole.subarray(0, cut)));
      expect(error.reason).toBe('unreadable');
      expect(error.chinese).toContain('压缩包已损坏');
    }
  });

  it('refuses XML nested deeper than the limit (a stack-overflow attempt) before parsing', async () => {
    const deep = documentXml([
      ['<w:sdt><w:sdtContent>', 50_000],
      ['<w:p/>', 1],
      ['</w:sdtContent></w:sdt>', 50_000],
    ]);
    const { error, ms } = await refusal(() => readDocx(zipOf([...DOCX_PARTS, deep])));
    expect(error.reason).toBe('tooLarge');
    expect(error.chinese).toContain('word/document.xml 的 XML 嵌套超过 256 层上限');
    expect(ms).toBeLessThan(1000);
  });

  it('holds the parts within their size to the parse budget: 10 MB of <w:p/> is 1.7 million elements', async () => {
    const { error, ms, grewMb } = await refusal(() => readDocx(docxBomb(10)));
    expect(error.reason).toBe('tooLarge');
    expect(error.chinese).toContain('XML 元素和属性超过 400,000 个上限（到 word/document.xml 为止）');
    expect(ms).toBeLessThan(1000);
    expect(grewMb).toBeLessThan(150);
  });

  it('refuses a DOCTYPE (how entity expansion starts), which Office never writes', async () => {
    const laughs = documentXml([['<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><w:p/>', 1]]);
    const { error } = await refusal(() => readDocx(zipOf([...DOCX_PARTS, laughs])));
    expect(error.reason).toBe('unreadable');
    expect(error.chinese).toContain('word/document.xml 含有 DOCTYPE 声明');
  });

  it('still reads a document inside the limits, and a table cell spanning 100 million columns in linear time', async () => {
    expect(await readDocx(smallDocx(['某市政务公开工作要点', '1.推进政策公开。']))).toBe(
      '某市政务公开工作要点\n1.推进政策公开。\n',
    );
    const row = (cells: string) => `<w:tr>${cells}</w:tr>`;
    const cell = (text: string, span = '') =>
      `<w:tc><w:tcPr>${span}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const table = `<w:tbl>${row(cell('任务') + cell('单位'))}${row(cell('1.公开', '<w:gridSpan w:val="100000000"/>'))}</w:tbl>`;
    const started = performance.now();
    const text = await readDocx(zipOf([...DOCX_PARTS, documentXml([[table, 1]])]));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(text).toContain('| 任务 | 单位 |');
  });

  it('refuses the .xlsx form of the bomb (80 MB of rows), naming the sheet and the limit', async () => {
    const { error, ms, grewMb } = await refusal(() => readXlsx(xlsxBomb(80), { fileName: 'bomb.xlsx' }));
    expect(error.reason).toBe('tooLarge');
    expect(error.chinese).toBe('文件过大：xl/worksheets/sheet1.xml 解压后 80 MB，超过 16 MB 上限（bomb.xlsx）');
    expect(ms).toBeLessThan(1000);
    expect(grewMb).toBeLessThan(100);
  });

  it('refuses a merged range exceljs would fill cell by cell (A1:XFD1048576 is 17 billion cells)', async () => {
    const bomb = smallXlsx([['任务', '单位']], '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>');
    const { error, ms } = await refusal(() => readXlsx(bomb));
    expect(error.reason).toBe('tooLarge');
    expect(error.chinese).toContain('合并单元格共超过 200,000 格上限（xl/worksheets/sheet1.xml）');
    expect(ms).toBeLessThan(1000);
  });

  it('reads past a drop-down list applied to the whole sheet (dropped, not expanded cell by cell)', async () => {
    const validations =
      '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"是,否"</formula1></dataValidation></dataValidations>';
    const started = performance.now();
    const text = await readXlsx(
      smallXlsx(
        [
          ['措施', '单位'],
          ['1.公开', '市政府办公室'],
        ],
        validations,
      ),
    );
    expect(performance.now() - started).toBeLessThan(2000);
    expect(text).toBe('| 措施 | 单位 |\n| --- | --- |\n| 1.公开 | 市政府办公室 |\n');
  });

  it('refuses a sheet whose text, one cell at XFD, would square into millions of grid cells', async () => {
    const rows = Array.from({ length: 100 }, (_, r) => [`${r + 1}.公开`]);
    const far = `<row r="101"><c r="XFD101" t="inlineStr"><is><t>远</t></is></c></row>`;
    const near = rows.map(
      ([t], r) => `<row r="${r + 1}"><c r="A${r + 1}" t="inlineStr"><is><t>${t}</t></is></c></row>`,
    );
    const { error } = await refusal(() => readXlsx(xlsxOf(near.join('') + far)));
    expect(error.reason).toBe('tooLarge');
    expect(error.chinese).toContain('101 行 × 16384 列，超过 1,000,000 格上限');
  });
});
