import type { OrgKind } from './org.ts';

/** Municipalities directly under the central government (直辖市). */
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

export function provinceDivisionType(code: string, name: string): string {
  if (MUNICIPALITIES.has(code)) return '直辖市';
  if (name.endsWith('自治区')) return '自治区';
  if (name.endsWith('特别行政区')) return '特别行政区';
  return '省';
}

export function cityDivisionType(name: string): string {
  for (const t of ['自治州', '地区', '盟']) if (name.endsWith(t)) return t;
  return '市';
}

const ZONE_WORDS = /(开发区|高新区|高新技术|新区|管理区|园区|示范区|合作区|试验区|管委会|行政委员会|新城)/;

/**
 * County level. GB/T 2260 gives 71–79 to functional zones (开发区) and 81–99 to county-level
 * cities (县级市), which decides the cases the name alone cannot.
 */
export function countyDivision(code: string, name: string): { divisionType: string; kind: OrgKind } {
  const series = code.slice(4, 5);
  if (series === '7' || (ZONE_WORDS.test(name) && !/[县市旗]$/.test(name)))
    return { divisionType: '开发区', kind: 'zone' };
  for (const t of ['自治县', '自治旗', '林区', '特区', '县', '旗']) {
    if (name.endsWith(t)) return { divisionType: t, kind: 'government' };
  }
  if (name.endsWith('市')) return { divisionType: '县级市', kind: 'government' };
  if (name.endsWith('区')) return { divisionType: '区', kind: 'government' };
  return { divisionType: '县级区划', kind: 'government' };
}

/**
 * Township level. Names decide first (街道 / 镇 / 民族乡 / 乡 / 苏木); the code's series
 * (001–099 街道, 100–199 镇, 200–399 乡, 400+ other) decides the rest; farms, parks and
 * management areas (农场, 管理区…) are zones.
 */
export function townshipDivision(code: string, name: string): { divisionType: string; kind: OrgKind } {
  if (/街道(办事处)?$/.test(name)) return { divisionType: '街道', kind: 'government' };
  if (name.endsWith('民族乡')) return { divisionType: '民族乡', kind: 'government' };
  if (name.endsWith('镇')) return { divisionType: '镇', kind: 'government' };
  if (name.endsWith('乡')) return { divisionType: '乡', kind: 'government' };
  if (name.endsWith('苏木')) return { divisionType: '苏木', kind: 'government' };
  const series = Number(code.slice(6, 9));
  if (series < 100) return { divisionType: '街道', kind: 'government' };
  if (series < 200) return { divisionType: '镇', kind: 'government' };
  if (series < 400) return { divisionType: '乡', kind: 'government' };
  return { divisionType: '其他', kind: 'zone' };
}

/**
 * The word a government calls itself by in plan texts (全市, 市直, 县政府办公室): 省 / 市 /
 * 县 / 区 / 旗 / 州 / 盟; a county-level city says 市 and a 自治区 says 自治区.
 */
export function selfWord(divisionType: string | null): string {
  switch (divisionType) {
    case '直辖市':
    case '市':
    case '县级市':
      return '市';
    case '自治区':
      return '自治区';
    case '自治州':
      return '州';
    case '地区':
      return '地区';
    case '盟':
      return '盟';
    case '县':
    case '自治县':
      return '县';
    case '旗':
    case '自治旗':
      return '旗';
    case '区':
    case '林区':
    case '特区':
    case '开发区':
      return '区';
    case '街道':
      return '街道';
    case '镇':
      return '镇';
    case '乡':
    case '民族乡':
      return '乡';
    default:
      return '省';
  }
}
