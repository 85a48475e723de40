/**
 * Units named by a plan item, grouped by role.
 * 牵头 lead · 责任/落实 responsible · 配合/协助 cooperate.
 */
export type UnitRole = 'lead' | 'responsible' | 'cooperate';

/**
 * A unit phrase that is really a selector relative to the plan's owner org, e.g.
 * 各县(区)人民政府(管委会) → children governments; 市直各单位 → all departments of the owner.
 */
export type UnitSelector =
  | { kind: 'self' } // 本级政府 / 市政府
  | { kind: 'ownOffice' } // 市政府办公室
  /**
   * 各县（区）人民政府（管委会）: the governments below the owner at the level the phrase names
   * (`targetLevel`: 各县（区） → county, 各乡镇（街道） → township). `depth` is the level count as far
   * as the phrase alone tells (always 1: 各乡镇 in a city plan is two levels down, in a county plan
   * one — the owner decides); `includeZones` when it names 管委会/开发区/园区 too.
   */
  | { kind: 'childGovernments'; includeZones: boolean; depth: 1 | 2; targetLevel: 'city' | 'county' | 'township' }
  /**
   * 市直各单位 (all) / 市直其他单位 (other: all but those named beside it) / 市直有关单位 (relevant).
   * `byFunction`: written with 按职能分工落实 — each acts as far as its functions (职能) reach, so in
   * effect only the relevant ones.
   */
  | { kind: 'departments'; scope: 'all' | 'other' | 'relevant'; byFunction?: boolean }
  | { kind: 'namedOrg'; name: string; function?: string } // 市司法局 (function: justice)
  | { kind: 'group'; name: string } // 县疫情防控工作领导小组成员单位
  | { kind: 'allUnits' } // 各单位
  | { kind: 'relevantSections' } // 相关科(室)
  | { kind: 'except'; base: UnitSelector; excluded: UnitSelector[] };

export type UnitRef = {
  /** The unit as written, normalized (full-width parentheses, no spaces). */
  text: string;
  selector: UnitSelector;
};

export type UnitsByRole = Record<UnitRole, UnitRef[]>;
