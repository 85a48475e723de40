import { type Deadline, type DeadlineContext, parseDeadline } from '@cascade/engine';

/**
 * Deadline phrases a measure may carry in its own text (垫江: "2022年底前…全部入库", "每个季度更新",
 * "在5个工作日内主动回复"). Only specific forms: words like 及时 or 持续 are not deadlines here.
 */
const PHRASES =
  /(?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?\s*(?:底|末)?\s*(?:前|之前|以前)|\d{4}\s*年\s*(?:底|末)\s*(?:前|之前)?|年底前|上半年|每(?:个)?季度|每半年|每(?:个)?月|每年至少[^，。；,;]{0,12}次|\d+\s*个?工作日内|(?:印发|下发|发布)\s*(?:之日起)?\s*\d+\s*(?:日|天)内/g;

/**
 * The first deadline phrase in a measure's text that parses to something usable, for layouts
 * that have no deadline column or line; null when the text names none.
 */
export function findDeadlineInText(text: string, context: DeadlineContext): Deadline | null {
  for (const m of text.matchAll(PHRASES)) {
    const deadline = parseDeadline(m[0], context);
    if (deadline.kind === 'unspecified') continue;
    const note = [`从措施正文中识别：“${m[0]}”`, deadline.note].filter(Boolean).join('；');
    return { ...deadline, note };
  }
  return null;
}
