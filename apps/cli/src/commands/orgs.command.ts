import { getOrgAncestors, type OrgRecord, orgStats, searchOrgs } from '@cascade/db';
import { functionLabelOf, isTownshipOffice } from '@cascade/engine';
import type { Command } from 'commander';
import { withDatabase } from '../open-database.ts';

const LEVELS: Record<string, string> = { province: '省级', city: '市级', county: '县级', township: '乡级' };
const KINDS: Record<string, string> = {
  government: '政府',
  office: '办公室',
  department: '部门',
  section: '科室',
  zone: '功能区',
};

function facts(org: OrgRecord): string {
  const parts = [LEVELS[org.level] ?? org.level, isTownshipOffice(org) ? '内设机构' : (KINDS[org.kind] ?? org.kind)];
  if (org.divisionType) parts.push(org.divisionType);
  const fn = functionLabelOf(org);
  if (fn) parts.push(`${isTownshipOffice(org) ? '对口' : '职能:'}${fn}`);
  if (org.kind === 'government' || org.kind === 'zone') parts.push(`村${org.villageCount} 社区${org.communityCount}`);
  return parts.join(' · ');
}

/** `pnpm cli orgs find <name|code>` and `pnpm cli orgs stats`. */
export function registerOrgsCommand(program: Command): void {
  const orgs = program.command('orgs').description('组织机构树');
  orgs
    .command('find <query>')
    .description('按名称或区划代码查找单位')
    .option('--json', '输出 JSON')
    .option('--limit <n>', '最多显示条数', '20')
    .action(async (query: string, options: { json?: boolean; limit: string }) => {
      await withDatabase(async ({ db }) => {
        const found = await searchOrgs(db, query, { limit: Number(options.limit) || 20 });
        const withPaths = await Promise.all(
          found.map(async (org) => ({ ...org, ancestors: (await getOrgAncestors(db, org.id)).map((a) => a.name) })),
        );
        if (options.json) {
          console.log(JSON.stringify(withPaths, null, 2));
          return;
        }
        if (!withPaths.length) {
          console.log(`没有找到“${query}”。可输入单位名称的一部分（如 博罗）或区划代码（如 441322）。`);
          return;
        }
        for (const org of withPaths) {
          console.log(`${org.id.padEnd(22)} ${[...org.ancestors, org.name].join(' › ')}  [${facts(org)}]`);
        }
      });
    });
  orgs
    .command('stats')
    .description('统计各级单位数量')
    .option('--json', '输出 JSON')
    .action(async (options: { json?: boolean }) => {
      await withDatabase(async ({ db }) => {
        const s = await orgStats(db);
        if (options.json) {
          console.log(JSON.stringify(s));
          return;
        }
        console.log(
          [
            `省级 ${s.provinces}`,
            `市级 ${s.cities}`,
            `县级 ${s.counties}`,
            `乡级 ${s.townships}`,
            `部门 ${s.departments}`,
            `办公室 ${s.offices}`,
            `乡镇（街道）内设机构 ${s.townshipOffices}`,
            `股室 ${s.sections}`,
            `合计 ${s.total}`,
          ].join('\n'),
        );
      });
    });
}
