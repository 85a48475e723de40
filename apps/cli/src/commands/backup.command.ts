import { existsSync } from 'node:fs';
import { backupDatabase, restoreDatabase } from '@cascade/db';
import type { Command } from 'commander';
import { withDatabase } from '../open-database.ts';

const where = () =>
  process.env.DATABASE_URL
    ? 'PostgreSQL（DATABASE_URL）'
    : `内嵌数据库（${process.env.PGLITE_DIR ?? './data/pglite'}）`;

/**
 * `pnpm cli backup <file>` / `pnpm cli restore <file>`: the whole database in one gzip file of a
 * logical format both engines read (see packages/db/src/backup). The database is the one
 * DATABASE_URL names, else the embedded one under PGLITE_DIR.
 */
export function registerBackupCommands(program: Command): void {
  program
    .command('backup <file>')
    .description('把整个数据库备份到一个文件（内嵌数据库请先停止服务）')
    .option('--force', '覆盖已有的文件')
    .action(async (file: string, options: { force?: boolean }) => {
      if (existsSync(file) && !options.force) throw new Error(`${file} 已存在；要覆盖请加 --force`);
      const summary = await withDatabase((handle) => backupDatabase(handle, file));
      console.log(
        `已备份 ${where()}：${summary.tables} 张表，${summary.rows} 行，${(summary.bytes / 1024).toFixed(0)} KB，用时 ${(summary.ms / 1000).toFixed(1)} 秒 → ${file}`,
      );
    });
  program
    .command('restore <file>')
    .description('把备份文件恢复到一个新建的空数据库（要恢复的库必须没有数据）')
    .action(async (file: string) => {
      const summary = await withDatabase((handle) => restoreDatabase(handle, file));
      console.log(
        `已恢复到 ${where()}：${summary.tables} 张表，${summary.rows} 行，用时 ${(summary.ms / 1000).toFixed(1)} 秒`,
      );
    });
}
