import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ImportResult, LedgerPage, PlanDetail } from '@cascade/contracts';
import { BackupError, backupDatabase, type DatabaseHandle, openDatabase, restoreDatabase } from '@cascade/db';
import { createPostgresTestDatabase, forEachDatabase, openMigratedPglite } from '@cascade/db/testing';
import { createTestWorld, type TestWorld } from '@cascade/server/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const SEED = readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/import/seed/huizhou-city-2022.txt'),
  'utf8',
);
const dir = mkdtempSync(path.join(tmpdir(), 'cascade-backup-'));
const enc = encodeURIComponent;

/** Every row of every table, as JSON text sorted — read with SQL, not with the backup's own COPY. */
async function snapshot(handle: DatabaseHandle): Promise<Record<string, string[]>> {
  const tables = await handle.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const out: Record<string, string[]> = {};
  for (const { name } of tables) {
    const rows = await handle.query<{ r: string }>(`SELECT row_to_json(t)::text AS r FROM "${name}" t ORDER BY 1`);
    out[name] = rows.map((r) => r.r);
  }
  return out;
}

/** An empty migrated database of the given kind, closed (and dropped) after the suite. */
const opened: (() => Promise<void>)[] = [];
async function emptyDatabase(kind: DatabaseHandle['kind']): Promise<DatabaseHandle> {
  if (kind === 'pglite') {
    const handle = await openMigratedPglite();
    opened.push(() => handle.close());
    return handle;
  }
  const created = await createPostgresTestDatabase();
  if (!created) throw new Error('no PostgreSQL test server');
  const handle = await openDatabase({ url: created.url });
  opened.push(async () => {
    await handle.close();
    await created.drop();
  });
  return handle;
}
afterAll(async () => {
  for (const close of opened) await close();
});

/**
 * `pnpm cli backup` / `pnpm cli restore`: a database with an org subtree, a published plan, its
 * ledger, reports with evidence files, a return and an urge goes to one file and comes back into
 * an empty database with every row of every table equal.
 */
describe('backup and restore', () => {
  forEachDatabase((getDb, kind) => {
    let world: TestWorld;
    let file: string;
    let before: Record<string, string[]>;

    beforeAll(async () => {
      world = await createTestWorld(getDb());
      const author = await world.as('hz-author');
      const imported = await author.send<ImportResult>('POST', '/api/plans/import', { text: SEED, fileName: 'hz.txt' });
      const plan = await author.send<PlanDetail>('GET', `/api/plans/${enc(imported.plan.id)}`);
      await author.send('POST', `/api/plans/${enc(plan.plan.id)}/publish`, {
        expectedVersion: plan.plan.version,
        summary: "印发稿 '; DROP TABLE plans;-- \\ % _",
      });
      const county = await world.as('bl-reporter-county');
      const { rows } = await county.send<LedgerPage>('GET', '/api/ledger?state=assigned&limit=2');
      for (const row of rows) {
        const form = new FormData();
        form.set('expectedVersion', String(row.version));
        form.set('text', '已公开\t制表符\n换行 \\N 反斜杠');
        form.append('files', new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 255, 10, 92])], '截图.pdf'));
        const res = await county.request(`/api/assignments/${enc(row.id)}/report`, { method: 'POST', body: form });
        expect(res.status).toBe(200);
      }
      const supervisor = await world.as('hz-supervisor');
      const reported = await supervisor.send<LedgerPage>('GET', '/api/ledger?state=reported&limit=1');
      const first = reported.rows[0]!;
      await supervisor.send('POST', `/api/assignments/${enc(first.id)}/return`, {
        expectedVersion: first.version,
        reason: '请补充链接',
      });
      await supervisor.send('POST', `/api/assignments/${enc(first.id)}/urge`, { message: '请抓紧' });
      before = await snapshot(getDb());
      file = path.join(dir, `${kind}.backup.gz`);
    }, 120_000);

    it('has something in each table it backs up', () => {
      for (const table of ['orgs', 'plans', 'plan_items', 'assignments', 'events', 'evidence_files', 'users'])
        expect(before[table]?.length, table).toBeGreaterThan(0);
    });

    it('round trip into an empty database of the same kind: every table equal, row by row', async () => {
      const backup = await backupDatabase(getDb(), file);
      expect(backup.rows).toBe(Object.values(before).reduce((n, rows) => n + rows.length, 0));
      const target = await emptyDatabase(kind);
      const restored = await restoreDatabase(target, file);
      expect(restored.rows).toBe(backup.rows);
      const after = await snapshot(target);
      expect(Object.keys(after)).toEqual(Object.keys(before));
      for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
      // The restored database goes on: the next event id follows the last one restored.
      const [max] = await target.query<{ n: string }>('SELECT max(id)::text AS n FROM events');
      const [nextId] = await target.query<{ n: string }>(
        `SELECT nextval(pg_get_serial_sequence('events', 'id'))::text AS n`,
      );
      expect(BigInt(nextId!.n)).toBe(BigInt(max!.n) + 1n);
    }, 120_000);

    // (Without a PostgreSQL server the harness prints why that variant is skipped.)
    if (kind === 'pglite' && inject('postgresUrl'))
      it('moves the embedded database to PostgreSQL: a PGlite backup restores there unchanged', async () => {
        const target = await emptyDatabase('postgres');
        await restoreDatabase(target, file);
        expect(await snapshot(target)).toEqual(before);
      }, 120_000);

    it('refuses a database that already has rows, and leaves it as it was', async () => {
      await expect(restoreDatabase(getDb(), file)).rejects.toMatchObject({ reason: 'notEmpty' });
      expect(await snapshot(getDb())).toEqual(before);
    });

    it('refuses a truncated, altered or foreign file with a BackupError, writing nothing', async () => {
      const whole = readFileSync(file);
      const lines = gunzipSync(whole).toString('utf8').split('\n');
      const cases: [string, Buffer, string][] = [
        ['truncated gzip', whole.subarray(0, Math.floor(whole.length / 2)), 'damaged'],
        ['rows missing', gzipSync(lines.filter((_, i) => i % 50 !== 7).join('\n')), 'damaged'],
        ['a row altered', gzipSync(lines.map((l, i) => (i === 3 ? `${l}\tx` : l)).join('\n')), 'damaged'],
        ['not a backup', gzipSync('hello'), 'notBackup'],
        ['not gzip', Buffer.from('plain text'), 'notBackup'],
      ];
      // One empty database takes every bad file in turn: each refusal leaves it empty.
      const target = await emptyDatabase(kind);
      for (const [what, bytes, reason] of cases) {
        const bad = path.join(dir, `${kind}-${what.replace(/\s/g, '-')}.gz`);
        writeFileSync(bad, bytes);
        const error = await restoreDatabase(target, bad).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error, what).toBeInstanceOf(BackupError);
        expect((error as BackupError).reason, what).toBe(reason);
        expect((error as BackupError).message, what).toMatch(/[\u4e00-\u9fff]/);
        const left = await snapshot(target);
        for (const [table, rows] of Object.entries(left)) expect(rows, `${what}: ${table}`).toEqual([]);
      }
      await expect(restoreDatabase(target, path.join(dir, 'missing.gz'))).rejects.toMatchObject({
        reason: 'unreadable',
      });
    }, 120_000);
  });
});
