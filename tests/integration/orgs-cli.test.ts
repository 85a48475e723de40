import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openMigratedDatabase, seedOrgTree } from '@cascade/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'orgs-cli-'));

/** `pnpm cli orgs …` as an operator runs it at the server's console, on the embedded database. */
function cli(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'apps/cli/src/main.ts', 'orgs', ...args], {
    cwd: ROOT,
    env: { ...process.env, PGLITE_DIR: dataDir, DATABASE_URL: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function eventsOf(subjectId: string) {
  const database = await openMigratedDatabase({ dataDir });
  try {
    return await database.query<{ actor: string; type: string }>(
      "SELECT actor, type FROM events WHERE subject_type = 'org' AND subject_id = $1 ORDER BY id",
      [subjectId],
    );
  } finally {
    await database.close();
  }
}

// Each case runs the CLI as its own process (tsx, PGlite): slow on a busy 2-core machine.
describe('org facts at the console (pnpm cli orgs capabilities | add-section)', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    const database = await openMigratedDatabase({ dataDir });
    await seedOrgTree(database, { provinces: ['44'] });
    await database.close();
  }, 120_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("shows a township's capabilities, sets two and puts one back, as JSON, logged as the console's", async () => {
    const shown = cli(['capabilities', '441322100']);
    expect(shown.stderr).toBe('');
    expect(shown.stdout).toContain('石坝镇（441322100）的能力：');
    expect(shown.stdout).toContain('政府网站：上级政府网站专栏（本级默认）');

    const set = cli([
      'capabilities',
      '441322100',
      '--set',
      'pressConferences=true',
      'website=own',
      '--set',
      'gazette=false',
      '--json',
    ]);
    expect(set.status).toBe(0);
    expect(JSON.parse(set.stdout)).toEqual({
      id: '441322100',
      name: '石坝镇',
      capabilities: { gazette: false, website: 'own', normativeDocuments: false, pressConferences: true },
      capabilityOverrides: { pressConferences: true, website: 'own', gazette: false },
    });
    const back = JSON.parse(cli(['capabilities', '441322100', '--set', 'website=default', '--json']).stdout);
    expect(back.capabilities.website).toBe('column');
    expect(back.capabilityOverrides).toEqual({ pressConferences: true, gazette: false });
    expect(await eventsOf('441322100')).toEqual([
      { actor: 'system:cli', type: 'org.capabilities.changed' },
      { actor: 'system:cli', type: 'org.capabilities.changed' },
    ]);

    const wrong = cli(['capabilities', '441322100', '--set', 'gazette=maybe']);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('gazette 的值为 true、false 或 default，不是“maybe”');
    expect(cli(['capabilities', '441322100', '--set', 'budget=true']).stderr).toContain('没有“budget”这项能力');
    expect(cli(['capabilities', '999999']).stderr).toContain('单位 999999 不存在');
  });

  it('adds 股室 under 博罗县司法局, refuses one twice and one under a government', async () => {
    const added = cli(['add-section', '441322-justice', '行政复议与应诉股']);
    expect(added.stderr).toBe('');
    expect(added.stdout).toContain('已在博罗县司法局下新增股室 行政复议与应诉股（441322-justice-s1）');
    const json = JSON.parse(cli(['add-section', '441322-justice', '社区矫正股', '--json']).stdout);
    expect(json).toMatchObject({
      id: '441322-justice-s2',
      kind: 'section',
      level: 'county',
      parentId: '441322-justice',
    });
    expect(cli(['add-section', '441322-justice', '社区矫正股']).stderr).toContain('博罗县司法局已有“社区矫正股”');
    expect(cli(['add-section', '441322', '办公室']).stderr).toContain('博罗县不是县级以上政府的部门或办公室');
    expect(cli(['find', '441322-justice-s1']).stdout).toMatch(
      /441322-justice-s1\s+广东省 › 惠州市 › 博罗县 › 博罗县司法局 › 行政复议与应诉股/,
    );
    expect(await eventsOf('441322-justice-s1')).toEqual([{ actor: 'system:cli', type: 'org.section.added' }]);
  });
});
