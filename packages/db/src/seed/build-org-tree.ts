import {
  cityDivisionType,
  countyDivision,
  functionsAtLevel,
  type Org,
  type OrgLevel,
  provinceDivisionType,
  renderDepartmentName,
  townshipDivision,
  townshipOfficesOf,
} from '@cascade/engine';
import type { DivisionData } from './division-data.ts';

/** An org row as stored: the domain facts plus the short name plans use. */
export type OrgRow = Org & { shortName: string; sortKey: number };

/** Prefecture-level entries that are only statistical groupings, not governments. */
const PSEUDO_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

type Counts = { villages: number; communities: number };

function government(
  parent: OrgRow | null,
  code: string,
  name: string,
  level: OrgLevel,
  division: { divisionType: string; kind: Org['kind'] },
  counts: Counts,
): OrgRow {
  return {
    id: code,
    parentId: parent?.id ?? null,
    path: `${parent?.path ?? '/'}${code}/`,
    depth: (parent?.depth ?? 0) + 1,
    regionCode: code,
    name,
    shortName: name,
    fullName: `${parent?.fullName ?? ''}${name}`,
    level,
    kind: division.kind,
    divisionType: division.divisionType,
    function: null,
    hasVillages: counts.villages > 0,
    hasCommunities: counts.communities > 0,
    villageCount: counts.villages,
    communityCount: counts.communities,
    tags: [],
    sortKey: Number(code),
  };
}

function departments(gov: OrgRow): OrgRow[] {
  return functionsAtLevel(gov.level).map((fn, index) => {
    const { name, shortName } = renderDepartmentName(fn.key, gov);
    const id = `${gov.id}-${fn.key}`;
    const own = name.startsWith(gov.name) ? name.slice(gov.name.length) : name;
    return {
      id,
      parentId: gov.id,
      path: `${gov.path}${id}/`,
      depth: gov.depth + 1,
      regionCode: null,
      name,
      shortName,
      fullName: `${gov.fullName}${own}`,
      level: gov.level,
      kind: fn.isOffice ? 'office' : 'department',
      divisionType: null,
      function: fn.key,
      hasVillages: false,
      hasCommunities: false,
      villageCount: 0,
      communityCount: 0,
      tags: [],
      sortKey: index,
    };
  });
}

/** A township's 党政办 and 办（中心）: what its own plans name as units (it has no 部门). */
function townshipOffices(township: OrgRow): OrgRow[] {
  if (township.kind !== 'government') return [];
  return townshipOfficesOf(township).map((office, index) => {
    const id = `${township.id}-${office.key}`;
    return {
      id,
      parentId: township.id,
      path: `${township.path}${id}/`,
      depth: township.depth + 1,
      regionCode: null,
      name: `${township.name}${office.name}`,
      shortName: office.shortName,
      fullName: `${township.fullName}${office.name}`,
      level: 'township',
      kind: office.isOffice ? 'office' : 'department',
      divisionType: null,
      function: office.key,
      hasVillages: false,
      hasCommunities: false,
      villageCount: 0,
      communityCount: 0,
      tags: [],
      sortKey: index,
    };
  });
}

function sum(counts: Counts[]): Counts {
  return counts.reduce((a, c) => ({ villages: a.villages + c.villages, communities: a.communities + c.communities }), {
    villages: 0,
    communities: 0,
  });
}

/**
 * Builds the org tree of the given provinces (all when empty): governments from the division
 * data, a standard department set under every province, city and county government, the
 * standard 办（中心） of every township, and
 * village/community counts rolled up from the village-level records. Parents come before
 * children in the result.
 */
export function buildOrgTree(data: DivisionData, provinces: readonly string[] = []): OrgRow[] {
  const wanted = (code: string) => provinces.length === 0 || provinces.includes(code.slice(0, 2));
  const none: Counts = { villages: 0, communities: 0 };
  const townshipsByCounty = groupBy(
    data.townships.filter((t) => wanted(t.code)),
    (t) => t.parent,
  );
  const countiesByCity = groupBy(
    data.counties.filter((c) => wanted(c.code)),
    (c) => c.parent,
  );
  const townshipCounts = (code: string) => data.villageCounts.get(code) ?? none;
  const countyCounts = (code: string) => sum((townshipsByCounty.get(code) ?? []).map((t) => townshipCounts(t.code)));
  const cityCounts = (code: string) => sum((countiesByCity.get(code) ?? []).map((c) => countyCounts(c.code)));

  const rows: OrgRow[] = [];
  const addTownship = (parent: OrgRow, code: string, name: string) => {
    const township = government(parent, code, name, 'township', townshipDivision(code, name), townshipCounts(code));
    rows.push(township, ...townshipOffices(township));
  };
  const addCounty = (parent: OrgRow, code: string, name: string) => {
    if (code === parent.id) {
      // Cities without districts (东莞, 中山, 嘉峪关, 儋州) list themselves as their only county:
      // their townships hang directly under the city.
      for (const t of townshipsByCounty.get(code) ?? []) addTownship(parent, t.code, t.name);
      return;
    }
    const county = government(parent, code, name, 'county', countyDivision(code, name), countyCounts(code));
    rows.push(county);
    if (county.kind === 'government') rows.push(...departments(county));
    for (const t of townshipsByCounty.get(code) ?? []) addTownship(county, t.code, t.name);
  };
  for (const p of data.provinces.filter((p) => wanted(p.code))) {
    const cities = data.cities.filter((c) => c.parent === p.code);
    const provinceCounts = sum(cities.map((c) => cityCounts(c.code)));
    // GB/T 2260 codes have six digits: 44 → 440000 (广东省), 4413 → 441300 (惠州市).
    const province = government(
      null,
      p.code.padEnd(6, '0'),
      p.name,
      'province',
      { divisionType: provinceDivisionType(p.code, p.name), kind: 'government' },
      provinceCounts,
    );
    rows.push(province, ...departments(province));
    for (const c of cities) {
      if (PSEUDO_CITIES.has(c.name)) {
        // 直辖市 districts and 省直辖县级行政区划 hang directly under the province.
        for (const county of countiesByCity.get(c.code) ?? []) addCounty(province, county.code, county.name);
        continue;
      }
      const city = government(
        province,
        c.code.padEnd(6, '0'),
        c.name,
        'city',
        { divisionType: cityDivisionType(c.name), kind: 'government' },
        cityCounts(c.code),
      );
      rows.push(city, ...departments(city));
      for (const county of countiesByCity.get(c.code) ?? []) addCounty(city, county.code, county.name);
    }
  }
  return rows;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
