import type { PlanDraft } from '@cascade/engine';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  type Table,
  TextRun,
} from 'docx';
import { blankLine, fontTableXml, mm, paragraph, RED, run, SIZE } from './official-style.ts';
import { planDocxTable } from './plan-docx-table.ts';
import { planTaskTable } from './plan-task-table.ts';

export type PlanDocxOptions = {
  /** 发文机关标志, the red masthead; default the plan's issuer. Without one there is no masthead. */
  issuerMark?: string | null;
  /** 发文字号; default the plan's. */
  docNumber?: string | null;
  /** The notice's title; default 「{issuer}关于印发{plan title}的通知」. */
  noticeTitle?: string;
  /** 主送机关, e.g. 各县、区人民政府，市政府各部门 (the colon is added). */
  recipients?: string | null;
  /** The notice's body paragraphs; default one 现将《…》印发给你们 paragraph citing the plan's basis. */
  body?: string[];
  /** 发文机关署名; default the issuer. */
  signature?: string | null;
  /** 成文日期 as YYYY-MM-DD; default the plan's issue date. */
  date?: string | null;
};

/** A4 in twips; GB/T 9704 margins: 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm. */
const A4 = { width: mm(210), height: mm(297) };
const PORTRAIT_MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
/** The landscape table pages turn the same 版心 on its side: 225 mm wide. */
const LANDSCAPE_MARGIN = { top: mm(28), bottom: mm(26), left: mm(37), right: mm(35) };
const LANDSCAPE_WIDTH = A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;
const PORTRAIT_WIDTH_PT = (A4.width - PORTRAIT_MARGIN.left - PORTRAIT_MARGIN.right) / 20;

/** 2022-06-18 → 2022年6月18日 (成文日期 in Arabic numerals, no leading zeros). */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Printed width in characters: CJK one, digits and Latin half. */
const charWidth = (text: string) => [...text].reduce((w, c) => w + (c.charCodeAt(0) < 0x100 ? 0.5 : 1), 0);

/** 页码: "— 1 —" in 四号 宋体 under the text. */
function pageFooter(): Footer {
  const style = { font: { eastAsia: '宋体', ascii: '宋体', hAnsi: '宋体' }, size: SIZE.四号 * 2 };
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ ...style, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

function defaultBody(plan: PlanDraft): string[] {
  const basis = plan.basis[0];
  const according = basis ? `根据《${basis.title}》${basis.docNumber ? `（${basis.docNumber}）` : ''}要求，` : '';
  return [`${according}现将《${plan.title}》印发给你们，请结合实际认真贯彻落实。`];
}

/** 版头, 文号, red rule, title, 主送, body, 附件说明, 署名 and date: the notice on portrait pages. */
function noticeChildren(plan: PlanDraft, options: PlanDocxOptions): Paragraph[] {
  const issuer = options.issuerMark === undefined ? plan.issuer : options.issuerMark;
  const docNumber = options.docNumber === undefined ? plan.docNumber : options.docNumber;
  const date = options.date === undefined ? plan.issuedOn : options.date;
  const signature = options.signature === undefined ? plan.issuer : options.signature;
  const title = options.noticeTitle ?? `${issuer ?? ''}关于印发${plan.title}的通知`;
  const body = { font: 'body', size: SIZE.三号 } as const;
  const out: Paragraph[] = [];
  if (issuer) {
    // The masthead fills at most the 版心's width, up to 小初 size.
    const size = Math.min(SIZE.小初, Math.floor(PORTRAIT_WIDTH_PT / charWidth(issuer)));
    out.push(
      paragraph([run(issuer, { font: 'title', size, color: RED })], {
        align: AlignmentType.CENTER,
        spacing: { line: Math.round(size * 20 * 1.2) },
      }),
      blankLine(),
    );
  }
  const rule = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: docNumber ? [run(docNumber, body)] : [],
    spacing: { after: mm(4) },
    border: issuer ? { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 8 } } : {},
  });
  out.push(rule, blankLine(), blankLine());
  out.push(
    paragraph([run(title, { font: 'title', size: SIZE.二号 })], {
      align: AlignmentType.CENTER,
      spacing: { line: 700 },
    }),
    blankLine(),
  );
  if (options.recipients) out.push(paragraph([run(`${options.recipients.replace(/[：:]$/, '')}：`, body)]));
  for (const text of options.body ?? defaultBody(plan)) out.push(paragraph([run(text, body)], { indentChars: 2 }));
  out.push(blankLine(), paragraph([run(`附件：${plan.title}`, body)], { indentChars: 2 }), blankLine(), blankLine());
  const dateText = date ? chineseDate(date) : '';
  if (signature) {
    // 署名 centred over the 成文日期, which stands four characters from the right margin.
    const right = 4 + Math.max(0, (charWidth(dateText) - charWidth(signature)) / 2);
    out.push(paragraph([run(signature, body)], { align: AlignmentType.RIGHT, rightChars: right }));
  }
  if (dateText) out.push(paragraph([run(dateText, body)], { align: AlignmentType.RIGHT, rightChars: 4 }));
  return out;
}

/** The 附件 page: 附件 label in 黑体, the plan's title, then its task table. */
function attachmentChildren(plan: PlanDraft): (Paragraph | Table)[] {
  return [
    paragraph([run('附件', { font: 'heading', size: SIZE.三号 })], { align: AlignmentType.LEFT }),
    blankLine(),
    paragraph([run(plan.title, { font: 'title', size: SIZE.二号 })], {
      align: AlignmentType.CENTER,
      spacing: { line: 700 },
    }),
    blankLine(),
    planDocxTable(planTaskTable(plan), LANDSCAPE_WIDTH),
  ];
}

/**
 * A plan as an official document (公文, after GB/T 9704) in Word: the notice that issues it —
 * red masthead with the issuer in 小标宋, 文号 over a red rule, title in 二号 小标宋, 主送, body in
 * 三号 仿宋_GB2312, 附件说明, signature and date — on A4 portrait pages, then the attachment, the
 * task table (序号 / 工作任务 / 具体措施 / 牵头单位 / 责任单位 / 完成时限) on A4 landscape pages with
 * its header row repeated on each page.
 *
 * Read back with readDocx + importPlanText it gives the same measures, units and deadlines.
 */
export async function exportPlanDocx(plan: PlanDraft, options: PlanDocxOptions = {}): Promise<Uint8Array> {
  const footers = { default: pageFooter() };
  const document = new Document({
    creator: options.signature ?? plan.issuer ?? '',
    title: plan.title,
    styles: {
      default: {
        document: { run: { font: { eastAsia: '仿宋_GB2312', ascii: '仿宋_GB2312', hAnsi: '仿宋_GB2312' }, size: 32 } },
      },
    },
    sections: [
      {
        properties: { page: { size: A4, margin: PORTRAIT_MARGIN } },
        footers,
        children: noticeChildren(plan, options),
      },
      {
        properties: {
          page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: LANDSCAPE_MARGIN },
        },
        footers,
        children: attachmentChildren(plan),
      },
    ],
  });
  // The generated font table is empty; ours names each face's fallback (仿宋_GB2312 → 仿宋).
  const buffer = await Packer.toArrayBuffer(document, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
  return new Uint8Array(buffer);
}
