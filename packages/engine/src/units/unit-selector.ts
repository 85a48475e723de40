import type { UnitSelector } from './units-by-role.ts';

const LEVEL_WORD = '(省|市|州|盟|县|区|旗|自治区|地区)';

/** Selectors that a unit phrase may really be, tried in order; the last resort is a named org. */
const SELECTORS: [RegExp, (m: RegExpExecArray) => UnitSelector][] = [
  [
    /^各(乡镇|乡（镇|乡（镇、街道|镇（街道|乡、镇|镇、乡|镇街)|^各街道|^各乡镇/,
    () => ({ kind: 'childGovernments', includeZones: false, depth: 1, targetLevel: 'township' }),
  ],
  [
    /^各(县|区|县（市、区|县（区|县、区|区（县|市、县|县市区|县区)/,
    (m) => ({
      kind: 'childGovernments',
      includeZones: /管委会|园区|开发区/.test(m.input),
      depth: 1,
      targetLevel: 'county',
    }),
  ],
  [
    /^各(市|州|地级以上市|设区的市)/,
    (m) => ({ kind: 'childGovernments', includeZones: /管委会/.test(m.input), depth: 1, targetLevel: 'city' }),
  ],
  [
    new RegExp(`^${LEVEL_WORD}?(直|级|政府)?(其他|其余)(各)?(单位|部门)`),
    () => ({ kind: 'departments', scope: 'other' }),
  ],
  [
    new RegExp(`^${LEVEL_WORD}?(直|级|政府)?(有关|相关)(各)?(单位|部门)|^有关(单位|部门)|^相关(单位|部门)`),
    () => ({ kind: 'departments', scope: 'relevant' }),
  ],
  [
    new RegExp(`^${LEVEL_WORD}(直|级)?(各)(单位|部门)|^${LEVEL_WORD}政府各(部门|单位)|^${LEVEL_WORD}直单位`),
    () => ({ kind: 'departments', scope: 'all' }),
  ],
  [/(领导小组|委员会|联席会议)成员单位$/, (m) => ({ kind: 'group', name: m.input })],
  [/^各级各(部门|单位)$|^各(部门|单位)$|^各有关单位$/, () => ({ kind: 'allUnits' })],
  [/^(相关|有关|各)科（?室）?$|^相关科室$/, () => ({ kind: 'relevantSections' })],
  [new RegExp(`^${LEVEL_WORD}(人民)?政府(办公室|办公厅|办)$|^${LEVEL_WORD}府办$`), () => ({ kind: 'ownOffice' })],
  [new RegExp(`^${LEVEL_WORD}(人民)?政府$`), () => ({ kind: 'self' })],
];

/**
 * Reads the selector a unit phrase stands for, relative to the plan's owner: 各县（区）人民政府
 * (管委会) → its county-level governments; 市直各单位 → all its departments; 市司法局 → a named
 * org (resolved against the tree, by function, when a plan is derived).
 */
export function readUnitSelector(normalized: string): UnitSelector {
  for (const [re, make] of SELECTORS) {
    const m = re.exec(normalized);
    if (m) return make(m);
  }
  return { kind: 'namedOrg', name: normalized };
}
