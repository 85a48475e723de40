import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DatabaseHandle, openMigratedDatabase, seedOrgTree } from '@cascade/db';
import { type AppDeps, createApp } from '@cascade/server/app';
import { createDeps } from '@cascade/server/deps';
import {
  DEMO_ACCOUNTS,
  DEMO_TODAY,
  ensureAccounts,
  ensureDemoScenario,
  OTHER_BRANCH,
  TEST_PASSWORD,
} from '@cascade/server/testing';
import { serve } from '@hono/node-server';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Builds the web app into a scratch folder of its own, so tests see the current code and test
 * files running side by side never empty each other's build.
 */
export async function buildWebApp(): Promise<string> {
  const outDir = path.join(root, '.tmp', `web-dist-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  await build({ root: path.join(root, 'apps', 'web'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
  return outDir;
}

export type TestServer = { url: string; database: DatabaseHandle; close: () => Promise<void> };

/**
 * The real server on a random loopback port, over an in-memory PGlite (or the one in `dataDir`)
 * with some provinces (and, with 广东, the demo accounts, password TEST_PASSWORD, unless
 * `demoAccounts: false` — a production install's start). With `demo`, the demo's story as
 * `pnpm start` builds it (惠州市's plan, 博罗县's, reports, lights), on the demo's day.
 */
export async function startTestServer(options: {
  provinces: string[];
  webDist: string;
  dataDir?: string;
  demoAccounts?: boolean;
  demo?: boolean;
  /** Collaborators to override, given the server's own URL (single sign-on needs its callback address). */
  deps?: (url: string) => Partial<AppDeps>;
}): Promise<TestServer> {
  const database = await openMigratedDatabase({ dataDir: options.dataDir ?? 'memory://' });
  await seedOrgTree(database, { provinces: options.provinces });
  if (options.provinces.includes('44') && options.demoAccounts !== false)
    await ensureAccounts(
      database.db,
      [...DEMO_ACCOUNTS.filter((a) => a.orgId.startsWith('44')), ...OTHER_BRANCH],
      TEST_PASSWORD,
    );
  let app: ReturnType<typeof createApp> | undefined;
  const server = serve({
    fetch: (request, env) => (app as ReturnType<typeof createApp>).fetch(request, env),
    port: 0,
    hostname: '127.0.0.1',
  });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  app = createApp(
    createDeps(database, {
      webDist: options.webDist,
      ...(options.demo ? { today: () => DEMO_TODAY } : {}),
      ...options.deps?.(url),
    }),
  );
  if (options.demo) await ensureDemoScenario(database, app, TEST_PASSWORD, () => undefined);
  return {
    url,
    database,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
      if (path.basename(options.webDist).startsWith('web-dist-'))
        rmSync(options.webDist, { recursive: true, force: true });
    },
  };
}
