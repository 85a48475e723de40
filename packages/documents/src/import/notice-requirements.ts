import type { Line } from './block.ts';

/** "…印发给你们，并提出如下工作要求" / "现就有关事项通知如下": the numbered paragraphs after it are the notice's. */
const ASKS_REQUIREMENTS = /(?:提出|明确)(?:如下|以下)[^。；]{0,8}要求|(?:有关|相关)?事项通知如下|要求如下|通知如下/;
/** The date under the notice's signature: the notice ends there and the attached plan may follow. */
const SIGNATURE_DATE =
  /^\s*(?:\d{4}|[二〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*$/;

/**
 * Where the notice's own requirements end, when a notice says it sets some (提出如下工作要求) and
 * the plan's title was not found before them: the line after the signature date, or past the end
 * when the text holds only the notice (the task list is an attachment not in this text). null when
 * the text has no such notice.
 */
export function endOfNoticeRequirements(lines: Line[], outline: number): number | null {
  const asks = lines.find((l) => l.n < outline + 1 && ASKS_REQUIREMENTS.test(l.text));
  if (!asks) return null;
  const date = lines.find((l) => l.n > asks.n && SIGNATURE_DATE.test(l.text));
  return date ? date.n + 1 : (lines.at(-1)?.n ?? 0) + 1;
}
