import type { Org } from './org.ts';

/**
 * The internal offices of a township-level government (乡镇/街道的内设机构: 办、中心). A township
 * has no 部门 and a street no 政府: their work is done by a 党政办 and a handful of 办（中心）,
 * each serving the county departments of a few functions (社会事务办 ← 卫健、民政、教育、人社 …).
 * This is the standard set the org tree is seeded with; an admin renames or adds to it per
 * township, and derivation only ever asks the tree.
 */
export type TownshipOffice = {
  key: string;
  /** The name after the township's own (石坝镇 + 社会事务办公室). */
  name: string;
  /** How a township's documents write it: 社会事务办. */
  shortName: string;
  /** A street's name for the same office, when it differs (经济发展办 → 经济服务办). */
  streetName?: { name: string; shortName: string };
  /** County department functions whose work this office does in the township. */
  serves: readonly string[];
  /** Only where the township has villages (农业农村办). */
  needsVillages?: boolean;
  /** The office that acts for the township government itself (党政办). */
  isOffice?: boolean;
};

export const TOWNSHIP_OFFICES: readonly TownshipOffice[] = [
  {
    key: 'office',
    name: '党政综合办公室',
    shortName: '党政办',
    serves: ['office', 'cyberspace', 'archives', 'media', 'statistics', 'audit', 'ethnicReligion'],
    isOffice: true,
  },
  {
    key: 'socialAffairs',
    name: '社会事务办公室',
    shortName: '社会事务办',
    serves: ['health', 'civilAffairs', 'education', 'hrss', 'veterans', 'medicalSecurity', 'cultureTourism', 'sports'],
  },
  {
    key: 'economicAffairs',
    name: '经济发展办公室',
    shortName: '经济发展办',
    streetName: { name: '经济服务办公室', shortName: '经济服务办' },
    serves: ['development', 'industry', 'commerce', 'finance', 'science', 'stateAssets', 'marketRegulation', 'tax'],
  },
  {
    key: 'ruralAffairs',
    name: '农业农村办公室',
    shortName: '农业农村办',
    serves: ['agriculture', 'forestry', 'waterResources'],
    needsVillages: true,
  },
  {
    key: 'planningConstruction',
    name: '规划建设办公室',
    shortName: '规划建设办',
    streetName: { name: '城市建设管理办公室', shortName: '城建办' },
    serves: ['naturalResources', 'housing', 'transport', 'urbanManagement', 'ecology', 'housingFund'],
  },
  {
    key: 'comprehensiveGovernance',
    name: '综合治理中心',
    shortName: '综治中心',
    serves: ['justice', 'publicSecurity', 'petitions'],
  },
  {
    key: 'emergencyOffice',
    name: '应急管理办公室',
    shortName: '应急办',
    serves: ['emergency'],
  },
  {
    key: 'serviceCentre',
    name: '便民服务中心',
    shortName: '便民服务中心',
    serves: ['govServiceData'],
  },
];

const BY_FUNCTION = new Map(TOWNSHIP_OFFICES.flatMap((o) => o.serves.map((fn) => [fn, o] as const)));

/** The township office that does a county department's work (卫健 → 社会事务办), if any. */
export function townshipOfficeFor(functionKey: string): TownshipOffice | undefined {
  return BY_FUNCTION.get(functionKey);
}

/** The standard offices of one township: a street's names, 农业农村办 only where there are villages. */
export function townshipOfficesOf(
  township: Pick<Org, 'divisionType' | 'hasVillages'>,
): { key: string; name: string; shortName: string; isOffice: boolean }[] {
  const street = township.divisionType === '街道';
  return TOWNSHIP_OFFICES.filter((o) => !o.needsVillages || township.hasVillages).map((o) => ({
    key: o.key,
    ...(street && o.streetName ? o.streetName : { name: o.name, shortName: o.shortName }),
    isOffice: o.isOffice === true,
  }));
}
