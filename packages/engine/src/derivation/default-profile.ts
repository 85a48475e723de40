import type { Rule } from '../rules/rule.ts';

const township = { fact: 'level', operator: 'equal', value: 'township' } as const;
/** A government or zone: a department's gazette and website are its government's. */
const territorial = { fact: 'kind', operator: 'in', value: ['government', 'zone'] } as const;

/**
 * What a level cannot do as written (its capabilities, docs/DOMAIN.md): a task
 * that asks for it is left out or becomes support for the superior's work, with the reason.
 */
const CAPABILITY_RULES: Rule[] = [
  {
    id: 'capability:gazette',
    kind: 'applicability',
    name: '不编发政府公报的单位不承接政府公报任务',
    conditions: { all: [territorial, { fact: 'hasGazette', operator: 'equal', value: false }] },
    event: { type: 'excludeMentioning', params: { words: ['政府公报'], reason: '本级不编发政府公报' } },
  },
  {
    id: 'capability:normativeDocuments',
    kind: 'applicability',
    name: '不制发行政规范性文件的单位不建设规范性文件库',
    conditions: { all: [{ fact: 'issuesNormativeDocuments', operator: 'equal', value: false }] },
    event: {
      type: 'excludeMentioning',
      params: { words: ['规范性文件库', '规范性文件数据库'], reason: '本级不制发行政规范性文件，不建设规范性文件库' },
    },
  },
  {
    id: 'capability:website',
    kind: 'applicability',
    name: '没有自己门户网站的单位不承接网站集约化建设',
    conditions: { all: [territorial, { fact: 'website', operator: 'notEqual', value: 'own' }] },
    event: {
      type: 'excludeMentioning',
      params: { words: ['政府网站集约化'], reason: '本级没有自己的政府门户网站（在上级门户网站开设专栏）' },
    },
  },
  {
    id: 'capability:pressConferences',
    kind: 'localization',
    name: '不举办新闻发布会的单位配合上级发布',
    conditions: { all: [{ fact: 'holdsPressConferences', operator: 'equal', value: false }] },
    event: {
      type: 'supportMentioning',
      params: { words: ['新闻发布会'], reason: '本级不举办新闻发布会，配合上级单位做好发布' },
    },
  },
];

/**
 * The default localization profile: what every derivation does without the author writing a
 * rule. Rules decide (json-rules-engine format, over the child's facts); derivation applies.
 * - level words: 全市→全县, 市直→县直 … whenever the child calls itself by another word;
 * - 村→社区 wording where the child has communities but no villages (以社区为单位…居务公开栏);
 * - in a township's or street's plan the superior's offices and departments guide (指导), its
 *   own 办（中心） do the work;
 * - tasks asking for what the child cannot do (政府公报, 规范性文件库 …) are left out or supported.
 */
export const DEFAULT_PROFILE: Rule[] = [
  {
    id: 'localize:levelWords',
    kind: 'localization',
    name: '层级用语本地化（全市→全县、市直→县直）',
    conditions: { all: [{ fact: 'selfWord', operator: 'notEqual', value: { fact: 'parentWord' } }] },
    event: { type: 'substituteLevelWords' },
  },
  {
    id: 'localize:villageToCommunity',
    kind: 'localization',
    name: '无村有社区：村务表述改为社区表述',
    conditions: {
      all: [
        { fact: 'hasVillages', operator: 'equal', value: false },
        { fact: 'hasCommunities', operator: 'equal', value: true },
      ],
    },
    event: {
      type: 'substitute',
      params: {
        pairs: [
          ['以村为单位', '以社区为单位'],
          ['村务公开栏', '居务公开栏'],
          ['村务公开', '居务公开'],
          ['村委会', '居委会'],
          ['村民', '居民'],
        ],
      },
    },
  },
  {
    id: 'localize:superiorUnitsGuide',
    kind: 'localization',
    name: '乡镇（街道）：上级部门改为指导单位，由本级对应的办（中心）承担',
    conditions: { all: [township, territorial] },
    event: { type: 'superiorUnitsGuide' },
  },
  ...CAPABILITY_RULES,
];

/** Level words and the forms they take: 全市, 市直, 市级, 本市, 我市, 市政府, 市委. */
export function levelWordPairs(parentWord: string, childWord: string, childIsCounty: boolean): [string, string][] {
  const forms = (w: string) => [`全${w}`, `${w}直`, `${w}级`, `本${w}`, `我${w}`, `${w}政府`, `${w}委`];
  const to = forms(childWord);
  // A street has an office (办事处) and a Party working committee (党工委), not a government, and
  // no 直属 units (县直 → 街道); a township's committee is its 党委.
  if (childWord === '街道') to.splice(1, 1, '街道');
  if (childWord === '街道') to.splice(5, 2, '街道办事处', '街道党工委');
  else if (childWord === '乡' || childWord === '镇') to.splice(6, 1, `${childWord}党委`);
  const pairs = forms(parentWord).map((f, i) => [f, to[i] as string] as [string, string]);
  // A county reading "各县（区）要…" is reading about itself.
  if (childIsCounty)
    pairs.push(['各县（区）', `本${childWord}`], ['各县(区)', `本${childWord}`], ['各县区', `本${childWord}`]);
  return pairs;
}
