import { scanDeadlines } from '@cascade/db';
import type { Command } from 'commander';
import { dayOption } from '../clock-options.ts';
import { withDatabase } from '../open-database.ts';

/** `pnpm cli scan-deadlines [--today 2022-12-26]`: the periodic deadline scan, run by hand. */
export function registerScanDeadlinesCommand(program: Command): void {
  program
    .command('scan-deadlines')
    .description('按工作日重新计算红黄绿灯，对转黄、转红的任务发出催办提醒，并按逾期工作日数升级督办（督办单、约谈）')
    .option('--today <date>', '以哪一天为准（YYYY-MM-DD），默认今天')
    .option('--yellow <days>', '剩余不超过几个工作日亮黄灯', '5')
    .action(async (options: { today?: string; yellow: string }) => {
      const today = dayOption('--today', options.today);
      await withDatabase(async (handle) => {
        const r = await scanDeadlines(handle, { today, yellowWorkingDays: Number(options.yellow) || 5 });
        const { raised, badProfiles, notices } = r.escalations;
        console.log(
          `${today}：转绿 ${r.changed.green}，转黄 ${r.changed.yellow}，转红 ${r.changed.red}；催办提醒 ${r.reminders} 条；` +
            `逾期升级：催办 ${raised.remind}，督办单 ${raised.notice}，约谈 ${raised.interview}；` +
            `发出督办通知书 ${notices.notice} 份、约谈通知书 ${notices.interview} 份`,
        );
        for (const bad of badProfiles)
          console.warn(`方案 ${bad.planId} 的升级督办配置有误，已跳过：${bad.problems.join('；')}`);
      });
    });
}
