import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importPlanText } from '../import/import-plan-text.ts';
import { readDocx } from '../readers/read-docx.ts';
import { chineseDate, exportPlanDocx } from './export-plan-docx.ts';

const plan = importPlanText(
  readFileSync(new URL('../../../../tests/fixtures/import/seed/huizhou-city-2022.txt', import.meta.url), 'utf8'),
);

async function partsOf(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const part = (path: string) => zip.file(path)?.async('string') ?? Promise.resolve('');
  return { document: await part('word/document.xml'), fontTable: await part('word/fontTable.xml') };
}

/** The section properties in document order: the notice's, then the attachment's. */
const sections = (xml: string) => [...xml.matchAll(/<w:sectPr>.*?<\/w:sectPr>/g)].map((m) => m[0]);
/** The eastAsia face of every run whose text is exactly `text`. */
const faceOf = (xml: string, text: string) =>
  [...xml.matchAll(/<w:r>(?:(?!<w:r>).)*?<\/w:r>/g)]
    .map((m) => m[0])
    .filter((r) => r.includes(`>${text}</w:t>`))
    .map((r) => /w:eastAsia="([^"]+)"/.exec(r)?.[1]);

describe('exportPlanDocx', () => {
  it('lays the notice out on A4 portrait and the task table on A4 landscape (GB/T 9704 margins)', async () => {
    const { document } = await partsOf(await exportPlanDocx(plan));
    const [notice, attachment] = sections(document);
    expect(notice).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(notice).toContain('w:top="2098"'); // 天头 37 mm
    expect(attachment).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    // The table comes after the first section break, so it is on the landscape pages.
    expect(document.indexOf('<w:tbl>')).toBeGreaterThan(document.indexOf(notice as string));
    expect(document).toContain('<w:tblHeader/>'); // header row repeated on each page
  });

  it('uses the official faces: 小标宋 red masthead and titles, 仿宋 body and cells, 黑体 headers', async () => {
    const { document, fontTable } = await partsOf(await exportPlanDocx(plan));
    expect(faceOf(document, '惠州市人民政府办公室')[0]).toBe('方正小标宋简体');
    expect(document).toMatch(/<w:color w:val="FF0000"\/>.{0,200}惠州市人民政府办公室/);
    expect(document).toMatch(/<w:bottom w:val="single" w:color="FF0000"/); // the red rule
    expect(faceOf(document, plan.title)).toEqual(['方正小标宋简体']);
    expect(faceOf(document, '惠府办函〔2022〕68号')).toEqual(['仿宋_GB2312']);
    expect(faceOf(document, '附件')).toEqual(['黑体']);
    for (const header of ['序号', '工作任务', '具体措施', '牵头单位', '责任单位', '完成时限']) {
      expect(faceOf(document, header)).toEqual(['黑体']);
    }
    expect(faceOf(document, `1.${plan.items[0]?.text}`)).toEqual(['仿宋_GB2312']);
    // Machines without the GB2312 faces fall back to the common ones.
    expect(fontTable).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fontTable).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
  });

  it('writes the notice in order: masthead, 文号, title, 主送, body, 附件, signature and date, then the table', async () => {
    const text = await readDocx(
      await exportPlanDocx(plan, { recipients: '各县、区人民政府（管委会），市政府各工作部门、直属机构' }),
    );
    const lines = text.split('\n');
    expect(lines.slice(0, 12)).toEqual([
      '惠州市人民政府办公室',
      '惠府办函〔2022〕68号',
      '惠州市人民政府办公室关于印发惠州市2022年政务公开重点工作任务分工方案的通知',
      '各县、区人民政府（管委会），市政府各工作部门、直属机构：',
      '根据《广东省人民政府办公厅关于印发广东省贯彻落实国务院办公厅2022年政务公开工作要点分工方案的通知》（粤府办〔2022〕17号）要求，现将《惠州市2022年政务公开重点工作任务分工方案》印发给你们，请结合实际认真贯彻落实。',
      '附件：惠州市2022年政务公开重点工作任务分工方案',
      '惠州市人民政府办公室',
      '2022年6月18日',
      '附件',
      '惠州市2022年政务公开重点工作任务分工方案',
      '',
      '| 序号 | 工作任务 | 具体措施 | 牵头单位 | 责任单位 | 完成时限 |',
    ]);
  });

  it('takes the notice from options, and prints no masthead for a plan without an issuer', async () => {
    const text = await readDocx(
      await exportPlanDocx(
        { ...plan, issuer: null, docNumber: null, issuedOn: null },
        {
          noticeTitle: '关于印发分工方案的通知',
          body: ['请遵照执行。', '特此通知。'],
          signature: '某办',
          date: '2023-01-05',
        },
      ),
    );
    expect(text.split('\n').slice(0, 6)).toEqual([
      '关于印发分工方案的通知',
      '请遵照执行。',
      '特此通知。',
      '附件：惠州市2022年政务公开重点工作任务分工方案',
      '某办',
      '2023年1月5日',
    ]);
    expect(chineseDate('2022-06-08')).toBe('2022年6月8日');
  });
});
