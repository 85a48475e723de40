import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DatabaseHandle, openMigratedDatabase, seedOrgTree } from '@cascade/db';
import { createApp } from '@cascade/server/app';
import { createDeps } from '@cascade/server/deps';
import { DEMO_ACCOUNTS, ensureAccounts, OTHER_BRANCH, TEST_PASSWORD } from '@cascade/server/testing';
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
 * `demoAccounts: false` — a production install's start).
 */
export async function startTestServer(options: {
  provinces: string[];
  webDist: string;
  dataDir?: string;
  demoAccounts?: boolean;
}): Promise<TestServer> {
  const database = await openMigratedDatabase({ dataDir: options.dataDir ?? 'memory://' });
  await seedOrgTree(database, { provinces: options.provinces });
  if (options.provinces.includes('44') && options.demoAccounts !== false)
    await ensureAccounts(
      database.db,
      [...DEMO_ACCOUNTS.filter((a) => a.orgId.startsWith('44')), ...OTHER_BRANCH],
      TEST_PASSWORD,
    );
  const app = createApp(createDeps(database, { webDist: options.webDist }));
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    database,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
      if (path.basename(options.webDist).startsWith('web-dist-'))
        rmSync(options.webDist, { recursive: true, force: true });
    },
  };
}
