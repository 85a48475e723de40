import type { DatabaseHandle } from '../client.ts';
import { buildOrgTree, type OrgRow } from './build-org-tree.ts';
import { readDivisionData } from './division-data.ts';

export type OrgTreeSeedOptions = {
  /** Province codes to load ('44' for 广东); all provinces when empty. */
  provinces?: readonly string[];
  onProgress?: (message: string) => void;
};

export type OrgTreeSeedResult = { skipped: boolean; inserted: number; ms: number };

const COLUMNS = [
  'id',
  'parent_id',
  'path',
  'depth',
  'region_code',
  'name',
  'short_name',
  'full_name',
  'level',
  'kind',
  'division_type',
  'function',
  'has_villages',
  'has_communities',
  'village_count',
  'community_count',
  'tags',
  'sort_key',
] as const;

function toCopyRow(o: OrgRow): unknown[] {
  return [
    o.id,
    o.parentId,
    o.path,
    o.depth,
    o.regionCode,
    o.name,
    o.shortName,
    o.fullName,
    o.level,
    o.kind,
    o.divisionType,
    o.function,
    o.hasVillages,
    o.hasCommunities,
    o.villageCount,
    o.communityCount,
    o.tags,
    o.sortKey,
  ];
}

export function orgTreeSeedMark(provinces: readonly string[] = []): string {
  return provinces.length ? `org-tree:${[...provinces].sort().join(',')}` : 'org-tree:all';
}

/**
 * Loads the national org tree (or some provinces of it) once. Everything happens in one
 * transaction with the completion mark, so a crash leaves nothing half-loaded and a re-run
 * after completion returns at once. Orgs that already exist (a smaller scope loaded earlier)
 * are kept as they are.
 */
export async function seedOrgTree(
  handle: DatabaseHandle,
  options: OrgTreeSeedOptions = {},
): Promise<OrgTreeSeedResult> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  const mark = orgTreeSeedMark(options.provinces);
  const done = await handle.query('SELECT 1 FROM seed_marks WHERE name = $1 OR name = $2', [mark, orgTreeSeedMark()]);
  if (done.length) return { skipped: true, inserted: 0, ms: performance.now() - started };

  progress('读取行政区划数据…');
  const rows = buildOrgTree(readDivisionData(), options.provinces);
  progress(`写入 ${rows.length} 个单位…`);
  const inserted = await handle.rawTransaction(async (tx) => {
    const [{ n } = { n: 0 }] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM orgs');
    let count: number;
    if (n === 0) {
      count = await tx.copyInto('orgs', COLUMNS, rows.map(toCopyRow));
    } else {
      await tx.execute('CREATE TEMP TABLE orgs_staging (LIKE orgs INCLUDING DEFAULTS) ON COMMIT DROP');
      await tx.copyInto('orgs_staging', COLUMNS, rows.map(toCopyRow));
      const result = await tx.query<{ n: number }>(
        'WITH added AS (INSERT INTO orgs SELECT * FROM orgs_staging ON CONFLICT (id) DO NOTHING RETURNING 1) SELECT count(*)::int AS n FROM added',
      );
      count = result[0]?.n ?? 0;
    }
    await tx.query('INSERT INTO seed_marks (name, counts) VALUES ($1, $2)', [
      mark,
      JSON.stringify({ orgs: rows.length }),
    ]);
    return count;
  });
  progress(`完成：新增 ${inserted} 个单位`);
  return { skipped: false, inserted, ms: performance.now() - started };
}
