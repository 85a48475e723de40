import { AlignmentType, Document, Packer } from 'docx';
import { type AnnualReportSection, annualReportParagraphs } from './annual-report-section.ts';
import { fontTableXml, mm, paragraph, run, SIZE } from './official-style.ts';

const A4 = { width: mm(210), height: mm(297) };
const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };

/**
 * The annual-report section as a .docx in the house 公文 style (GB/T 9704 page, 小标宋 title,
 * 黑体 headings, 仿宋 三号 body with a two-character first-line indent), ready to be pasted
 * into the 政府信息公开工作年度报告.
 */
export async function exportAnnualReportDocx(section: AnnualReportSection): Promise<Uint8Array> {
  const title = paragraph(
    [run(`${section.orgName}${section.year}年度政务公开工作任务落实情况`, { font: 'title', size: SIZE.二号 })],
    { align: AlignmentType.CENTER, spacing: { after: 560 } },
    SIZE.二号,
  );
  const body = annualReportParagraphs(section).flatMap((part) => [
    paragraph([run(part.heading, { font: 'heading', size: SIZE.三号 })], { indentChars: 2, keepNext: true }),
    ...part.paragraphs.map((p) => paragraph([run(p, { font: 'body', size: SIZE.三号 })], { indentChars: 2 })),
  ]);
  const document = new Document({
    title: `${section.orgName}${section.year}年度政务公开工作任务落实情况`,
    styles: {
      default: {
        document: { run: { font: { eastAsia: '仿宋_GB2312', ascii: '仿宋_GB2312', hAnsi: '仿宋_GB2312' }, size: 32 } },
      },
    },
    sections: [{ properties: { page: { size: A4, margin: MARGIN } }, children: [title, ...body] }],
  });
  const buffer = await Packer.toArrayBuffer(document, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
  return new Uint8Array(buffer);
}
