import type { PlanDetail, PlanSummary } from '@cascade/contracts';
import { STANDARD_VARIANTS, STANDARD_WORKFLOW } from '@cascade/engine';
import type { ApiSession } from '../http/in-process-session.ts';
import { DEMO_ACCOUNTS } from './demo-accounts.ts';
import {
  enc,
  ensurePublished,
  ensurePublishedImport,
  ensureSections,
  ledgerRows,
  reportOnce,
  returnIfReported,
  urgeOnce,
  verifyIfReported,
} from './demo-steps.ts';

export type DemoContext = {
  /** A signed-in session of a demo account (one per account for the whole run). */
  as: (username: string) => Promise<ApiSession>;
  log: (line: string) => void;
};

/** One province's share of the demo: built when its accounts' orgs are in the loaded org tree. */
export type DemoPart = {
  key: string;
  /** Whose story it tells, for the log (跳过垫江县的部分). */
  name: string;
  province: { code: string; name: string };
  /** The accounts it signs in as; their orgs must be loaded. */
  accounts: readonly string[];
  /** Further orgs it works on, which must be loaded too. */
  orgs?: readonly string[];
  build: (context: DemoContext) => Promise<void>;
};

/** The orgs a part needs: its province, its accounts' orgs and the orgs it works on. */
export function orgsOfPart(part: DemoPart): string[] {
  const orgs = DEMO_ACCOUNTS.filter((a) => part.accounts.includes(a.username)).map((a) => a.orgId);
  return [...new Set([`${part.province.code}0000`, ...orgs, ...(part.orgs ?? [])])];
}

/**
 * 惠州市 imports and publishes its 2022 plan; 博罗县 derives, adjusts and publishes its own;
 * units report, supervisors verify, return and urge.
 */
const huizhou: DemoPart = {
  key: 'huizhou',
  name: '惠州市、博罗县',
  province: { code: '44', name: '广东省' },
  accounts: ['hz-author', 'hz-supervisor', 'hz-justice-reporter', 'bl-deriver', 'bl-supervisor', 'bl-reporter'],
  async build({ as, log }) {
    log('演示数据：惠州市导入并印发 2022 年工作要点…');
    const city = await ensurePublishedImport(
      await as('hz-author'),
      'huizhou-city-2022.txt',
      '惠州市2022年政务公开工作要点（印发稿）',
      2022,
    );

    log('演示数据：博罗县分解、调整并下达…');
    const boluo = await ensureBoluoPlan(await as('bl-deriver'), city);

    log('演示数据：报送、核验、退回与督办…');
    const reporter = await as('bl-reporter');
    await reportOnce(reporter, await ledgerRows(reporter, boluo.id, 3), '已按要求在政府网站专栏公开，并报送相关截图。');
    const [verified, returned] = await ledgerRows(reporter, boluo.id, 3);
    const supervisor = await as('bl-supervisor');
    await verifyIfReported(supervisor, verified, '材料齐全，核验通过');
    await returnIfReported(supervisor, returned, '缺少栏目链接和更新记录，请补充后重新报送');

    const cityReporter = await as('hz-justice-reporter');
    await reportOnce(cityReporter, await ledgerRows(cityReporter, city.id, 2), '已完成并在部门网站公开。');
    const hzSupervisor = await as('hz-supervisor');
    await verifyIfReported(hzSupervisor, (await ledgerRows(cityReporter, city.id, 2))[0]);
    const [county] = await ledgerRows(hzSupervisor, city.id, 1, '441322');
    await urgeOnce(hzSupervisor, county, '请于9月底前报送本项工作进展');
  },
};

/** 博罗县's plan derived from 惠州市's, one deadline brought forward, published (下达). */
async function ensureBoluoPlan(deriver: ApiSession, city: PlanSummary): Promise<PlanSummary> {
  const { plans } = await deriver.send<{ plans: PlanSummary[] }>('GET', '/api/plans?year=2022&ownerOrgId=441322');
  const boluo =
    plans.find((p) => p.parentPlanId === city.id) ??
    (await deriver.send<PlanSummary>('POST', `/api/plans/${enc(city.id)}/derive`, { childOrgId: '441322' }));
  if (boluo.publishedVersion > 0) return boluo;
  const detail = await deriver.send<PlanDetail>('GET', `/api/plans/${enc(boluo.id)}`);
  const brought = '2022年11月底前';
  const adjusted = detail.items.find((i) => i.kind === 'task' && i.deadline?.kind === 'yearEnd');
  if (adjusted && !detail.items.some((i) => i.deadline?.text === brought)) {
    await deriver.send('PATCH', `/api/plans/${enc(boluo.id)}/items/${enc(adjusted.id)}`, {
      expectedVersion: adjusted.version,
      reason: '县里结合实际提前完成',
      patch: { deadlineText: brought },
    });
  }
  const current = await deriver.send<PlanDetail>('GET', `/api/plans/${enc(boluo.id)}`);
  await ensurePublished(deriver, current.plan, '博罗县2022年政务公开工作任务分解（首次下达）');
  return current.plan;
}

/** 博罗县司法局's real 股室, so its own plan (部门分解) has units of its own to name. */
export const BOLUO_JUSTICE_SECTIONS = [
  '办公室',
  '法治调研督察股',
  '行政执法协调监督股',
  '行政复议与应诉股',
  '普法与依法治理股',
  '公共法律服务管理股',
  '人民参与和促进法治股',
  '社区矫正股',
] as const;

/** 广东省's admin sets up 博罗县司法局's 股室 (as an admin does in the org browser). */
const boluoJusticeSections: DemoPart = {
  key: 'boluo-justice-sections',
  name: '博罗县司法局股室',
  province: { code: '44', name: '广东省' },
  accounts: ['gd-admin'],
  orgs: ['441322-justice'],
  async build({ as, log }) {
    log(`演示数据：博罗县司法局设置股室（${BOLUO_JUSTICE_SECTIONS.join('、')}）…`);
    await ensureSections(await as('gd-admin'), '441322-justice', BOLUO_JUSTICE_SECTIONS);
  },
};

/** 垫江县 publishes its 2022 plan. */
const dianjiang: DemoPart = {
  key: 'dianjiang',
  name: '垫江县',
  province: { code: '50', name: '重庆市' },
  accounts: ['dj-author'],
  async build({ as, log }) {
    log('演示数据：垫江县 2022 年工作要点…');
    await ensurePublishedImport(
      await as('dj-author'),
      'dianjiang-county-2022.txt',
      '垫江县2022年政务公开工作要点',
      2022,
    );
  },
};

/** 贵溪市's 2021 plan, with unfinished work for a 回头看. */
const guixi: DemoPart = {
  key: 'guixi',
  name: '贵溪市',
  province: { code: '36', name: '江西省' },
  accounts: ['gx-author', 'gx-supervisor', 'gx-office-reporter'],
  async build({ as, log }) {
    log('演示数据：贵溪市 2021 年工作要点（留有未完成事项，可开展回头看）…');
    const plan = await ensurePublishedImport(
      await as('gx-author'),
      'guixi-city-2021.txt',
      '贵溪市2021年政务公开工作要点',
      2021,
    );
    const reporter = await as('gx-office-reporter');
    // Two of the office's rows are reported (the first verified); the third stays unfinished.
    await reportOnce(reporter, await ledgerRows(reporter, plan.id, 2), '已完成。');
    await verifyIfReported(await as('gx-supervisor'), (await ledgerRows(reporter, plan.id, 2))[0]);
  },
};

/**
 * 广东省's workflow library: the lifecycles its offices use (三审三校, 仅报备, 可申请延期, 可暂缓)
 * published as the province's own variants, which every office below may pick for a task or copy.
 */
const guangdongWorkflows: DemoPart = {
  key: 'guangdong-workflows',
  name: '广东省流程库',
  province: { code: '44', name: '广东省' },
  accounts: ['gd-author'],
  async build({ as, log }) {
    log('演示数据：广东省发布流程库…');
    const author = await as('gd-author');
    const { variants } = await author.send<{ variants: { name: string; kind: string; publishedVersion: number }[] }>(
      'GET',
      '/api/workflow-variants',
    );
    for (const library of STANDARD_VARIANTS.filter((v) => v.id !== STANDARD_WORKFLOW.id)) {
      const name = `广东省·${library.name}`;
      if (variants.some((v) => v.kind === 'designed' && v.name === name && v.publishedVersion > 0)) continue;
      const draft = await author.send<{ id: string; version: number }>('POST', '/api/workflow-variants', {
        definition: { name, initial: library.initial, states: library.states },
      });
      await author.send('POST', `/api/workflow-variants/${enc(draft.id)}/publish`, { expectedVersion: draft.version });
    }
  },
};

/** The demo's parts in the order they are built. */
export const DEMO_PARTS: readonly DemoPart[] = [guangdongWorkflows, huizhou, boluoJusticeSections, dianjiang, guixi];
