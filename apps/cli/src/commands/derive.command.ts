import { getOrg, listSubtree, seedOrgTree } from '@cascade/db';
import { createOrgDirectory, derivePlan } from '@cascade/engine';
import type { Command } from 'commander';
import { yearOption } from '../clock-options.ts';
import { withDatabase } from '../open-database.ts';
import { readPlan } from '../read-plan.ts';

/** `pnpm cli derive <parent file> --owner <code> --org <code> [--year] [--json]`. */
export function registerDeriveCommand(program: Command): void {
  program
    .command('derive <file>')
    .description('由上级计划派生下级单位的计划草稿（继承、本地化、溯源）')
    .requiredOption('--owner <code>', '上级计划的制定单位（区划代码，如 441300）')
    .requiredOption('--org <code>', '派生给哪个下级单位（如 441322）')
    .option('--year <year>', '计划年度')
    .option('--json', '输出 JSON')
    .action(async (file: string, options: { owner: string; org: string; year?: string; json?: boolean }) => {
      const parent = await readPlan(file, yearOption(options.year));
      const derivation = await withDatabase(async (handle) => {
        await seedOrgTree(handle, { onProgress: (m) => console.error(`组织机构树：${m}`) });
        const owner = await getOrg(handle.db, options.owner);
        const child = await getOrg(handle.db, options.org);
        if (!child.path.startsWith(owner.path) || child.id === owner.id) {
          throw new Error(`${child.name}（${child.id}）不是 ${owner.name}（${owner.id}）的下级单位`);
        }
        const directory = createOrgDirectory(await listSubtree(handle.db, owner.id));
        return derivePlan(parent, owner, child, directory);
      });
      if (options.json) {
        console.log(
          JSON.stringify(
            {
              owner: derivation.owner.id,
              org: derivation.child.id,
              items: derivation.items.map((i) => ({
                label: i.label,
                sourceLabel: i.sourceLabel,
                path: i.path,
                text: i.text,
                lead: i.units.lead,
                responsible: i.units.responsible,
                cooperate: i.units.cooperate,
                deadline: { text: i.deadline.text, kind: i.deadline.kind, due: i.deadline.due },
                status: i.status,
                trace: i.trace,
              })),
              excluded: derivation.excluded,
            },
            null,
            2,
          ),
        );
        return;
      }
      console.log(
        `${derivation.owner.name} → ${derivation.child.name}：继承 ${derivation.items.length} 项，不涉及 ${derivation.excluded.length} 项`,
      );
      for (const i of derivation.items) {
        console.log(
          `  ${i.label} [${i.status === 'localized' ? '已本地化' : '原样继承'}] 牵头：${i.units.lead.join('、') || '—'}；责任：${i.units.responsible.join('、') || '—'}；时限：${i.deadline.text || '—'}`,
        );
      }
      for (const e of derivation.excluded) console.log(`  ${e.sourceLabel} 不涉及：${e.reason}`);
    });
}
