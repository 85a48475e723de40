import {
  addSection,
  type CapabilityChange,
  getOrg,
  getOrgAncestors,
  listChildren,
  type OrgRecord,
  orgStats,
  removeSection,
  renameSection,
  searchOrgs,
  setOrgCapabilities,
} from '@cascade/db';
import {
  CAPABILITY_KEYS,
  CAPABILITY_LABELS,
  capabilitiesOf,
  capabilityValueLabel,
  functionLabelOf,
  isTownshipOffice,
  type OrgCapabilities,
  WEBSITE_LABELS,
} from '@cascade/engine';
import type { Command } from 'commander';
import { withDatabase } from '../open-database.ts';

const LEVELS: Record<string, string> = { province: '省级', city: '市级', county: '县级', township: '乡级' };
const KINDS: Record<string, string> = {
  government: '政府',
  office: '办公室',
  department: '部门',
  section: '股室',
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

/** Who the event log names for what an operator does at the server's console. */
const CLI_ACTOR = 'system:cli';

/** `--set gazette=false website=column pressConferences=default`: default puts one back. */
export function parseCapabilitySettings(pairs: readonly string[]): CapabilityChange {
  const change: Record<string, unknown> = {};
  for (const pair of pairs) {
    const [key = '', value = ''] = pair.split('=').map((p) => p.trim());
    if (!(CAPABILITY_KEYS as readonly string[]).includes(key))
      throw new Error(`没有“${key}”这项能力；可选 ${CAPABILITY_KEYS.join('、')}（写作 能力=值，如 gazette=false）`);
    if (value === 'default') change[key] = null;
    else if (key === 'website') {
      if (!(value in WEBSITE_LABELS)) throw new Error(`website 的值为 own、column、none 或 default，不是“${value}”`);
      change[key] = value;
    } else if (value === 'true' || value === 'false') change[key] = value === 'true';
    else throw new Error(`${key} 的值为 true、false 或 default，不是“${value}”`);
  }
  return change as CapabilityChange;
}

function printCapabilities(org: OrgRecord): void {
  const effective = capabilitiesOf(org);
  const set = org.capabilities ?? {};
  console.log(`${org.name}（${org.id}）的能力：`);
  for (const key of CAPABILITY_KEYS) {
    const value = capabilityValueLabel(key, effective[key] as OrgCapabilities[typeof key]);
    const how = key in set ? '管理员设置' : '本级默认';
    console.log(`  ${CAPABILITY_LABELS[key]}：${value}（${how}）  [${key}]`);
  }
}

const capabilitiesJson = (org: OrgRecord) => ({
  id: org.id,
  name: org.name,
  capabilities: capabilitiesOf(org),
  capabilityOverrides: org.capabilities ?? {},
});

/**
 * `pnpm cli orgs find|stats|capabilities|add-section|rename-section|remove-section`. Changes are
 * events whose actor is `system:cli`.
 */
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
  orgs
    .command('capabilities <orgId>')
    .description('查看或修改单位的能力（政府公报、网站、规范性文件、新闻发布会）；分解时本地化规则按它取舍任务')
    .option(
      '--set <能力=值...>',
      '修改：gazette|normativeDocuments|pressConferences=true|false，website=own|column|none；=default 恢复本级默认',
    )
    .option('--json', '输出 JSON')
    .action(async (orgId: string, options: { set?: string[]; json?: boolean }) => {
      const change = parseCapabilitySettings(options.set ?? []);
      await withDatabase(async ({ db }) => {
        const org = await getOrg(db, orgId);
        const shown = Object.keys(change).length
          ? await setOrgCapabilities(db, { orgId: org.id, change, actor: CLI_ACTOR })
          : org;
        if (options.json) return void console.log(JSON.stringify(capabilitiesJson(shown), null, 2));
        printCapabilities(shown);
      });
    });
  orgs
    .command('add-section <departmentId> <name>')
    .description('在部门下新增股室（科室），如 pnpm cli orgs add-section 441322-justice 行政复议与应诉股')
    .option('--json', '输出 JSON')
    .action(async (departmentId: string, name: string, options: { json?: boolean }) => {
      checkSectionName(name);
      await withDatabase(async ({ db }) => {
        const department = await getOrg(db, departmentId);
        const section = await addSection(db, { departmentId: department.id, name, actor: CLI_ACTOR });
        if (options.json) return void console.log(JSON.stringify(section, null, 2));
        console.log(`已在${department.name}下新增股室 ${section.name}（${section.id}）`);
        printSections(department, await listChildren(db, department.id));
      });
    });
  orgs
    .command('rename-section <sectionId> <name>')
    .description('股室改名（编号、任务分工和账号不变）')
    .action(async (sectionId: string, name: string) => {
      checkSectionName(name);
      await withDatabase(async ({ db }) => {
        const section = await getOrg(db, sectionId);
        const renamed = await renameSection(db, {
          departmentId: section.parentId ?? '',
          sectionId: section.id,
          name,
          actor: CLI_ACTOR,
        });
        console.log(`${section.name}（${section.id}）已改名为 ${renamed.name}`);
      });
    });
  orgs
    .command('remove-section <sectionId>')
    .description('删除股室（仍有任务分工、账号或方案时不能删除）')
    .action(async (sectionId: string) => {
      await withDatabase(async ({ db }) => {
        const section = await getOrg(db, sectionId);
        await removeSection(db, { departmentId: section.parentId ?? '', sectionId: section.id, actor: CLI_ACTOR });
        console.log(`已删除股室 ${section.name}（${section.id}）`);
      });
    });
}

/** The API's rule for a 股室's name, said the same way at the console. */
function checkSectionName(name: string): void {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 30 || /\s/.test(trimmed)) throw new Error('股室名称为 1–30 个字，不含空格');
}

function printSections(department: OrgRecord, children: readonly OrgRecord[]): void {
  const sections = children.filter((c) => c.kind === 'section');
  console.log(`${department.name}的股室（${sections.length}）：${sections.map((s) => s.name).join('、')}`);
}
