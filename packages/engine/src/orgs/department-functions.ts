import type { OrgLevel } from './org.ts';

/**
 * The function dictionary: the standard departments of a government above township level,
 * with the names each level gives them (司法厅 / 司法局) and the short forms documents use
 * (卫健委, 政数局, 发改局). A department's counterpart one level down is the department with
 * the same function.
 */
export type DepartmentFunction = {
  key: string;
  /** The function in a word: 司法, 财政 … */
  label: string;
  names: Record<Exclude<OrgLevel, 'township'>, string>;
  /** Further name endings that mean this function (abbreviations, older names). */
  aliases: string[];
  /** The government's own office (办公厅/办公室) rather than a department. */
  isOffice?: boolean;
};

const f = (
  key: string,
  label: string,
  province: string,
  city: string,
  aliases: string[] = [],
  county: string = city,
): DepartmentFunction => ({ key, label, names: { province, city, county }, aliases });

export const DEPARTMENT_FUNCTIONS: readonly DepartmentFunction[] = [
  {
    ...f('office', '办公室', '人民政府办公厅', '人民政府办公室', ['政府办公厅', '政府办公室', '政府办', '府办']),
    isOffice: true,
  },
  f('development', '发展改革', '发展和改革委员会', '发展和改革局', [
    '发展改革委',
    '发改委',
    '发改局',
    '发展和改革委员会',
  ]),
  f('education', '教育', '教育厅', '教育局', ['教育体育局', '教体局']),
  f('science', '科技', '科学技术厅', '科学技术局', ['科技厅', '科技局']),
  f('industry', '工业和信息化', '工业和信息化厅', '工业和信息化局', ['工信厅', '工信局', '经济和信息化局', '经信局']),
  f('publicSecurity', '公安', '公安厅', '公安局'),
  f('civilAffairs', '民政', '民政厅', '民政局'),
  f('justice', '司法', '司法厅', '司法局'),
  f('finance', '财政', '财政厅', '财政局'),
  f('hrss', '人力资源和社会保障', '人力资源和社会保障厅', '人力资源和社会保障局', ['人社厅', '人社局']),
  f('naturalResources', '自然资源', '自然资源厅', '自然资源局', ['自然资源和规划局', '规划和自然资源局']),
  f('ecology', '生态环境', '生态环境厅', '生态环境局', ['环保局', '生态环境分局']),
  f('housing', '住房和城乡建设', '住房和城乡建设厅', '住房和城乡建设局', ['住建厅', '住建局', '住房城乡建设局']),
  f('transport', '交通运输', '交通运输厅', '交通运输局', ['交通局']),
  f('waterResources', '水利', '水利厅', '水利局', ['水务局']),
  f('agriculture', '农业农村', '农业农村厅', '农业农村局', ['农业农村委员会', '农业局']),
  f('commerce', '商务', '商务厅', '商务局'),
  f('cultureTourism', '文化旅游', '文化和旅游厅', '文化广电旅游局', [
    '文化和旅游局',
    '文广旅局',
    '文旅局',
    '文化广电旅游体育局',
  ]),
  f('health', '卫生健康', '卫生健康委员会', '卫生健康局', ['卫健委', '卫健局', '卫生健康委', '卫生和计划生育委员会']),
  f('veterans', '退役军人事务', '退役军人事务厅', '退役军人事务局', ['退役军人局']),
  f('emergency', '应急管理', '应急管理厅', '应急管理局', ['应急局']),
  f('audit', '审计', '审计厅', '审计局'),
  f('stateAssets', '国资', '人民政府国有资产监督管理委员会', '国有资产监督管理委员会', [
    '国资委',
    '国资局',
    '国有资产监督管理局',
  ]),
  f('marketRegulation', '市场监管', '市场监督管理局', '市场监督管理局', ['市场监管局']),
  f('statistics', '统计', '统计局', '统计局'),
  f('medicalSecurity', '医疗保障', '医疗保障局', '医疗保障局', ['医保局']),
  f('forestry', '林业', '林业局', '林业局', ['林业和草原局']),
  f('petitions', '信访', '信访局', '信访局', ['信访办']),
  f('govServiceData', '政务服务数据管理', '政务服务和数据管理局', '政务服务数据管理局', [
    '政数局',
    '政务服务管理局',
    '政务服务中心',
    '大数据局',
    '行政审批局',
    '政务服务和数据管理局',
  ]),
  f('tax', '税务', '税务局', '税务局', ['税务分局']),
  f('cyberspace', '网信', '委网信办', '委网信办', ['网信办', '网络安全和信息化委员会办公室']),
  f('urbanManagement', '城市管理', '城市管理和综合执法厅', '城市管理和综合执法局', [
    '城管局',
    '城市管理局',
    '综合行政执法局',
  ]),
  f('housingFund', '住房公积金', '住房公积金管理中心', '住房公积金管理中心', ['公积金中心']),
  f('archives', '档案', '档案馆', '档案馆', ['档案局']),
  f('ethnicReligion', '民族宗教', '民族宗教事务委员会', '民族宗教事务局', ['民宗局', '民宗委']),
  f('sports', '体育', '体育局', '体育局', ['文体局']),
  f('media', '融媒体', '广播电视局', '融媒体中心', ['广电局', '新闻中心']),
];

const BY_KEY = new Map(DEPARTMENT_FUNCTIONS.map((d) => [d.key, d]));

export function getDepartmentFunction(key: string): DepartmentFunction {
  const found = BY_KEY.get(key);
  if (!found) throw new Error(`unknown department function ${key}`);
  return found;
}

/** Every name ending that identifies a function, longest first so 卫生健康委员会 beats 委员会. */
const ENDINGS: readonly [string, string][] = DEPARTMENT_FUNCTIONS.flatMap((d) =>
  [...new Set([d.names.province, d.names.city, d.names.county, ...d.aliases])].map(
    (e) => [e, d.key] as [string, string],
  ),
).sort((a, b) => b[0].length - a[0].length);

/**
 * Maps a department as written (市卫生健康局, 县卫健委, 区司法局, 市政数局, 博罗县司法局) to its
 * function key, or undefined when the name is not a standard department.
 */
export function findFunctionByName(name: string): string | undefined {
  const cleaned = name.replace(/\s+/g, '').replace(/[（(].*?[)）]$/, '');
  for (const [ending, key] of ENDINGS) if (cleaned.endsWith(ending)) return key;
  return undefined;
}

/** The functions present at a level (all of them above township level; none below). */
export function functionsAtLevel(level: OrgLevel): readonly DepartmentFunction[] {
  return level === 'township' ? [] : DEPARTMENT_FUNCTIONS;
}
