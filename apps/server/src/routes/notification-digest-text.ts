import type { InboxEntry } from '@cascade/db';

type Lang = 'zh' | 'en';

/** How many unit names an entry's heading names before "等N个单位". */
const NAMED = 3;

/**
 * The units an inbox entry is about, as its reader sees them: the one unit's name, or the first
 * few and how many (郭家镇、石坝镇、湖镇镇等18个单位 / A, B, C and 15 more units).
 */
export function unitsOfDigest(lang: Lang, entry: Pick<InboxEntry, 'orgName' | 'units' | 'unitCount'>): string {
  if (entry.unitCount <= 1 || entry.units.length === 0) return entry.orgName;
  const named = entry.units.slice(0, NAMED);
  if (lang === 'en') {
    const more = entry.unitCount - named.length;
    return more > 0 ? `${named.join(', ')} and ${more} more units` : named.join(', ');
  }
  return entry.unitCount > named.length
    ? `${named.join('、')}等${entry.unitCount}个单位`
    : `${named.join('、')}（${entry.unitCount}个单位）`;
}

/**
 * An entry's message: the newest event's, followed by the 文号 of the 督办单 / 约谈 behind an
 * escalation, and by how many messages it folds when one unit got several (three urges in a day).
 */
export function digestMessage(
  lang: Lang,
  entry: Pick<InboxEntry, 'count' | 'unitCount' | 'docNumbers' | 'docCount'>,
  newest: string,
): string {
  const parts = [newest];
  if (entry.docNumbers.length) {
    const more = entry.docCount > entry.docNumbers.length;
    parts.push(
      lang === 'en'
        ? `notice no. ${entry.docNumbers.join(', ')}${more ? ` and ${entry.docCount - entry.docNumbers.length} more` : ''}`
        : `文号 ${entry.docNumbers.join('、')}${more ? `等${entry.docCount}份` : ''}`,
    );
  }
  if (entry.count > Math.max(1, entry.unitCount))
    parts.push(lang === 'en' ? `${entry.count} messages` : `共${entry.count}条`);
  return parts.join(lang === 'en' ? '; ' : '；');
}
