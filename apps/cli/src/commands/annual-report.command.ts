import { writeFileSync } from 'node:fs';
import { summarizePlanImplementation } from '@cascade/db';
import { exportAnnualReportDocx, renderAnnualReportMarkdown } from '@cascade/documents';
import type { Command } from 'commander';
import { dayOption } from '../clock-options.ts';
import { withDatabase } from '../open-database.ts';

/** `pnpm cli annual-report --plan <id> [--out file.docx|file.md] [--as-of 2022-12-31]`. */
export function registerAnnualReportCommand(program: Command): void {
  program
    .command('annual-report')
    .description('导出方案落实情况（政府信息公开工作年度报告所需章节）：Markdown 或 .docx')
    .requiredOption('--plan <id>', '方案编号')
    .option('--out <file>', '写入文件（.docx 为 Word，其他为 Markdown）；默认输出到屏幕')
    .option('--as-of <date>', '统计截至哪一天（YYYY-MM-DD），默认今天')
    .action(async (options: { plan: string; out?: string; asOf?: string }) => {
      const asOf = dayOption('--as-of', options.asOf);
      await withDatabase(async (handle) => {
        const section = await summarizePlanImplementation(handle.db, { planId: options.plan, asOf });
        if (!options.out) {
          console.log(renderAnnualReportMarkdown(section));
          return;
        }
        const bytes = options.out.toLowerCase().endsWith('.docx')
          ? await exportAnnualReportDocx(section)
          : new TextEncoder().encode(renderAnnualReportMarkdown(section));
        writeFileSync(options.out, bytes);
        console.log(`已写入 ${options.out}（任务分工 ${section.total} 项，逾期 ${section.overdue.length} 项）`);
      });
    });
}
