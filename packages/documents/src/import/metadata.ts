import { type BasisDocument, normalizeDateText } from '@cascade/engine';
import type { Line, TextLine } from './block.ts';
import { mendSpaces, readOutlineLabel } from './outline-label.ts';

/** 文号: 惠府办函〔2022〕68号; copies write the year brackets many ways ([2022], 【2022】, (2022)). */
const DOC_NUMBER = /([\u4e00-\u9fa5]{1,12})\s*[〔［[【(（﹝]\s*(\d{4})\s*[〕］\]】)）﹞]\s*(\d{1,4})\s*号/;
const DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
/** How a plan's own title ends: …分工方案, …工作要点, …任务清单, optionally (试行). */
const PLAN_TITLE = /(方案|要点|分工|计划|清单|任务|安排|措施|台账)(?:[（(][^（）()]{1,10}[）)])?$/;
const AGENCY = /(政府|办公室|办公厅|局|委员会|委|办|中心|领导小组)$/;

export type PlanMetadata = {
  title: string | null;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: string | null;
  basis: BasisDocument[];
};

/** Web-page fields before the document ("发布机构: 惠州市人民政府办公室", "成文日期: 2022-06-18"). */
function field(lines: TextLine[], name: RegExp): string | null {
  const re = new RegExp(`^\\s*(?:【\\s*(?:${name.source})\\s*】|(?:${name.source})\\s*[:：])\\s*(.+)$`);
  for (const l of lines) {
    const value = re.exec(l.text)?.[1]?.trim();
    if (value) return value;
  }
  return null;
}

function normalizeDocNumber(text: string): string | null {
  const m = DOC_NUMBER.exec(text.replace(/\s+/g, ''));
  return m ? `${m[1]}〔${m[2]}〕${m[3]}号` : null;
}

function readDate(text: string): string | null {
  const m = DATE.exec(normalizeDateText(text.replace(/\s+/g, '')));
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null;
}

const nonEmpty = (lines: Line[]) => lines.filter((l) => l.text.trim());

/**
 * The plan's own title (惠州市2022年政务公开重点工作任务分工方案): the last title-like line before
 * the outline starts — not the notice's title (关于印发…的通知) nor a line of it broken in two.
 */
export function findPlanTitle(lines: Line[]): Line | null {
  const found = findTitleLine(lines);
  if (!found || /\d{4}/.test(found.text)) return found;
  // A title broken over two lines ("惠州市2022年政务公开重点工作" + "任务分工方案"): the line
  // above, when it is a bare fragment, is its first half.
  const filled = nonEmpty(lines.filter((l) => l.n < found.n));
  const above = filled.at(-1);
  const t = above ? mendSpaces(above.text) : '';
  const isFragment =
    t.length >= 2 && t.length <= 40 && !/[:：，,。；;、|\t]|关于|通知|印发/.test(t) && !readOutlineLabel(t);
  return above && isFragment && /\d{4}/.test(t) ? { n: found.n, text: `${t}${mendSpaces(found.text)}` } : found;
}

function findTitleLine(lines: Line[]): Line | null {
  const filled = nonEmpty(lines);
  const candidates = filled.filter((l, i) => {
    // A row of cells (a table header) is no title, even once mendSpaces has joined its cells.
    if (/\t|\|/.test(l.text)) return false;
    const t = mendSpaces(l.text.replace(/^#+\s*/, ''));
    if (t.length < 6 || t.length > 80 || !PLAN_TITLE.test(t) || readOutlineLabel(t)) return false;
    if (/关于|通知|印发|根据|[:：，,。；;|\t]/.test(t)) return false;
    const before = filled[i - 1]?.text ?? '';
    const after = filled[i + 1]?.text.trim() ?? '';
    return !(/关于/.test(before) && !/通知/.test(before)) && !/通知$/.test(after);
  });
  return candidates.at(-1) ?? null;
}

/**
 * The document's metadata from the text around the outline: 文号, issuer (发布机构 or the office
 * signing the notice), issue date (成文日期 or the date under the signature), the documents the
 * plan is based on (every 《…》（文号） cited before the outline) and its title.
 *
 * @param head lines before the outline (web fields, notice, the plan's introduction)
 * @param closing lines after it (a signature may close the document instead)
 * @param titleLine the plan's own title line, when there is one
 */
export function readMetadata(head: TextLine[], closing: TextLine[], titleLine: TextLine | null): PlanMetadata {
  const docNumber =
    normalizeDocNumber(field(head, /文\s*号|发文字号/) ?? '') ??
    head.map((l) => l.text.trim()).find((t) => normalizeDocNumber(t) && t.replace(/\s+/g, '').length <= 24) ??
    null;
  const signed = [...head, ...closing];
  const dated = signed.findIndex((l) => readDate(l.text) !== null);
  const signature = dated > 0 ? mendSpaces(signed[dated - 1]?.text ?? '') : '';
  const noticeTitle = mendSpaces(field(head, /名\s*称|标\s*题/) ?? head.map((l) => l.text.trim()).join(''));
  const writtenOn = field(head, /成文日期|发文日期/);
  return {
    title: titleLine ? mendSpaces(titleLine.text.replace(/^#+\s*/, '')) : fallbackTitle(head, noticeTitle),
    docNumber: docNumber && normalizeDocNumber(docNumber),
    issuer:
      field(head, /发布机构|发文机关|发文单位/) ??
      (AGENCY.test(signature) && signature.length <= 30 ? signature : null) ??
      /^(.{2,30}?)关于印发/.exec(noticeTitle)?.[1] ??
      null,
    issuedOn:
      (writtenOn && (readDate(writtenOn) ?? /^(\d{4}-\d{2}-\d{2})/.exec(writtenOn)?.[1])) ??
      (dated >= 0 ? readDate(signed[dated]!.text) : null),
    basis: readBasis(head.map((l) => l.text).join('\n')),
  };
}

/**
 * Without a title line: the plan cited as 《…》 in the notice (or by its file name, 《….docx》, as a
 * document-sharing site names it), else the notice's 关于印发…的通知.
 */
function fallbackTitle(head: TextLine[], noticeTitle: string): string | null {
  const text = mendSpaces(head.map((l) => l.text.trim()).join(''));
  for (const m of text.matchAll(/《([^《》]{4,80})》/g)) {
    const name = (m[1] as string).replace(/\.(?:docx?|wps|pdf|txt)$/i, '');
    if (PLAN_TITLE.test(name) && !/关于|通知/.test(name)) return name;
  }
  return /关于印发(.{4,80}?)的通知/.exec(noticeTitle)?.[1] ?? null;
}

/** 根据《国务院办公厅关于印发…的通知》（国办发〔2022〕8号）: every cited document with its 文号. */
export function readBasis(text: string): BasisDocument[] {
  const found: BasisDocument[] = [];
  const re =
    /《([^《》\n]{4,120})》\s*[（(]\s*([^（）()\n]{0,16}?[〔［[【(（﹝]\s*\d{4}\s*[〕］\]】)）﹞]\s*\d{1,4}\s*号)[^（）()\n]{0,30}[）)]/g;
  for (const m of text.matchAll(re)) {
    const docNumber = normalizeDocNumber(m[2] as string);
    if (docNumber && !found.some((f) => f.docNumber === docNumber)) {
      found.push({ title: mendSpaces(m[1] as string), docNumber });
    }
  }
  return found;
}
