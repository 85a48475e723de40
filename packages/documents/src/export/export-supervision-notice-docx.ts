import { AlignmentType, BorderStyle, Document, Packer, Paragraph } from 'docx';
import { chineseDate } from './export-plan-docx.ts';
import { blankLine, fontTableXml, mm, paragraph, RED, run, SIZE } from './official-style.ts';

/** What a 督办通知书 or 约谈通知书 prints: the record as it stands, with its answer if given. */
export type SupervisionNoticeDocument = {
  kind: 'notice' | 'interview';
  /** 文号: 博督〔2022〕3号. */
  docNumber: string;
  issuerName: string;
  unitName: string;
  issuedOn: string;
  answerDueOn: string;
  requirement: string;
  tasks: { label: string; text: string; dueOn: string | null; redWorkingDays: number }[];
  /** Filled in on the 回执 once the unit has signed for it and answered. */
  signedBy?: string | null;
  signedAt?: string | null;
  answerText?: string | null;
  rectifyBy?: string | null;
};

const TITLES = { notice: '督办通知书', interview: '约谈通知书' } as const;

/** A4 in twips; GB/T 9704 margins: 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm. */
const A4 = { width: mm(210), height: mm(297) };
const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
const WIDTH_PT = (A4.width - MARGIN.left - MARGIN.right) / 20;
const charWidth = (text: string) => [...text].reduce((w, c) => w + (c.charCodeAt(0) < 0x100 ? 0.5 : 1), 0);

/**
 * A 督办通知书 / 约谈通知书 in Word, in the 公文 layout of the plan's own notice (GB/T 9704): the
 * issuing office's red masthead in 小标宋, the 文号 over the red rule, the title in 二号 小标宋, the
 * addressed unit (主送), the overdue tasks with their due dates and working days overdue, what is
 * required and by when to answer, the issuing office and date; then the 签收回执 for the unit
 * (filled in once it has signed and answered).
 */
export async function exportSupervisionNoticeDocx(notice: SupervisionNoticeDocument): Promise<Uint8Array> {
  const body = { font: 'body', size: SIZE.三号 } as const;
  const heading = { font: 'heading', size: SIZE.三号 } as const;
  const size = Math.min(SIZE.小初, Math.floor(WIDTH_PT / charWidth(notice.issuerName)));
  const title = TITLES[notice.kind];
  const dateText = chineseDate(notice.issuedOn);
  const children: Paragraph[] = [
    paragraph([run(notice.issuerName, { font: 'title', size, color: RED })], {
      align: AlignmentType.CENTER,
      spacing: { line: Math.round(size * 20 * 1.2) },
    }),
    blankLine(),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [run(notice.docNumber, body)],
      spacing: { after: mm(4) },
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 8 } },
    }),
    blankLine(),
    paragraph([run(title, { font: 'title', size: SIZE.二号 })], {
      align: AlignmentType.CENTER,
      spacing: { line: 700 },
    }),
    blankLine(),
    paragraph([run(`${notice.unitName}：`, body)]),
    paragraph(
      [
        run(
          `经查，你单位承担的以下政务公开工作任务已超过完成时限仍未办结${notice.kind === 'interview' ? '，经督办仍未整改到位' : ''}：`,
          body,
        ),
      ],
      { indentChars: 2 },
    ),
    ...notice.tasks.map((t, i) =>
      paragraph(
        [
          run(
            `${i + 1}. ${t.text}（${t.label ? `方案第${t.label.replace(/[.．、]$/, '')}项，` : ''}完成时限：${t.dueOn ? chineseDate(t.dueOn) : '未写明'}，已逾期${t.redWorkingDays}个工作日）`,
            body,
          ),
        ],
        { indentChars: 2 },
      ),
    ),
    paragraph([run(notice.requirement, body)], { indentChars: 2 }),
    paragraph([run(`答复时限：${chineseDate(notice.answerDueOn)}前。`, body)], { indentChars: 2 }),
    blankLine(),
    blankLine(),
  ];
  // 署名 centred over the 成文日期, which stands four characters from the right margin.
  const right = 4 + Math.max(0, (charWidth(dateText) - charWidth(notice.issuerName)) / 2);
  children.push(
    paragraph([run(notice.issuerName, body)], { align: AlignmentType.RIGHT, rightChars: right }),
    paragraph([run(dateText, body)], { align: AlignmentType.RIGHT, rightChars: 4 }),
    blankLine(),
    new Paragraph({
      children: [],
      border: { bottom: { style: BorderStyle.DASHED, size: 6, color: '000000', space: 1 } },
    }),
    blankLine(),
    paragraph([run('签收回执', heading)], { align: AlignmentType.CENTER }),
    paragraph([run(`文号：${notice.docNumber}`, body)]),
    paragraph([run(`签收单位：${notice.unitName}`, body)]),
    paragraph([run(`签收人：${notice.signedBy ?? ''}`, body)]),
    paragraph([run(`签收时间：${notice.signedAt ? chineseDate(notice.signedAt.slice(0, 10)) : ''}`, body)]),
    paragraph([run(`整改措施：${notice.answerText ?? ''}`, body)]),
    paragraph([run(`整改完成时限：${notice.rectifyBy ? chineseDate(notice.rectifyBy) : ''}`, body)]),
  );
  const document = new Document({
    creator: notice.issuerName,
    title: `${title}（${notice.docNumber}）`,
    styles: {
      default: {
        document: { run: { font: { eastAsia: '仿宋_GB2312', ascii: '仿宋_GB2312', hAnsi: '仿宋_GB2312' }, size: 32 } },
      },
    },
    sections: [{ properties: { page: { size: A4, margin: MARGIN } }, children }],
  });
  const buffer = await Packer.toArrayBuffer(document, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
  return new Uint8Array(buffer);
}
