import type { UnitSelector } from './units-by-role.ts';

/** The level word a phrase starts with when it speaks of its own government: 市直, 县政府, 区级. */
const LEVEL = '(?:省|市|州|盟|县|区|旗|自治区|地区|乡|镇)';
const ZONES = /管委会|园区|开发区|高新区|新区|场/;

type Rule = [RegExp, (text: string) => UnitSelector];

const county = (text: string): UnitSelector => ({
  kind: 'childGovernments',
  includeZones: ZONES.test(text),
  depth: 1,
  targetLevel: 'county',
});

/**
 * Selectors a unit phrase may really be, tried in order on the normalized text; the last resort
 * is a named org. Patterns are compiled once, here.
 */
const RULES: Rule[] = [
  // 县疫情防控工作领导小组成员单位, 联席会议各成员单位: a named group's members.
  [/(?:领导小组|委员会|联席会议|指挥部|工作专班)(?:各)?成员单位$/, (text) => ({ kind: 'group', name: text })],
  // 各乡镇（街道）, 各乡（镇、街道）, 各乡镇人民政府（街道办事处）, 各镇, 各街道, and a bare 街道办事处
  // after 各乡镇人民政府: the township level.
  [
    /^(?:全[省市县区旗])?各(?:乡|镇|街道|苏木)|^(?:各)?街道办事处$/,
    (text) => ({ kind: 'childGovernments', includeZones: ZONES.test(text), depth: 1, targetLevel: 'township' }),
  ],
  // 各县（区）人民政府（管委会）, 各县（市、区）, 各县、区, 各市、县（区）: the county level.
  [/^(?:全[省市])?各(?:县|区|旗|市、县|市县|市辖区|县级市)/, county],
  // 各市, 各地级以上市, 各设区市: the city level.
  [
    /^(?:全省)?各(?:市|州|盟|地级以上市|地级市|设区的?市|地市)/,
    (text) => ({ kind: 'childGovernments', includeZones: ZONES.test(text), depth: 1, targetLevel: 'city' }),
  ],
  [
    new RegExp(`^${LEVEL}?(?:直|级|政府)?(?:其他|其余)(?:各)?(?:工作)?(?:单位|部门)`),
    () => ({ kind: 'departments', scope: 'other' }),
  ],
  [
    new RegExp(`^${LEVEL}?(?:直|级|政府)?(?:各)?(?:有关|相关)(?:各)?(?:工作)?(?:单位|部门)$`),
    () => ({ kind: 'departments', scope: 'relevant' }),
  ],
  [
    new RegExp(
      `^${LEVEL}(?:直|级)?各(?:工作)?(?:单位|部门)$|^${LEVEL}(?:人民)?政府(?:各)?(?:工作)?部门$|^${LEVEL}直(?:属)?(?:各)?(?:单位|部门|机构)$|^(?:各)?直属机构$`,
    ),
    () => ({ kind: 'departments', scope: 'all' }),
  ],
  // A township's own 办（中心） and 站所 (it has no 部门): 各办（中心）, 其他站所, 有关办（中心）.
  [/^(?:镇|乡|街道)?(?:其他|其余)(?:各)?(?:办[（(]中心[)）]|站所)$/, () => ({ kind: 'departments', scope: 'other' })],
  [/^(?:镇|乡|街道)?(?:有关|相关)(?:办[（(]中心[)）]|站所)$/, () => ({ kind: 'departments', scope: 'relevant' })],
  [/^(?:镇|乡|街道)?各(?:办[（(]中心[)）]|站所)$/, () => ({ kind: 'departments', scope: 'all' })],
  [/^各级各(?:部门|单位)$|^各地各(?:部门|单位)$|^各(?:部门|单位)$/, () => ({ kind: 'allUnits' })],
  // 相关科(室), 各科室, 有关股室: the sections of a department plan's owner.
  [
    /^(?:相关|有关|各)(?:职能|业务)?(?:科|股|处)(?:室|（室）)?$|^(?:机关)?各(?:职能)?(?:科|股|处)室$/,
    () => ({ kind: 'relevantSections' }),
  ],
  // 局直属事业单位, 局属各单位, 局属单位: a department's own subordinate units, all of them.
  [/^(?:局|委|办)(?:直属|属)(?:各)?(?:事业)?(?:单位|机构)$/, () => ({ kind: 'departments', scope: 'all' })],
  [new RegExp(`^${LEVEL}(?:人民)?政府(?:办公室|办公厅|办)$|^${LEVEL}府办$`), () => ({ kind: 'ownOffice' })],
  [new RegExp(`^${LEVEL}(?:人民)?政府$|^本级(?:人民)?政府$`), () => ({ kind: 'self' })],
];

/** A note in parentheses after a name: 县政府办公室（政务服务中心）, 县政府（含县政府办公室）. */
const TRAILING_NOTE = /（[^（）]*）$/;

/**
 * Reads the selector a normalized unit phrase stands for, relative to the plan's owner: 各县（区）
 * 人民政府（管委会） → its county-level governments; 市直各单位 → all its departments; 市司法局 → a
 * named org, resolved against the org tree (by function) when a plan is derived.
 */
export function readUnitSelector(normalized: string): UnitSelector {
  for (const [re, make] of RULES) if (re.test(normalized)) return make(normalized);
  // The office or government itself with a note: 县政府办公室（政务服务中心） is still the own office.
  const base = normalized.replace(TRAILING_NOTE, '');
  if (base !== normalized && base) {
    const selector = readUnitSelector(base);
    if (selector.kind === 'ownOffice' || selector.kind === 'self') return selector;
  }
  return { kind: 'namedOrg', name: normalized };
}
