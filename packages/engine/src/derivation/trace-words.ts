import { rememberedByText } from '../memory/remembered.ts';
import type { Rule } from '../rules/rule.ts';
import { DEFAULT_PROFILE } from './default-profile.ts';

/**
 * Why a derived value is what it is, as the reader will read it: a kind of sentence and the
 * words it is filled with. A word is either as written (an org's name, a unit phrase, the name an
 * author gave a rule: proper names, shown as they are) or itself a sentence of this phrasebook
 * (a role, a default rule's name), so nothing the reader sees is a code.
 */
export type Said = { kind: SaidKind; params?: Record<string, SaidWord> };
export type SaidWord = string | number | Said;

/**
 * Every sentence a trace step, an exclusion or a change note can be, in Chinese and English.
 * `{name}` is filled from the params. The web's dictionary takes these under `said.*`; the
 * server phrases 逐项对照 and the CLI in Chinese from the same table (`sayText`).
 */
export const TRACE_WORDS = {
  // Why the child takes the item on.
  reaches: { zh: '{child}属于{role}“{unit}”', en: '{child} is among the {role} “{unit}”' },
  ruleApplies: { zh: '{child}适用规则“{rule}”', en: 'The rule “{rule}” applies to {child}' },
  // Wording.
  levelWords: { zh: '{child}自称“{word}”', en: '{child} calls itself “{word}”' },
  // Units.
  ownOffice: {
    zh: '{child}是{unit}之一，由本级政府办公室承接',
    en: '{child} is one of {unit}; its government office takes it on',
  },
  ownOfficeAndSubordinates: {
    zh: '{child}是{unit}之一，由本级政府办公室及下属单位承接',
    en: '{child} is one of {unit}; its government office and the units below it take it on',
  },
  belowChild: { zh: '“{unit}”在{child}以下，原样保留', en: '“{unit}” are below {child} and kept as written' },
  townshipOffices: {
    zh: '{child}没有部门，由其办（中心）和站所承担',
    en: '{child} has no departments; its offices (centres) and stations do the work',
  },
  streetOffices: {
    zh: '{child}没有部门，由其办（中心）承担',
    en: '{child} has no departments; its offices (centres) do the work',
  },
  departments: {
    zh: '{owner}的部门对应{child}的部门',
    en: 'The departments of {owner} correspond to those of {child}',
  },
  sameUnit: { zh: '{owner}的单位改为{child}的对应单位', en: 'The unit of {owner} becomes its counterpart in {child}' },
  counterpart: {
    zh: '{unit}是本级承担同一职能的部门',
    en: '{unit} is the department with the same function at this level',
  },
  levelPrefix: {
    zh: '{child}无同职能部门，按级别改写',
    en: '{child} has no department with that function; the name is rewritten for its level',
  },
  group: { zh: '领导小组按级别改写', en: 'The leading group is renamed for this level' },
  asWritten: { zh: '原样继承', en: 'Kept as written' },
  ownSections: { zh: '{child}属于“{unit}”；{why}', en: '{child} is among “{unit}”; {why}' },
  sectionChosen: { zh: '分解时指定', en: 'chosen when the plan was derived' },
  sectionByTopic: { zh: '任务内容涉及“{topic}”', en: 'the task concerns “{topic}”' },
  sectionOffice: {
    zh: '任务未指明具体业务，由办公室统筹',
    en: 'the task names no particular line of work, so the office coordinates it',
  },
  sectionOnly: { zh: '本单位只有这一个股室', en: 'it is the unit’s only section' },
  peer: { zh: '本级其他单位，原样继承', en: 'Another unit of the same government, kept as written' },
  peerPartner: {
    zh: '{unit}不是{child}的股室，列为协同单位',
    en: '{unit} is not a section of {child}, so it is named as a partner unit',
  },
  superiorGuides: {
    zh: '{superior}是上级单位，对{child}负指导责任；本级由{unit}承担',
    en: '{superior} is a superior unit and guides {child}; {unit} does the work at this level',
  },
  guidedBy: {
    zh: '上级单位对{child}负指导责任，不列为本级责任单位',
    en: 'The superior’s units guide {child} and are not named as its responsible units',
  },
  supports: {
    zh: '{reason}（任务提及“{word}”，规则“{rule}”）',
    en: '{reason} (the task mentions “{word}”; rule “{rule}”)',
  },
  // Deadlines and numbers.
  sameDeadline: {
    zh: '与上级相同的完成时限（没有提前完成的规则）',
    en: 'Same deadline as the superior’s (no rule brings it forward)',
  },
  deadlineBefore: {
    zh: '按规则“{rule}”提前{days}个工作日',
    en: '{days} working days earlier, by the rule “{rule}”',
  },
  ownNumbering: { zh: '本级方案按自身大纲编号', en: 'This plan numbers its own outline' },
  // Items left out.
  excludedByRule: { zh: '规则“{rule}”排除此项', en: 'Left out by the rule “{rule}”' },
  excludedByItemRule: {
    zh: '规则“{rule}”：{child}不承接此项',
    en: 'By the rule “{rule}”, {child} does not take this item on',
  },
  notIncluded: {
    zh: '{child}不满足承接条件{rules}',
    en: '{child} meets none of the conditions for taking it on: {rules}',
  },
  noUnits: {
    zh: '原文未写明责任单位，无法判断是否涉及下级',
    en: 'The text names no responsible unit, so it cannot tell whether the item concerns the level below',
  },
  notNamed: {
    zh: '责任单位（{units}）未点名{child}或其职能，不涉及本单位',
    en: 'The responsible units ({units}) do not name {child} or its function',
  },
  ownLevelOnly: {
    zh: '责任单位（{units}）均为{owner}本级单位，不涉及下级政府',
    en: 'The responsible units ({units}) all belong to {owner} itself, not to the governments below',
  },
  // What changed at this level, one sentence each (describe-changes.ts).
  'change.number': {
    zh: '编号：上级第{from}项，本级第{to}项（{why}）',
    en: 'Number: item {from} above, item {to} here ({why})',
  },
  'change.wording': { zh: '用语：{pairs}（{why}）', en: 'Wording: {pairs} ({why})' },
  'change.partners': { zh: '协同单位：{units}（{why}）', en: 'Partner units: {units} ({why})' },
  'change.notOwn': { zh: '不是{child}的股室，列为协同单位', en: 'not sections of {child}, so named as partners' },
  'change.supports': { zh: '改为配合：{why}', en: 'Now in support: {why}' },
  'change.unitAdded': { zh: '{role}：{to}（{why}）', en: 'Among the {role}: {to} ({why})' },
  'change.unitDropped': { zh: '{role}：{from} 不再列出（{why}）', en: 'No longer among the {role}: {from} ({why})' },
  'change.unitChanged': { zh: '{role}：{from} → {to}（{why}）', en: 'Among the {role}: {from} → {to} ({why})' },
  'change.guidedBy': { zh: '指导单位：{to}（{why}）', en: 'Guided by: {to} ({why})' },
  'change.deadlineMoved': { zh: '时限：{from} → {to}（{why}{cites}）', en: 'Deadline: {from} → {to} ({why}{cites})' },
  'change.deadlineSet': { zh: '时限：{to}（{why}{cites}）', en: 'Deadline: {to} ({why}{cites})' },
  'change.cites': { zh: '；依据{doc}', en: '; under {doc}' },
  'change.included': { zh: '承接：{why}', en: 'Taken on: {why}' },
  'change.other': { zh: '{why}', en: '{why}' },
  date: { zh: '{y}年{m}月{d}日', en: '{iso}' },
  // Roles, and an unnamed rule.
  'role.lead': { zh: '牵头单位', en: 'lead units' },
  'role.responsible': { zh: '责任单位', en: 'responsible units' },
  'role.cooperate': { zh: '配合单位', en: 'cooperating units' },
  unnamedRule: { zh: '未命名的规则', en: 'an unnamed rule' },
  /** What a reader sees for a kind a newer server sends and this build does not know. */
  unknown: { zh: '按规则推导', en: 'Derived by a rule' },
  // The default profile's rules (their names, and the reasons they give).
  'rule.levelWords': {
    zh: '层级用语本地化（全市→全县、市直→县直）',
    en: 'Level words follow this level (“the whole city” becomes “the whole county”)',
  },
  'rule.villageToCommunity': {
    zh: '无村有社区：村务表述改为社区表述',
    en: 'No villages but communities: village wording becomes community wording',
  },
  'rule.superiorUnitsGuide': {
    zh: '乡镇（街道）：上级部门改为指导单位，由本级对应的办（中心）承担',
    en: 'Townships and streets: the superior’s departments guide, the matching local office (centre) does the work',
  },
  'rule.gazette': {
    zh: '不编发政府公报的单位不承接政府公报任务',
    en: 'A unit that publishes no government gazette takes no gazette task',
  },
  'rule.normativeDocuments': {
    zh: '不制发行政规范性文件的单位不建设规范性文件库',
    en: 'A unit that issues no normative documents builds no normative-document library',
  },
  'rule.website': {
    zh: '没有自己门户网站的单位不承接网站集约化建设',
    en: 'A unit without its own portal takes no website-consolidation task',
  },
  'rule.pressConferences': {
    zh: '不举办新闻发布会的单位配合上级发布',
    en: 'A unit that holds no press conferences supports its superior’s',
  },
  'reason.gazette': { zh: '本级不编发政府公报', en: 'This level publishes no government gazette' },
  'reason.normativeDocuments': {
    zh: '本级不制发行政规范性文件，不建设规范性文件库',
    en: 'This level issues no normative documents and builds no library of them',
  },
  'reason.website': {
    zh: '本级没有自己的政府门户网站（在上级门户网站开设专栏）',
    en: 'This level has no portal of its own (it has a column on its superior’s)',
  },
  'reason.pressConferences': {
    zh: '本级不举办新闻发布会，配合上级单位做好发布',
    en: 'This level holds no press conferences and supports its superior’s',
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type SaidKind = keyof typeof TRACE_WORDS;
export type SaidLanguage = 'zh' | 'en';

export const say = (kind: SaidKind, params?: Record<string, SaidWord>): Said => (params ? { kind, params } : { kind });

/**
 * A template split once into its text and the names between: `'{child}属于{role}'` → `['',
 * 'child', '属于', 'role', '']` (odd places are names). Every trace step is phrased as it is
 * derived and again as it is stored: a cascade phrases millions of them. (Kinds read from stored
 * steps, unknown ones included, are held too, within the memory's bound.)
 */
const templateParts = rememberedByText((template): readonly string[] => template.split(/\{(\w+)\}/));

/** A said sentence as plain text (the Chinese is what `fact` keeps, for 逐项对照 and the CLI). */
export function sayText(said: Said, lang: SaidLanguage = 'zh'): string {
  const parts = templateParts(TRACE_WORDS[said.kind]?.[lang] ?? said.kind);
  let text = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const word = said.params?.[name];
    text += word === undefined ? `{${name}}` : typeof word === 'object' ? sayText(word, lang) : String(word);
    text += parts[i + 1] as string;
  }
  return text;
}

/** The phrasebook key of a default profile rule: `localize:levelWords` → `levelWords`. */
const defaultKey = (id: string) => id.slice(id.indexOf(':') + 1);
const DEFAULTS = new Map(DEFAULT_PROFILE.map((r) => [r.id, r]));

/**
 * A rule as the reader names it: a default profile rule as the author left it by its name in the
 * reader's language; a rule the author wrote (or renamed) by its own name; else "an unnamed rule".
 */
export function ruleWords(rule: Pick<Rule, 'id' | 'name'>): SaidWord {
  const known = DEFAULTS.get(rule.id);
  const kind = `rule.${defaultKey(rule.id)}`;
  if (known && known.name === rule.name && kind in TRACE_WORDS) return say(kind as SaidKind);
  return rule.name?.trim() ? rule.name : say('unnamedRule');
}

/** The reason a mention rule gives, in the reader's language where it is the default one's. */
export function reasonWords(rule: Rule): SaidWord {
  const written = rule.event.params?.reason;
  const known = DEFAULTS.get(rule.id);
  const kind = `reason.${defaultKey(rule.id)}`;
  if (known && known.event.params?.reason === written && kind in TRACE_WORDS) return say(kind as SaidKind);
  return typeof written === 'string' && written.trim() ? written : ruleWords(rule);
}

export const roleWords = (role: string): Said =>
  say(`role.${role}` in TRACE_WORDS ? (`role.${role}` as SaidKind) : 'role.responsible');
