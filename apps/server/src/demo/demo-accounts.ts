import { accountExists, createUser, type DatabaseHandle, type Db, hashPassword } from '@cascade/db';
import type { Role } from '@cascade/engine';

export type DemoAccount = { username: string; displayName: string; orgId: string; role: Role };

/**
 * One account per role at several levels, so each user journey can be walked: a province that
 * authors, a city that authors and supervises, a county that derives and supervises, and the
 * departments that report.
 */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'gd-admin', displayName: '广东省 管理员', orgId: '440000', role: 'admin' },
  { username: 'gd-author', displayName: '广东省 方案起草', orgId: '440000', role: 'author' },
  { username: 'hz-author', displayName: '惠州市 方案起草', orgId: '441300', role: 'author' },
  { username: 'hz-supervisor', displayName: '惠州市 督查核验', orgId: '441300', role: 'supervisor' },
  { username: 'bl-deriver', displayName: '博罗县 方案分解', orgId: '441322', role: 'deriver' },
  { username: 'bl-supervisor', displayName: '博罗县 督查核验', orgId: '441322', role: 'supervisor' },
  { username: 'bl-reporter', displayName: '博罗县司法局 报送员', orgId: '441322-justice', role: 'reporter' },
  { username: 'bl-office-reporter', displayName: '博罗县政府办公室 报送员', orgId: '441322-office', role: 'reporter' },
  { username: 'bl-reporter-county', displayName: '博罗县人民政府 报送员', orgId: '441322', role: 'reporter' },
  { username: 'hz-justice-reporter', displayName: '惠州市司法局 报送员', orgId: '441300-justice', role: 'reporter' },
  { username: 'dj-author', displayName: '垫江县 方案起草', orgId: '500231', role: 'author' },
  { username: 'gx-author', displayName: '贵溪市 方案起草', orgId: '360681', role: 'author' },
  { username: 'gx-supervisor', displayName: '贵溪市 督查核验', orgId: '360681', role: 'supervisor' },
  { username: 'gx-office-reporter', displayName: '贵溪市政府办公室 报送员', orgId: '360681-office', role: 'reporter' },
];

/** Creates the accounts that do not exist yet (all with one password); returns the ones created. */
export async function ensureAccounts(
  db: Db,
  accounts: readonly DemoAccount[],
  password: string,
  actor = 'system:seed',
) {
  const created: DemoAccount[] = [];
  const passwordHash = await hashPassword(password);
  for (const account of accounts) {
    if (await accountExists(db, account.username)) continue;
    await createUser(db, { ...account, passwordHash, actor });
    created.push(account);
  }
  return created;
}

/** The accounts whose org is in the loaded org tree (ORG_PROVINCES may leave provinces out). */
export async function accountsInOrgTree(
  database: DatabaseHandle,
  accounts: readonly DemoAccount[] = DEMO_ACCOUNTS,
): Promise<DemoAccount[]> {
  const ids = [...new Set(accounts.map((a) => a.orgId))];
  const rows = await database.query<{ id: string }>('SELECT id FROM orgs WHERE id = ANY($1)', [ids]);
  const loaded = new Set(rows.map((r) => r.id));
  return accounts.filter((a) => loaded.has(a.orgId));
}
