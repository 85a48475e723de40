import type { OrgCapabilities } from './org-capabilities.ts';

/**
 * An org of the tree: governments (province → city → county → township), their offices and
 * departments (部门), and departments' sections (科室). These are the facts rules read.
 */
export type OrgLevel = 'province' | 'city' | 'county' | 'township';

/** government 政府 · office 办公室/办公厅 · department 部门 · section 科室 · zone 开发区/管委会 */
export type OrgKind = 'government' | 'office' | 'department' | 'section' | 'zone';

export type Org = {
  /** Region code for governments ("441322"), `<government id>-<function>` for departments. */
  id: string;
  parentId: string | null;
  /** Ids from the root, "/44/4413/441322/": a subtree is a prefix. */
  path: string;
  depth: number;
  regionCode: string | null;
  name: string;
  /** Name with its ancestors: 广东省惠州市博罗县. */
  fullName: string;
  level: OrgLevel;
  kind: OrgKind;
  /** 省 / 自治区 / 直辖市 / 市 / 地区 / 自治州 / 盟 / 区 / 县 / 县级市 / 旗 / 街道 / 镇 / 乡 … */
  divisionType: string | null;
  /** Department function key from the dictionary (justice, finance…). */
  function: string | null;
  hasVillages: boolean;
  hasCommunities: boolean;
  villageCount: number;
  communityCount: number;
  tags: string[];
  /** What an admin set about its capabilities (政府公报, 网站 …); unset ones take the level's defaults. */
  capabilities?: Partial<OrgCapabilities>;
};

/** Governments and zones hold territory; offices, departments and sections work inside one. */
export const TERRITORIAL_KINDS: readonly OrgKind[] = ['government', 'zone'];

export function isTerritorial(org: Pick<Org, 'kind'>): boolean {
  return TERRITORIAL_KINDS.includes(org.kind);
}
