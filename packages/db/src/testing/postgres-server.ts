import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A throwaway PostgreSQL server for tests and benchmarks: initdb into a temp dir, a random
 * port on 127.0.0.1 only, trust auth, stopped (and its files removed) by `stop()`.
 * Runs as the `postgres` OS user when we are root, because postgres refuses to run as root.
 */
export type ThrowawayPostgres = {
  url: string;
  port: number;
  dataDir: string;
  /** Stops the server and removes its files. */
  stop: () => Promise<void>;
  /** An outage: `pg_ctl stop -m fast` (clients are disconnected), the files are kept. */
  pause: () => Promise<void>;
  /** Starts the paused server again on the same port and files. */
  resume: () => Promise<void>;
};

export const POSTGRES_INSTALL_HINT =
  'PostgreSQL server binaries (initdb, postgres) not found; install them with `apt-get install -y postgresql` to run the PostgreSQL variant.';

/** Finds the directory holding initdb and postgres, or null when the server is not installed. */
export function findPostgresBinDir(): string | null {
  const candidates: string[] = [];
  if (process.env.PG_BIN_DIR) candidates.push(process.env.PG_BIN_DIR);
  const debianRoot = '/usr/lib/postgresql';
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) candidates.push(path.join(debianRoot, v, 'bin'));
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) if (dir) candidates.push(dir);
  return (
    candidates.find((dir) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'postgres'))) ?? null
  );
}

async function freePort(): Promise<number> {
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

function runAsUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid };
}

async function waitUntilReady(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`postgres exited with ${child.exitCode}:\n${log()}`);
    // A standby says "ready to accept read-only connections".
    if (/ready to accept (read-only )?connections/.test(log())) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`postgres did not start on port ${port} within 30 s:\n${log()}`);
}

/** Starts a server; throws when the binaries are missing (check `findPostgresBinDir()` first). */
export async function startThrowawayPostgres(options: { extraConfig?: string[] } = {}): Promise<ThrowawayPostgres> {
  const binDir = findPostgresBinDir();
  if (!binDir) throw new Error(POSTGRES_INSTALL_HINT);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cascade-pg-'));
  const user = runAsUser();
  if (user.uid !== undefined && user.gid !== undefined) chownSync(dataDir, user.uid, user.gid);
  execFileSync(
    path.join(binDir, 'initdb'),
    ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync'],
    { ...user, stdio: 'pipe' },
  );
  return launchServer(binDir, dataDir, options.extraConfig ?? []);
}

/** What a primary needs for a streaming standby (`startThrowawayStandby`): PostgreSQL 15 and 18 alike. */
export const REPLICATION_PRIMARY_CONFIG = ['wal_level=replica', 'max_wal_senders=5'];

/**
 * A streaming replica of a throwaway server started with `REPLICATION_PRIMARY_CONFIG`:
 * `pg_basebackup -R` (which writes standby.signal and primary_conninfo) from the primary into a temp
 * dir, then a hot standby on its own port and socket dir. Its `stop()` removes its files; stop it
 * before the primary. `pg_wal_replay_pause()` on it makes it lag on purpose.
 */
export async function startThrowawayStandby(primary: ThrowawayPostgres): Promise<ThrowawayPostgres> {
  const binDir = findPostgresBinDir();
  if (!binDir) throw new Error(POSTGRES_INSTALL_HINT);
  if (!existsSync(path.join(binDir, 'pg_basebackup')))
    throw new Error(`pg_basebackup not found in ${binDir}: it comes with the PostgreSQL server package`);
  // initdb's pg_hba.conf lets local replication connections in with its --auth (trust); said again
  // here so that the standby's connection is allowed whatever that default becomes.
  appendFileSync(
    path.join(primary.dataDir, 'pg_hba.conf'),
    '\nhost replication all 127.0.0.1/32 trust\nlocal replication all trust\n',
  );
  const user = runAsUser();
  execFileSync(path.join(binDir, 'pg_ctl'), ['reload', '-D', primary.dataDir], { ...user, stdio: 'pipe' });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cascade-pg-standby-'));
  if (user.uid !== undefined && user.gid !== undefined) chownSync(dataDir, user.uid, user.gid);
  execFileSync(
    path.join(binDir, 'pg_basebackup'),
    [
      '-h',
      '127.0.0.1',
      '-p',
      String(primary.port),
      '-U',
      'postgres',
      '-D',
      dataDir,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
      '--no-sync',
    ],
    { ...user, stdio: 'pipe' },
  );
  return launchServer(binDir, dataDir, ['hot_standby=on']);
}

/** Runs `postgres` on a data dir: a random port on 127.0.0.1 only, its socket in the data dir. */
async function launchServer(binDir: string, dataDir: string, extraConfig: string[]): Promise<ThrowawayPostgres> {
  const user = runAsUser();
  const port = await freePort();
  const config = [
    `port=${port}`,
    'listen_addresses=127.0.0.1',
    `unix_socket_directories=${dataDir}`,
    'fsync=off',
    'synchronous_commit=off',
    'full_page_writes=off',
    'max_connections=200',
    ...extraConfig,
  ];
  let output = '';
  const launch = () => {
    output = '';
    const started = spawn(path.join(binDir, 'postgres'), ['-D', dataDir, ...config.flatMap((c) => ['-c', c])], {
      ...user,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.stdout?.on('data', (d) => {
      output += d;
    });
    started.stderr?.on('data', (d) => {
      output += d;
    });
    return started;
  };
  let child = launch();
  await waitUntilReady(port, child, () => output);
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGINT'); // fast shutdown
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const pause = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    execFileSync(path.join(binDir, 'pg_ctl'), ['stop', '-D', dataDir, '-m', 'fast', '-w'], { ...user, stdio: 'pipe' });
    await exited;
  };
  const resume = async () => {
    child = launch();
    await waitUntilReady(port, child, () => output);
  };
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, dataDir, stop, pause, resume };
}
