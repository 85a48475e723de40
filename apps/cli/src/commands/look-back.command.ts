import { getOrg, runLookBack } from '@cascade/db';
import { createWorkflowRegistry } from '@cascade/engine';
import type { Command } from 'commander';
import { dayOption } from '../clock-options.ts';
import { withDatabase } from '../open-database.ts';

/** `pnpm cli lookback --org 360681 --year 2021`: 回头看 on last year's plans of a subtree. */
export function registerLookBackCommand(program: Command): void {
  program
    .command('lookback')
    .description('回头看：未完成任务转入整改并带入下一年度计划')
    .requiredOption('--org <code>', '回头看的单位（区划代码）')
    .requiredOption('--year <year>', '回头看的计划年度，如 2021')
    .option('--today <date>', '整改期限起算日 YYYY-MM-DD（默认今天，北京时间）')
    .option('--json', '输出 JSON')
    .action(async (options: { org: string; year: string; today?: string; json?: boolean }) => {
      const year = Number(options.year);
      if (!Number.isInteger(year)) throw new Error(`--year 应为年份，如 2021，收到 ${options.year}`);
      await withDatabase(async (handle) => {
        const org = await getOrg(handle.db, options.org);
        const result = await runLookBack(handle, createWorkflowRegistry(), {
          rootOrgId: org.id,
          year,
          actor: { userId: 'cli', orgId: org.id, role: 'supervisor' },
          today: dayOption('--today', options.today),
        });
        if (options.json) {
          console.log(JSON.stringify(result, null, 2));
          return;
        }
        console.log(
          `${org.name}${year}年度回头看：未完成 ${result.unfinished} 项，转入整改 ${result.reopened} 项，带入${year + 1}年度 ${result.carried} 项`,
        );
        console.log(
          `抽查已核验任务 ${result.sampledVerified.length} 项${result.refused.length ? `；未能整改 ${result.refused.length} 项` : ''}`,
        );
        for (const r of result.refused) console.log(`  ${r.assignmentId}：${r.message}`);
        for (const p of result.carryPlans)
          console.log(`结转方案：${p.ownerName}《${p.title}》${p.created ? '（新建草稿，请核对后发布）' : ''}`);
        for (const e of result.earlier)
          console.log(
            `此前 ${e.startedAt.slice(0, 10)} 已由 ${e.startedByName} 开展过本年度回头看（转入整改 ${e.reopened} 项）`,
          );
      });
    });
}
