import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CASCADE_COLUMNS, type DatabaseHandle, openMigratedDatabase } from '@cascade/db';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';

/**
 * Minimal reproduction of PGlite's slow COPY (issue #19 item 3): the same synthetic ledger rows
 * (shaped like the cascade's `assignments`) copied into a bare table and into the project's
 * migrated `assignments` table, one COPY against one per plan, in memory against a data
 * directory on disk, with PGlite's options. Prints rows/s per case.
 *
 *   nice -n 10 npx tsx tests/bench/pglite-copy-repro.ts [rows=40000] [preload=0] [case…]
 *
 * `preload` rows are copied first, untimed: what the table holds when a cascade is far along.
 */
const args = process.argv.slice(2);
const numbers = args.filter((a) => /^\d+$/.test(a)).map(Number);
const N = numbers[0] ?? 40_000;
const PRELOAD = numbers[1] ?? 0;
const only = args.filter((a) => !/^\d+$/.test(a));
/** Rows of one plan's ledger in the cascade (惠州市's plan: about 450 rows a government). */
const ROWS_PER_PLAN = 450;
const COLUMNS = CASCADE_COLUMNS.assignments;

/** A ledger row like the cascade's: plan, item, org, role; keys arrive plan by plan. */
function row(i: number): string {
  const plan = Math.floor(i / ROWS_PER_PLAN);
  // Plans of scattered orgs, as a cascade's townships are: index keys land all over the tree.
  const org = `44${String((plan * 7919) % 100_000).padStart(5, '0')}${String(i % 13).padStart(3, '0')}`;
  const planId = `plan-2022-${String((plan * 7919) % 100_000).padStart(6, '0')}`;
  const item = `${planId}-i${String(Math.floor((i % ROWS_PER_PLAN) / 9)).padStart(4, '0')}`;
  const role = i % 3 === 0 ? 'lead' : 'support';
  const id = `${item}:${org}:${role}:${i}`;
  return [
    id,
    planId,
    item,
    org,
    `440000/441300/${org.slice(0, 6)}/${org}/`,
    role,
    '',
    'issued',
    '1',
    't',
    'standard',
    '2022-12-31',
    '2022',
  ].join('\t');
}

function copyText(from: number, to: number): string {
  const lines: string[] = [];
  for (let i = from; i < to; i++) lines.push(row(i));
  return `${lines.join('\n')}\n`;
}

const BARE_TABLE = `CREATE TABLE assignments (
  id text, plan_id text, item_id text, org_id text, org_path text, role text, period_key text,
  state text, template_version integer, evidence_required boolean, workflow_variant text,
  due_on date, year integer)`;
const PROJECT_INDEXES = [
  'CREATE UNIQUE INDEX assignments_pk ON assignments (id)',
  'CREATE UNIQUE INDEX assignments_item_org_role_period_idx ON assignments (item_id, org_id, role, period_key)',
  'CREATE INDEX assignments_plan_idx ON assignments (plan_id)',
  'CREATE INDEX assignments_org_idx ON assignments (org_id, year)',
];

type Target = { pg: PGlite; close: () => Promise<void> };

async function bare(where: 'memory' | 'disk', options: PGliteOptions = {}, indexes = false): Promise<Target> {
  const dir = where === 'disk' ? mkdtempSync(path.join(tmpdir(), 'pglite-repro-')) : undefined;
  const pg = new PGlite(dir ?? 'memory://', options);
  await pg.waitReady;
  await pg.exec(BARE_TABLE);
  if (indexes) for (const s of PROJECT_INDEXES) await pg.exec(s);
  return {
    pg,
    close: async () => {
      await pg.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The project's database, migrated: `assignments` with its primary key and three indexes. */
async function project(where: 'memory' | 'disk'): Promise<Target & { handle: DatabaseHandle }> {
  const dir = where === 'disk' ? mkdtempSync(path.join(tmpdir(), 'pglite-repro-')) : undefined;
  const handle = await openMigratedDatabase({ dataDir: dir ?? 'memory://' });
  // The handle's PGlite: the raw session runs on it.
  const pg = { query: handle.query, exec: handle.execute } as unknown as PGlite;
  return {
    pg,
    handle,
    close: async () => {
      await handle.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

const COPY = `COPY assignments (${COLUMNS.join(', ')}) FROM '/dev/blob'`;

/** Copies rows [from, to) as COPYs of `perCopy` rows, `perTx` COPYs per transaction. */
async function load(t: Target, from: number, to: number, perCopy: number, perTx: number) {
  if ('handle' in t) {
    const handle = (t as Target & { handle: DatabaseHandle }).handle;
    for (let txStart = from; txStart < to; txStart += perCopy * perTx) {
      const txEnd = Math.min(to, txStart + perCopy * perTx);
      await handle.rawTransaction(async (tx) => {
        for (let s = txStart; s < txEnd; s += perCopy) {
          const rows = copyText(s, Math.min(txEnd, s + perCopy))
            .trimEnd()
            .split('\n')
            .map((l) => l.split('\t'));
          await tx.copyInto('assignments', COLUMNS, rows);
        }
      });
    }
    return;
  }
  for (let txStart = from; txStart < to; txStart += perCopy * perTx) {
    const txEnd = Math.min(to, txStart + perCopy * perTx);
    await t.pg.transaction(async (tx) => {
      for (let s = txStart; s < txEnd; s += perCopy)
        await tx.query(COPY, [], { blob: new Blob([copyText(s, Math.min(txEnd, s + perCopy))]) });
    });
  }
}

type Case = { name: string; open: () => Promise<Target>; perCopy: number; perTx: number; after?: string[] };

const ONE = Number.MAX_SAFE_INTEGER;
/**
 * PostgreSQL 18 extends a relation by several blocks with posix_fallocate, which PGlite's
 * emscripten runtime turns into ftruncate: on the in-memory file system (MEMFS) that copies the
 * whole file into a new buffer of the exact size, on every extension. Zeros written instead grow
 * the buffer by 12.5 % at a time.
 */
const WRITE_ZEROS: PGliteOptions = { postgresqlconf: ['file_extend_method = write_zeros'] };
const cases: Case[] = [
  { name: 'bare, memory, one COPY', open: () => bare('memory'), perCopy: ONE, perTx: 1 },
  { name: 'bare, disk, one COPY', open: () => bare('disk'), perCopy: ONE, perTx: 1 },
  { name: 'bare, memory, write_zeros, one COPY', open: () => bare('memory', WRITE_ZEROS), perCopy: ONE, perTx: 1 },
  { name: 'bare, disk, write_zeros, one COPY', open: () => bare('disk', WRITE_ZEROS), perCopy: ONE, perTx: 1 },
  { name: 'bare+4 indexes, memory, one COPY', open: () => bare('memory', {}, true), perCopy: ONE, perTx: 1 },
  { name: 'bare+4 indexes, disk, one COPY', open: () => bare('disk', {}, true), perCopy: ONE, perTx: 1 },
  {
    name: 'bare+4 indexes, memory, write_zeros, one COPY',
    open: () => bare('memory', WRITE_ZEROS, true),
    perCopy: ONE,
    perTx: 1,
  },
  {
    name: 'bare+4 indexes, disk, write_zeros, one COPY',
    open: () => bare('disk', WRITE_ZEROS, true),
    perCopy: ONE,
    perTx: 1,
  },
  {
    name: 'bare, memory, one COPY, then 4 indexes built',
    open: () => bare('memory'),
    perCopy: ONE,
    perTx: 1,
    after: PROJECT_INDEXES,
  },
  { name: 'project assignments, memory, one COPY', open: () => project('memory'), perCopy: ONE, perTx: 1 },
  { name: 'project assignments, disk, one COPY', open: () => project('disk'), perCopy: ONE, perTx: 1 },
  {
    name: 'project assignments, memory, COPY per plan, 1 tx',
    open: () => project('memory'),
    perCopy: ROWS_PER_PLAN,
    perTx: ONE,
  },
  {
    name: 'project assignments, memory, COPY per plan, tx per plan',
    open: () => project('memory'),
    perCopy: ROWS_PER_PLAN,
    perTx: 1,
  },
  {
    name: 'bare+4 indexes, disk, relaxedDurability, tx per plan',
    open: () => bare('disk', { relaxedDurability: true }, true),
    perCopy: ROWS_PER_PLAN,
    perTx: 1,
  },
  {
    name: 'bare+4 indexes, disk, tx per plan',
    open: () => bare('disk', {}, true),
    perCopy: ROWS_PER_PLAN,
    perTx: 1,
  },
];

const results: Record<string, string | number>[] = [];
for (const c of cases) {
  if (only.length && !only.some((o) => c.name.includes(o))) continue;
  const t = await c.open();
  try {
    if (PRELOAD) await load(t, N, N + PRELOAD, 20_000, 1);
    const start = performance.now();
    await load(t, 0, N, c.perCopy, c.perTx);
    for (const s of c.after ?? []) await t.pg.exec(s);
    const ms = performance.now() - start;
    results.push({
      case: c.name,
      rows: N,
      preload: PRELOAD,
      ms: Math.round(ms),
      'rows/s': Math.round(N / (ms / 1000)),
    });
    console.error(`${c.name}: ${Math.round(N / (ms / 1000))} rows/s`);
  } finally {
    await t.close();
  }
}
console.table(results);
