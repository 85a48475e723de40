import type { Command } from 'commander';

/** `pnpm cli import <file> [--year] [--json]` — owned by the importer work. */
export function registerImportCommand(program: Command): void {
  program.command('import <file>').description('导入分工方案 / 工作要点文件');
}
