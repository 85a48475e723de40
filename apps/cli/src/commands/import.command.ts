import { importPlanFile, toImportJson } from '@cascade/documents';
import type { Command } from 'commander';

/** `pnpm cli import <file> [--year 2022] [--json]`: a plan document → a structured draft. */
export function registerImportCommand(program: Command): void {
  program
    .command('import <file>')
    .description('导入分工方案 / 工作要点文件（.txt、.md）')
    .option('--year <year>', '计划年度（默认取标题中的年份）')
    .option('--json', '输出 JSON')
    .action(async (file: string, options: { year?: string; json?: boolean }) => {
      const year = options.year ? Number(options.year) : undefined;
      if (options.year && !Number.isInteger(year)) throw new Error(`--year 应为年份，如 2022，收到 ${options.year}`);
      const draft = await importPlanFile(file, undefined, year ? { year } : {});
      if (options.json) {
        console.log(JSON.stringify(toImportJson(draft), null, 2));
        return;
      }
      const kinds = new Map<string, number>();
      for (const item of draft.items) kinds.set(item.deadline.kind, (kinds.get(item.deadline.kind) ?? 0) + 1);
      console.log(
        `${draft.title}（${draft.docNumber ?? '无文号'}，${draft.issuer ?? '发文机关不详'}，${draft.issuedOn ?? '日期不详'}）`,
      );
      console.log(`年度 ${draft.year}；依据 ${draft.basis.map((b) => b.docNumber).join('、') || '无'}`);
      console.log(`标题 ${draft.headings.length} 个，工作任务 ${draft.items.length} 项`);
      console.log(`完成时限：${[...kinds].map(([k, n]) => `${k} ${n}`).join('，')}`);
      const noUnits = draft.items.filter((i) => !i.units.lead.length && !i.units.responsible.length);
      if (noUnits.length) console.log(`未识别到责任单位的任务：${noUnits.map((i) => i.label).join(' ')}`);
      console.log(draft.unplaced.length ? `未能归位的文字 ${draft.unplaced.length} 处：` : '所有文字均已归位。');
      for (const u of draft.unplaced) console.log(`  第 ${u.line} 行：${u.text.slice(0, 80)}`);
    });
}
