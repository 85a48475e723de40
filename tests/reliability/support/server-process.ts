import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { TEST_PASSWORD } from '@cascade/server/testing';

const MAIN = fileURLToPath(new URL('../../../apps/server/src/main.ts', import.meta.url));

/** A real server process (apps/server/src/main.ts under tsx), as it runs in production. */
export type ServerProcess = {
  url: string;
  port: number;
  pid: number;
  /** Everything it printed so far (for failure messages). */
  output: () => string;
  /** kill -9: no shutdown handler runs, open transactions are cut off. */
  crash: () => Promise<void>;
  /** SIGTERM and wait for the exit. */
  stop: () => Promise<void>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts the server on `databaseUrl` (migrated and seeded beforehand: two instances booting at
 * once on an empty database would race to migrate it). Demo accounts get TEST_PASSWORD; no demo
 * scenario. `env` adds or overrides settings (job lease, scan interval…).
 */
export async function startServerProcess(
  databaseUrl: string,
  env: Record<string, string> = {},
  port?: number,
): Promise<ServerProcess> {
  const listenOn = port ?? (await freePort());
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(listenOn),
      HOST: '127.0.0.1',
      NO_DEMO: '1',
      DEMO_PASSWORD: TEST_PASSWORD,
      ORG_PROVINCES: '44',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within 60 s:\n${output}`)), 60_000);
    const check = () => {
      if (output.includes('已启动')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code} while starting:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${listenOn}`,
    port: listenOn,
    pid: child.pid ?? 0,
    output: () => output,
    crash: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await Promise.race([exited(child), new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited(child);
    },
  };
}
