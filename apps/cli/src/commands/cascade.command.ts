import { cascadePlan, getOrg, seedOrgTree } from '@cascade/db';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { yearOption } from '../clock-options.ts';
import { withDatabase } from '../open-database.ts';
import { readPlan } from '../read-plan.ts';

/** `pnpm cli cascade <parent file> --owner 441300 [--year 2022]`: derive and store the whole subtree. */
export function registerCascadeCommand(program: Command): void {
  program
    .command('cascade <file>')
    .description('把上级计划逐级派生到整个下级（写入数据库，可中断后续跑）')
    .requiredOption('--owner <code>', '计划制定单位（区划代码，如 441300）')
    .option('--year <year>', '计划年度')
    .action(async (file: string, options: { owner: string; year?: string }) => {
      const parent = await readPlan(file, yearOption(options.year));
      await withDatabase(async (handle) => {
        await seedOrgTree(handle, { onProgress: (m) => console.error(`组织机构树：${m}`) });
        const owner = await getOrg(handle.db, options.owner);
        const bar = new SingleBar({ format: '派生 {bar} {value}/{total} {org}', hideCursor: true });
        let started = false;
        const result = await cascadePlan(handle, {
          parent,
          rootOrgId: owner.id,
          actor: 'cli',
          onProgress: (done, total, org) => {
            if (!started) {
              bar.start(total, 0, { org: '' });
              started = true;
            }
            bar.update(done, { org: org.name });
          },
        });
        bar.stop();
        console.log(
          `${owner.name}：新写入 ${result.plans} 份计划（跳过已有 ${result.skipped} 份），${result.items} 项任务，${result.assignments} 条台账，用时 ${(result.ms / 1000).toFixed(1)} 秒`,
        );
      });
    });
}
