import { toImportJson } from '@cascade/documents';
import type { DeadlineKind, PlanDraft, UnitRole } from '@cascade/engine';
import type { Command } from 'commander';
import { yearOption } from '../clock-options.ts';
import { readPlan } from '../read-plan.ts';

const KIND_NAMES: Record<DeadlineKind, string> = {
  date: '具体日期',
  month: '月份',
  yearEnd: '年底前',
  recurring: '周期性',
  ongoing: '长期',
  relative: '相对时限',
  perDocument: '按文件规定',
  unspecified: '未写明',
};
const ROLE_NAMES: Record<UnitRole, string> = { lead: '牵头', responsible: '责任', cooperate: '配合' };

function countBy<T>(values: T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** The readable summary: what was found, and every line that was not placed. */
function printSummary(draft: PlanDraft): void {
  const out = (line = '') => console.log(line);
  out(`${draft.title}`);
  out(
    `  文号 ${draft.docNumber ?? '无'}；发文机关 ${draft.issuer ?? '不详'}；成文日期 ${draft.issuedOn ?? '不详'}；年度 ${draft.year}`,
  );
  out(`  依据 ${draft.basis.map((b) => `《${b.title}》（${b.docNumber}）`).join('、') || '无'}`);
  out(`  版式 ${draft.layout ?? '—'}`);
  out();
  out(`工作任务 ${draft.items.length} 项，标题 ${draft.headings.length} 个`);
  for (const role of ['lead', 'responsible', 'cooperate'] as const) {
    const units = new Set(draft.items.flatMap((i) => i.units[role].map((u) => u.text)));
    const items = draft.items.filter((i) => i.units[role].length).length;
    if (units.size) out(`  ${ROLE_NAMES[role]}单位 ${units.size} 个，涉及 ${items} 项任务`);
  }
  const noUnits = draft.items.filter(
    (i) => !i.units.lead.length && !i.units.responsible.length && !i.units.cooperate.length,
  );
  if (noUnits.length) out(`  未识别到单位的任务：${noUnits.map((i) => i.path.join('')).join(' ')}`);
  const kinds = countBy(draft.items.map((i) => i.deadline.kind));
  out(`  完成时限：${[...kinds].map(([k, n]) => `${KIND_NAMES[k]} ${n}`).join('，')}`);
  out();
  out(`前言（通知、说明、表头）${draft.preamble?.length ?? 0} 行，结尾（要求、落款）${draft.closing?.length ?? 0} 行`);
  for (const c of draft.closing ?? []) out(`  结尾 第 ${c.line} 行：${c.text.slice(0, 60)}`);
  if (!draft.unplaced.length) {
    out('所有正文文字均已归入任务。');
    return;
  }
  out(`未能归位的文字 ${draft.unplaced.length} 处（请核对是否漏了任务）：`);
  for (const u of draft.unplaced) out(`  第 ${u.line} 行：${u.text.slice(0, 80)}`);
}

/** `pnpm cli import <file> [--year 2022] [--json]`: a plan document → a structured draft. */
export function registerImportCommand(program: Command): void {
  program
    .command('import <file>')
    .description('导入分工方案 / 工作要点文件（.txt、.md、.docx、.xlsx），输出结构化的计划草稿')
    .option('--year <year>', '计划年度（默认取标题中的年份）')
    .option('--json', '输出 JSON：{ title, docNumber, issuer, issuedOn, year, basis, items, unplaced }')
    .action(async (file: string, options: { year?: string; json?: boolean }) => {
      const draft = await readPlan(file, yearOption(options.year));
      if (options.json) console.log(JSON.stringify(toImportJson(draft), null, 2));
      else printSummary(draft);
    });
}
