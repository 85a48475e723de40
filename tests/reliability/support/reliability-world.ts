import { type DatabaseHandle, openMigratedDatabase, rebuildRollup, seedOrgTree } from '@cascade/db';
import { startThrowawayPostgres, type ThrowawayPostgres } from '@cascade/db/testing';
import { DEMO_ACCOUNTS, ensureAccounts, TEST_PASSWORD } from '@cascade/server/testing';
import postgres from 'postgres';

/** A throwaway PostgreSQL server of the scenario's own, a migrated database on it with 广东's tree. */
export type ReliabilityWorld = {
  pg: ThrowawayPostgres;
  /** The database the server processes use. */
  url: string;
  /** The test's own connection to it (for setup and for checking what was written). */
  handle: DatabaseHandle;
  /** Another database on the same server, migrated and seeded the same way. */
  createDatabase: (name: string) => Promise<{ url: string; handle: DatabaseHandle }>;
  close: () => Promise<void>;
};

async function prepare(url: string): Promise<DatabaseHandle> {
  const handle = await openMigratedDatabase({ url });
  await seedOrgTree(handle, { provinces: ['44'] });
  await ensureAccounts(
    handle.db,
    DEMO_ACCOUNTS.filter((a) => a.orgId.startsWith('44')),
    TEST_PASSWORD,
  );
  return handle;
}

export async function startReliabilityWorld(): Promise<ReliabilityWorld> {
  const pg = await startThrowawayPostgres();
  const handles: DatabaseHandle[] = [];
  const createDatabase = async (name: string) => {
    const admin = postgres(pg.url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = pg.url.replace(/\/postgres$/, `/${name}`);
    const handle = await prepare(url);
    handles.push(handle);
    return { url, handle };
  };
  const main = await createDatabase('cascade');
  return {
    pg,
    url: main.url,
    handle: main.handle,
    createDatabase,
    close: async () => {
      for (const h of handles) await h.close().catch(() => {});
      await pg.stop();
    },
  };
}

/** The department whose ledger rows the scenarios work on, its reporter and its supervisor. */
export const UNIT = { orgId: '441300-justice', reporter: 'hz-justice-reporter', supervisor: 'hz-supervisor' };

/**
 * `count` ledger rows of 惠州市司法局 in state assigned (evidence optional, so a report is one
 * small form), ids `rel-0` …, counted into the roll-up.
 */
export async function seedAssignments(handle: DatabaseHandle, count: number, plan = 'rel'): Promise<string[]> {
  const [org] = await handle.query<{ path: string }>('SELECT path FROM orgs WHERE id = $1', [UNIT.orgId]);
  if (!org) throw new Error(`${UNIT.orgId} is not in the org tree`);
  await handle.query(`INSERT INTO plans (id, owner_org_id, year, title) VALUES ($1, '441300', 2022, '可靠性测试')`, [
    plan,
  ]);
  await handle.query(
    `INSERT INTO plan_items (id, plan_id, position, kind, label, text) VALUES ($1, $2, 0, 'task', '1.', '可靠性测试任务')`,
    [`${plan}#1`, plan],
  );
  const ids = Array.from({ length: count }, (_, i) => `${plan}-${i}`);
  await handle.copyInto(
    'assignments',
    ['id', 'plan_id', 'item_id', 'org_id', 'org_path', 'role', 'period_key', 'state', 'evidence_required', 'year'],
    ids.map((id, i) => [id, plan, `${plan}#1`, UNIT.orgId, org.path, 'responsible', `p${i}`, 'assigned', false, 2022]),
  );
  await rebuildRollup(handle.db, 2022);
  return ids;
}
