import { seedOrgTree } from '@cascade/db';
import type { Command } from 'commander';
import { withDatabase } from '../open-database.ts';

/** `pnpm cli seed [--provinces 44,36]`: loads the org tree once (a no-op when loaded). */
export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description('载入全国行政区划与部门（幂等，已载入则跳过）')
    .option('--provinces <codes>', '只载入这些省份（逗号分隔的区划代码，如 44,36）')
    .action(async (options: { provinces?: string }) => {
      const provinces =
        options.provinces
          ?.split(',')
          .map((p) => p.trim())
          .filter(Boolean) ?? [];
      await withDatabase(async (handle) => {
        const result = await seedOrgTree(handle, { provinces, onProgress: (m) => console.error(m) });
        console.log(
          result.skipped
            ? '组织机构树已载入，未做改动。'
            : `已载入 ${result.inserted} 个单位，用时 ${(result.ms / 1000).toFixed(1)} 秒。`,
        );
      });
    });
}
