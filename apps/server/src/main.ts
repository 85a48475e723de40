import cluster from 'node:cluster';
import { fileURLToPath } from 'node:url';
import {
  type DatabaseHandle,
  findOrg,
  listAccounts,
  openDatabase,
  openMigratedDatabase,
  seedOrgTree,
  storedWorkflowRegistry,
} from '@cascade/db';
import { type Clock, createWorkflowRegistry, systemClock } from '@cascade/engine';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { createOidcRelyingParty, oidcSettingsOf } from './auth/oidc-client.ts';
import { accountsInOrgTree, ensureAccounts } from './demo/demo-accounts.ts';
import { demoPassword } from './demo/demo-password.ts';
import { DEMO_TODAY, demoToday, ensureDemoScenario } from './demo/demo-scenario.ts';
import { createDeps } from './deps.ts';
import { parseEnv } from './env.ts';
import { createJobHandlers, type DeadlineScanJobPayload } from './jobs/job-handlers.ts';
import { createJobRunner } from './jobs/job-runner.ts';

/**
 * Boot: settings, database (migrated; org tree and demo accounts on first start), then listen —
 * in this process, or with SERVER_PROCESSES > 1 in that many worker processes sharing the port
 * (node's cluster), started once the first process has migrated and seeded the database.
 */
const env = parseEnv();
if (cluster.isPrimary) {
  const database = await openMigratedDatabase({ url: env.DATABASE_URL, dataDir: env.PGLITE_DIR });
  console.log(
    `数据库：${database.kind === 'pglite' ? `内嵌 PGlite (${env.PGLITE_DIR ?? 'data/pglite'})` : 'PostgreSQL'}`,
  );
  const password = await prepareDatabase(database);
  if (env.SERVER_PROCESSES === 1) await serveApi(database, password);
  else {
    // The demo is built once, here, through an app that serves nothing; the workers serve.
    if (!env.NO_DEMO) await buildDemo(database, buildApp(database, undefined, () => DEMO_TODAY).app, password);
    await database.close();
    forkWorkers(env.SERVER_PROCESSES);
  }
} else {
  await serveApi(await openDatabase({ url: env.DATABASE_URL }), undefined);
}

/** First start: the org tree, the demo accounts (or the way to the first admin), the SSO subtree checked. */
async function prepareDatabase(database: DatabaseHandle): Promise<string> {
  const seeded = await seedOrgTree(database, {
    provinces: env.ORG_PROVINCES,
    onProgress: (m) => console.log(`组织机构树：${m}`),
  });
  if (!seeded.skipped)
    console.log(`组织机构树已载入（${seeded.inserted} 个单位，${(seeded.ms / 1000).toFixed(1)} 秒）`);

  // A production install (NO_DEMO) has no demo accounts: its operator makes the first admin at the console.
  const password = env.NO_DEMO ? '' : demoPassword(env.DEMO_PASSWORD);
  if (!env.NO_DEMO) {
    const accounts = await accountsInOrgTree(database);
    await ensureAccounts(database.db, accounts, password);
    console.log(`演示账号（密码均为 ${password}）：`);
    for (const a of accounts) console.log(`  ${a.username.padEnd(20)} ${a.displayName}`);
  } else if (!(await listAccounts(database.db, { role: 'admin', disabled: false })).length) {
    console.log(
      '还没有可登录的管理员。在服务器上运行 pnpm cli accounts add <用户名> --org <单位代码> --role admin 新建首个管理员（内嵌数据库须先停止服务）。',
    );
  }

  // Single sign-on: the subtree it admits must be an org of the loaded tree.
  const oidcSettings = oidcSettingsOf(env);
  if (oidcSettings && !(await findOrg(database.db, oidcSettings.subtree))) {
    await database.close();
    throw new Error(
      `环境变量有误 (invalid environment):\n  OIDC_SUBTREE: 单位 ${oidcSettings.subtree} 不存在（见 pnpm cli orgs find）`,
    );
  }
  if (oidcSettings)
    console.log(
      `统一身份认证：${oidcSettings.issuer.href}（单位范围 ${oidcSettings.subtree}，${oidcSettings.provision ? '首次登录自动建账号' : '只关联已有账号'}）${env.PASSWORD_SIGNIN ? '' : '；密码登录已关闭'}`,
    );
  return password;
}

/** The app with its job runner (started once the server listens) on the database. */
function buildApp(database: DatabaseHandle, readReplica: DatabaseHandle | undefined, today: Clock) {
  const webDist = env.WEB_DIST ?? fileURLToPath(new URL('../../web/dist', import.meta.url));
  const oidcSettings = oidcSettingsOf(env);
  const workflows = storedWorkflowRegistry(database.db, createWorkflowRegistry());
  const jobs = createJobRunner({
    database,
    handlers: createJobHandlers(database, workflows, today),
    leaseMs: env.JOB_LEASE_SECONDS * 1000,
    schedules: env.DEADLINE_SCAN_EVERY_SECONDS
      ? [
          {
            kind: 'deadline-scan',
            everyMs: env.DEADLINE_SCAN_EVERY_SECONDS * 1000,
            payload: (): DeadlineScanJobPayload => ({ today: today() }),
          },
        ]
      : [],
  });
  const app = createApp(
    createDeps(database, {
      readReplica,
      webDist,
      secureCookies: env.COOKIE_SECURE,
      trustProxy: env.TRUST_PROXY,
      passwordSignIn: env.PASSWORD_SIGNIN,
      oidc: oidcSettings ? createOidcRelyingParty(oidcSettings) : undefined,
      jobs,
      workflows,
      today,
    }),
  );
  return { app, jobs };
}

/** The demo scenario on first start, built through the API as its users would. */
async function buildDemo(database: DatabaseHandle, app: ReturnType<typeof createApp>, password: string) {
  const started = Date.now();
  if (await ensureDemoScenario(database, app, password, (line) => console.log(line)))
    console.log(`演示数据已生成（${((Date.now() - started) / 1000).toFixed(1)} 秒）`);
}

/**
 * The API and the web app on PORT, with this process's job runner. `password` is given where the
 * demo is built here (one process); a worker of several finds the demo already built.
 */
async function serveApi(database: DatabaseHandle, password: string | undefined) {
  // A streaming replica for the heavy reads (ledger, dashboard, exports); read-only, never migrated.
  const readReplica = env.DATABASE_READ_URL
    ? await openDatabase({ url: env.DATABASE_READ_URL, readOnly: true, applicationName: 'cascade-read' })
    : undefined;
  if (readReplica && cluster.isPrimary)
    console.log('只读副本：台账、统计与导出的查询读取 DATABASE_READ_URL（本会话刚写入的内容仍读主库）');

  // The demo keeps its own day for everything that reads the clock (lights, escalations, publishing,
  // 台账反馈, 回头看), from its building on; a real database counts from today.
  let demoDay: string | undefined = env.NO_DEMO ? undefined : DEMO_TODAY;
  const { app, jobs } = buildApp(database, readReplica, () => demoDay ?? systemClock());
  if (!env.NO_DEMO) {
    if (password !== undefined) await buildDemo(database, app, password);
    demoDay = await demoToday(database);
    if (demoDay && cluster.isPrimary) console.log(`演示数据按 ${demoDay} 计算红黄绿灯与督办（演示的工作年度）`);
  }
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    // Jobs queued by any instance (and ones a crashed instance left) are picked up from here on.
    jobs.start();
    if (cluster.isPrimary)
      console.log(`政务公开工作计划管理平台已启动：http://localhost:${info.port}（接口文档：/api/docs）`);
    else process.send?.({ listening: info.port });
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      jobs.stop();
      server.close();
      void Promise.all([database.close(), readReplica?.close()]).then(() => process.exit(0));
    });
  }
}

/**
 * SERVER_PROCESSES workers on one port; one that dies is started again (after a second, so a
 * worker that cannot start does not spin), and a stop signal stops them all.
 */
function forkWorkers(count: number) {
  let stopping = false;
  let listening = 0;
  const start = () => {
    const worker = cluster.fork();
    worker.on('message', (message: { listening?: number }) => {
      if (message.listening && ++listening === count)
        console.log(
          `政务公开工作计划管理平台已启动：http://localhost:${message.listening}（${count} 个服务进程；接口文档：/api/docs）`,
        );
    });
  };
  for (let i = 0; i < count; i++) start();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    console.error(`服务进程 ${worker.process.pid} 退出（${signal ?? code}），1 秒后重启`);
    setTimeout(start, 1000);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill(signal);
      setTimeout(() => process.exit(0), 10_000).unref();
      cluster.on('exit', () => {
        if (!Object.keys(cluster.workers ?? {}).length) process.exit(0);
      });
    });
  }
}
