import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DatabaseHandle, openMigratedDatabase, seedOrgTree } from '@cascade/db';
import { openMigratedPglite } from '@cascade/db/testing';
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

/** What the web build is made of: a change to any of it makes a new build. */
const WEB_SOURCES = ['apps/web', 'packages/engine/src', 'packages/contracts/src', 'pnpm-lock.yaml'];

function webSourcesHash(): string {
  const hash = createHash('sha256');
  const add = (file: string) => hash.update(file).update(readFileSync(path.join(root, file)));
  for (const source of WEB_SOURCES) {
    if (!statSync(path.join(root, source)).isDirectory()) {
      add(source);
      continue;
    }
    const files = readdirSync(path.join(root, source), { recursive: true, encoding: 'utf8' })
      .filter((f) => !/(^|\/)(node_modules|dist)(\/|$)/.test(f) && !f.endsWith('.test.ts'))
      .sort();
    for (const file of files) if (statSync(path.join(root, source, file)).isFile()) add(path.join(source, file));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The web app built from the current code, once per content: it lands in .tmp/web-build-<hash of
 * its sources>, so the browser test files of a run (and the next run, when nothing changed) share
 * one build. Built aside and renamed, so a file running beside never sees half a build.
 */
export async function buildWebApp(): Promise<string> {
  const outDir = path.join(root, '.tmp', `web-build-${webSourcesHash()}`);
  if (existsSync(outDir)) return outDir;
  const scratch = `${outDir}.part-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  await build({
    root: path.join(root, 'apps', 'web'),
    logLevel: 'error',
    build: { outDir: scratch, emptyOutDir: true },
  });
  try {
    renameSync(scratch, outDir);
  } catch {
    // Another file finished the same build first: use it.
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
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
  const database = options.dataDir
    ? await openMigratedDatabase({ dataDir: options.dataDir })
    : await openMigratedPglite();
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
    },
  };
}
