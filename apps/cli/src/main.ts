#!/usr/bin/env node
import { Command } from 'commander';
import { registerAccountsCommand } from './commands/accounts.command.ts';
import { registerAnnualReportCommand } from './commands/annual-report.command.ts';
import { registerBackupCommands } from './commands/backup.command.ts';
import { registerCascadeCommand } from './commands/cascade.command.ts';
import { registerDeriveCommand } from './commands/derive.command.ts';
import { registerExportCommand } from './commands/export.command.ts';
import { registerImportCommand } from './commands/import.command.ts';
import { registerLookBackCommand } from './commands/look-back.command.ts';
import { registerOrgsCommand } from './commands/orgs.command.ts';
import { registerScanDeadlinesCommand } from './commands/scan-deadlines.command.ts';
import { registerSeedCommand } from './commands/seed.command.ts';

/** `pnpm cli …`: the command line over the same packages the server uses. */
const program = new Command('cli').description('政务公开计划级联 — command line').showHelpAfterError();

registerOrgsCommand(program);
registerSeedCommand(program);
registerImportCommand(program);
registerExportCommand(program);
registerDeriveCommand(program);
registerCascadeCommand(program);
registerLookBackCommand(program);
registerScanDeadlinesCommand(program);
registerAnnualReportCommand(program);
registerBackupCommands(program);
registerAccountsCommand(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
