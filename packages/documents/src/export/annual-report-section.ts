import type { AnnualReportSection } from '@cascade/engine';

export type { AnnualReportSection } from '@cascade/engine';

const percent = (n: number, total: number) => (total ? `${((n / total) * 100).toFixed(1)}%` : '0%');
const shorten = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** The section's paragraphs as plain sentences (shared by Markdown and .docx). */
export function annualReportParagraphs(s: AnnualReportSection): { heading: string; paragraphs: string[] }[] {
  const states = s.byState.filter((b) => b.count > 0).map((b) => `${b.label}${b.count}项`);
  const overview =
    `${s.year}年，${s.orgName}按照《${s.planTitle}》逐项分解任务，共形成任务分工${s.total}项（截至${s.asOf}）。` +
    `其中${states.join('、') || '暂无任务'}；已完成（已核验、已销号）${s.done}项，完成率${percent(s.done, s.total)}。` +
    (s.feedback ? `应反馈工作台账的下级单位${s.feedback.total}个，已按时限反馈${s.feedback.fedBack}个。` : '');
  const overdue = s.overdue.length
    ? [
        `逾期未完成的任务${s.overdue.length}项，已督促责任单位加快推进：`,
        ...s.overdue.map(
          (o, i) =>
            `${i + 1}. ${o.itemLabel}${shorten(o.itemText)}（${o.orgName}，应于${o.dueOn}前完成，${o.stateLabel}）`,
        ),
      ]
    : ['无逾期未完成的任务。'];
  const rectifications = s.rectifications.length
    ? [
        `对上一年度任务开展“回头看”，转入整改${s.rectifications.length}项，实行打表推进、销号管理：`,
        ...s.rectifications.map(
          (r, i) =>
            `${i + 1}. ${r.itemLabel}${shorten(r.itemText)}（${r.orgName}，${r.stateLabel}${r.carriedInto ? `，已结转${r.carriedInto}` : ''}）`,
        ),
      ]
    : ['“回头看”未发现需要整改的任务。'];
  return [
    { heading: '一、任务分工落实总体情况', paragraphs: [overview] },
    { heading: '二、逾期任务', paragraphs: overdue },
    { heading: '三、“回头看”整改情况', paragraphs: rectifications },
  ];
}

/** The section as Markdown (also readable as plain text), to paste into the annual report. */
export function renderAnnualReportMarkdown(s: AnnualReportSection): string {
  const lines = [`# ${s.orgName}${s.year}年度政务公开工作任务落实情况`, ''];
  for (const part of annualReportParagraphs(s)) {
    lines.push(`## ${part.heading}`, '');
    for (const p of part.paragraphs) lines.push(p, '');
  }
  lines.push('| 状态 | 数量 | 占比 |', '|---|---:|---:|');
  for (const b of s.byState) lines.push(`| ${b.label} | ${b.count} | ${percent(b.count, s.total)} |`);
  lines.push(`| 合计 | ${s.total} | 100% |`, '');
  return lines.join('\n');
}
