import type { ImportResult, PlanDetail } from '@cascade/contracts';
import type { DatabaseHandle } from '@cascade/db';
import { seedOrgTree } from '@cascade/db';
import { createApp } from '../app.ts';
import { DEMO_ACCOUNTS, type DemoAccount, ensureAccounts } from '../demo/demo-accounts.ts';
import { createDeps } from '../deps.ts';
import type { AppDeps } from '../http/app-env.ts';
import { type ApiSession, signIn } from '../http/in-process-session.ts';

export const TEST_PASSWORD = 'test-password-1';

/** Accounts of another branch (惠阳区, beside 博罗县 under 惠州市): what must stay out of reach. */
export const OTHER_BRANCH: DemoAccount[] = [
  { username: 'hy-deriver', displayName: '惠阳区 方案分解', orgId: '441303', role: 'deriver' },
  { username: 'hy-supervisor', displayName: '惠阳区 督查核验', orgId: '441303', role: 'supervisor' },
  { username: 'hy-reporter', displayName: '惠阳区司法局 报送员', orgId: '441303-justice', role: 'reporter' },
  { username: 'hy-author', displayName: '惠阳区 方案起草', orgId: '441303', role: 'author' },
  { username: 'hy-admin', displayName: '惠阳区 管理员', orgId: '441303', role: 'admin' },
  { username: 'bl-author', displayName: '博罗县 方案起草', orgId: '441322', role: 'author' },
  { username: 'bl-admin', displayName: '博罗县 管理员', orgId: '441322', role: 'admin' },
  { username: 'bl-justice-supervisor', displayName: '博罗县司法局 督查', orgId: '441322-justice', role: 'supervisor' },
];

export type TestWorld = {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  as: (username: string) => Promise<ApiSession>;
  /** A 2022 plan imported from text by the account and published at once (印发): its id. */
  importAndPublish: (username: string, text: string, fileName?: string) => Promise<string>;
};

/** 广东's org tree, the demo accounts and another branch's, and the app over one database. */
export async function createTestWorld(database: DatabaseHandle, overrides: Partial<AppDeps> = {}): Promise<TestWorld> {
  await seedOrgTree(database, { provinces: ['44'] });
  await ensureAccounts(
    database.db,
    [...DEMO_ACCOUNTS.filter((a) => a.orgId.startsWith('44')), ...OTHER_BRANCH],
    TEST_PASSWORD,
  );
  const deps = createDeps(database, { today: () => '2022-06-01', ...overrides });
  const app = createApp(deps);
  const sessions = new Map<string, ApiSession>();
  const as = async (username: string) => {
    const existing = sessions.get(username);
    if (existing) return existing;
    const session = await signIn(app, username, TEST_PASSWORD);
    sessions.set(username, session);
    return session;
  };
  return {
    app,
    deps,
    as,
    async importAndPublish(username, text, fileName = 'plan.txt') {
      const author = await as(username);
      const imported = await author.send<ImportResult>('POST', '/api/plans/import', { text, fileName, year: 2022 });
      const id = encodeURIComponent(imported.plan.id);
      const { plan } = await author.send<PlanDetail>('GET', `/api/plans/${id}`);
      await author.send('POST', `/api/plans/${id}/publish`, { expectedVersion: plan.version, summary: '印发' });
      return imported.plan.id;
    },
  };
}
