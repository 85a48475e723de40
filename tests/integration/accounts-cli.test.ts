import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openMigratedDatabase, seedOrgTree } from '@cascade/db';
import { createApp } from '@cascade/server/app';
import { createDeps } from '@cascade/server/deps';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'accounts-cli-'));

/** `pnpm cli accounts …` as an operator runs it at the server's console, on the embedded database. */
function cli(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'apps/cli/src/main.ts', 'accounts', ...args], {
    cwd: ROOT,
    env: { ...process.env, PGLITE_DIR: dataDir, DATABASE_URL: '' },
    input: input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The database as the server opens it after the CLI has run (PGlite: one process at a time). */
async function withServer<T>(work: (app: ReturnType<typeof createApp>) => Promise<T>): Promise<T> {
  const database = await openMigratedDatabase({ dataDir });
  try {
    return await work(createApp(createDeps(database, { today: () => '2022-06-01' })));
  } finally {
    await database.close();
  }
}

const signIn = (app: ReturnType<typeof createApp>, username: string, password: string) =>
  app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });

const printedPassword = (stdout: string) => /只显示这一次[^：]*：(\S+)/.exec(stdout)?.[1] ?? '';

// Each case runs the CLI several times as its own process (tsx, PGlite): slow on a busy 2-core machine.
describe('a production install gets its first administrator from the console (pnpm cli accounts)', {
  timeout: 180_000,
}, () => {
  beforeAll(async () => {
    const database = await openMigratedDatabase({ dataDir });
    await seedOrgTree(database, { provinces: ['44'] });
    await database.close();
  }, 120_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('adds the first admin with a password shown once, who then signs in; refuses a taken name, an unknown org or role', async () => {
    const added = cli(['add', 'gd-first-admin', '--org', '440000', '--role', 'admin']);
    expect(added.stderr).toBe('');
    expect(added.stdout).toMatch(/已新建账号 gd-first-admin（广东省 管理员，广东省，管理员）/);
    const password = printedPassword(added.stdout);
    expect(password.length).toBeGreaterThanOrEqual(20);

    const again = cli(['add', 'gd-first-admin', '--org', '440000', '--role', 'admin']);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/用户名“gd-first-admin”已被使用/);
    expect(cli(['add', 'x-admin', '--org', '999999', '--role', 'admin']).stderr).toMatch(/没有代码为“999999”的单位/);
    expect(cli(['add', 'x-admin', '--org', '440000', '--role', 'boss']).stderr).toMatch(/没有“boss”这个角色/);
    // A password the operator chooses is checked as the app checks one (zxcvbn), not by a character rule.
    const weak = cli(['add', 'x-admin', '--org', '440000', '--role', 'admin', '--password-stdin'], 'password123\n');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toMatch(/密码太容易被猜到/);

    const piped = cli(
      ['add', 'bl-county-author', '--org', '441322', '--role', 'author', '--password-stdin'],
      'county-secret-1\n',
    );
    expect(piped.status).toBe(0);
    expect(piped.stdout).not.toMatch(/只显示这一次/);
    const listed = cli(['list', '--org', '441300']);
    expect(listed.stdout).toMatch(/bl-county-author\s+author\s+博罗县/);
    expect(listed.stdout).not.toMatch(/gd-first-admin/);

    await withServer(async (app) => {
      const res = await signIn(app, 'gd-first-admin', password);
      expect(res.status).toBe(200);
      // A generated password is a one-time one: the first sign-in must set its own.
      expect(await res.json()).toMatchObject({
        account: { role: 'admin', orgId: '440000', mustChangePassword: true },
      });
      const piped = await signIn(app, 'bl-county-author', 'county-secret-1');
      expect(piped.status).toBe(200);
      expect(await piped.json()).toMatchObject({ account: { mustChangePassword: false } });
    });
  });

  it('disables a leaver at once (sessions end, sign-in refused as for a wrong password), enables and resets', async () => {
    const cookie = await withServer(async (app) => {
      const res = await signIn(app, 'bl-county-author', 'county-secret-1');
      return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    });
    expect(cli(['disable', 'bl-county-author']).stdout).toMatch(/已停用/);
    expect(cli(['list']).stdout).toMatch(/bl-county-author.*\[已停用\]/);
    await withServer(async (app) => {
      const session = (await (await app.request('/api/auth/session', { headers: { cookie } })).json()) as {
        account: unknown;
      };
      expect(session.account).toBeNull();
      const refused = await signIn(app, 'bl-county-author', 'county-secret-1');
      const wrong = await signIn(app, 'gd-first-admin', 'not-the-password');
      expect(refused.status).toBe(401);
      expect(await refused.json()).toEqual(await wrong.json());
    });

    cli(['enable', 'bl-county-author']);
    const reset = cli(['reset-password', 'bl-county-author']);
    const fresh = printedPassword(reset.stdout);
    expect(fresh.length).toBeGreaterThanOrEqual(20);
    expect(cli(['reset-password', 'nobody']).stderr).toMatch(/没有用户名为“nobody”的账号/);
    await withServer(async (app) => {
      expect((await signIn(app, 'bl-county-author', 'county-secret-1')).status).toBe(401);
      expect((await signIn(app, 'bl-county-author', fresh)).status).toBe(200);
    });
  });

  it('writes every change to the event log with the console as its actor', async () => {
    const database = await openMigratedDatabase({ dataDir });
    try {
      const rows = await database.query<{ type: string; n: number }>(
        `SELECT type, count(*)::int AS n FROM events WHERE actor = 'system:cli' GROUP BY type ORDER BY type`,
      );
      expect(rows).toEqual([
        { type: 'user.created', n: 2 },
        { type: 'user.disabled', n: 1 },
        { type: 'user.enabled', n: 1 },
        { type: 'user.passwordReset', n: 1 },
      ]);
    } finally {
      await database.close();
    }
  });
});
