import type { BasisDocument } from '@cascade/engine';
import { mendSpaces } from './outline-label.ts';

export type Line = { n: number; text: string };

const DOC_NUMBER = /[\u4e00-\u9fa5]{1,10}〔\d{4}〕\d+号/;
const DATE_LINE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const PLAN_TITLE = /(方案|要点|分工|计划|清单|任务)$/;

export type PlanMetadata = {
  title: string | null;
  titleLine: number | null;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: string | null;
  basis: BasisDocument[];
};

function field(lines: Line[], names: RegExp): string | null {
  for (const l of lines) {
    const m = new RegExp(`^\\s*(?:${names.source})\\s*[:：]\\s*(.+)$`).exec(l.text);
    if (m?.[1]?.trim()) return m[1].trim();
  }
  return null;
}

function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/**
 * The document's metadata: 文号, issuer, issue date, the plan's own title and the documents it
 * is based on (根据《…》（文号）). Web-page fields (发布机构: / 成文日期:) win over the body.
 */
export function readMetadata(lines: Line[], firstOutlineLine: number): PlanMetadata {
  const head = lines.filter((l) => l.n < firstOutlineLine);
  const docField = field(head, /文\s*号/);
  const docNumber =
    (docField && DOC_NUMBER.exec(docField)?.[0]) ??
    head.map((l) => l.text.trim()).find((t) => DOC_NUMBER.test(t) && DOC_NUMBER.exec(t)?.[0] === t) ??
    null;
  const dated = head.findIndex((l) => DATE_LINE.test(l.text.trim()));
  const dateField = field(head, /成文日期/);
  const dateMatch = dateField ? /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(dateField) : null;
  const lineDate = dated >= 0 ? DATE_LINE.exec(head[dated]!.text.trim()) : null;
  const issuedOn = dateMatch
    ? isoDate(dateMatch[1]!, dateMatch[2]!, dateMatch[3]!)
    : lineDate
      ? isoDate(lineDate[1]!, lineDate[2]!, lineDate[3]!)
      : null;
  const signature =
    dated > 0
      ? head
          .slice(0, dated)
          .reverse()
          .find((l) => l.text.trim())
          ?.text.trim()
      : undefined;
  const issuer =
    field(head, /发布机构/) ?? (signature && /(政府|办公室|办公厅|局|委员会|委)$/.test(signature) ? signature : null);
  const titles = head.filter((l) => {
    const t = mendSpaces(l.text);
    return t.length >= 6 && t.length <= 60 && PLAN_TITLE.test(t) && !/关于|通知|印发/.test(t);
  });
  const title = titles.at(-1);
  return {
    title: title ? mendSpaces(title.text) : null,
    titleLine: title?.n ?? null,
    docNumber,
    issuer,
    issuedOn,
    basis: readBasis(head.map((l) => l.text).join('\n')),
  };
}

/** 根据《国务院办公厅关于印发…的通知》（国办发〔2022〕8号）: every cited document with its 文号. */
export function readBasis(text: string): BasisDocument[] {
  const found: BasisDocument[] = [];
  const re = /《([^《》]{4,120})》\s*[（(]\s*([^（）()]*?〔\d{4}〕\s*\d+\s*号)\s*[）)]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const doc = { title: mendSpaces(m[1]!), docNumber: m[2]!.replace(/\s+/g, '') };
    if (!found.some((f) => f.docNumber === doc.docNumber)) found.push(doc);
  }
  return found;
}
