import type { Command } from 'commander';

/** `pnpm cli orgs find|stats` — owned by the org-tree work. */
export function registerOrgsCommand(program: Command): void {
  program.command('orgs').description('组织机构树 (org tree)');
}
