import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportPlanDocx, exportPlanXlsx } from '@cascade/documents';
import type { Command } from 'commander';
import { yearOption } from '../clock-options.ts';
import { readPlan } from '../read-plan.ts';

const WRITERS = { '.docx': exportPlanDocx, '.xlsx': exportPlanXlsx } as const;

/**
 * `pnpm cli export <file> --out plan.docx|plan.xlsx`: a plan document (text, markdown, .docx,
 * .xlsx) rewritten as the official Word document (GB/T 9704, with the task table) or as a sheet.
 */
export function registerExportCommand(program: Command): void {
  program
    .command('export <file>')
    .description('将分工方案导出为公文格式的 Word（.docx，含任务表）或 Excel（.xlsx）')
    .requiredOption('--out <file>', '输出文件，扩展名 .docx 或 .xlsx')
    .option('--year <year>', '计划年度（默认取标题中的年份）')
    .action(async (file: string, options: { out: string; year?: string }) => {
      const ext = path.extname(options.out).toLowerCase();
      if (!(ext in WRITERS)) throw new Error(`--out 的扩展名应为 .docx 或 .xlsx，收到 ${options.out}`);
      const draft = await readPlan(file, yearOption(options.year));
      const bytes = await WRITERS[ext as keyof typeof WRITERS](draft);
      await writeFile(options.out, bytes);
      console.log(`已导出 ${draft.items.length} 项任务 → ${options.out}（${bytes.byteLength} 字节）`);
    });
}
