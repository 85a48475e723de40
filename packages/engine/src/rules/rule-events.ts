import type { RuleKind } from './rule.ts';
import { formatGrowth, growthAfter, growthFactor, MAX_SUBSTITUTE_GROWTH } from './substitute-growth.ts';
import type { RuleProblem } from './validate-rule.ts';

/** Most substitution pairs one rule may carry: a whole wording profile is a dozen. */
export const MAX_SUBSTITUTE_PAIRS = 100;
/** Longest original or replacement of a pair: a phrase, not a paragraph. */
export const MAX_PAIR_TEXT_LENGTH = 200;
/** Most items one `exclude` rule may name (a plan has a few hundred). */
export const MAX_EXCLUDED_ITEMS = 1_000;
/** Longest item id or label an `exclude` rule may name (item ids are at most 300 characters). */
export const MAX_ITEM_NAME_LENGTH = 300;
/** Most working days a deadline moves earlier: a working year; more puts it in the year before. */
export const MAX_WORKING_DAYS_BEFORE = 250;

type Params = Record<string, unknown>;
type ParamsCheck = (params: Params, at: string, problems: RuleProblem[]) => void;

/**
 * An event the derivation acts on (`derive-plan.ts`): the one kind of rule it belongs to, what
 * it does (for messages), and the check of its parameters. A rule with any other event would be
 * saved and then silently do nothing, or worse, so it is refused.
 */
export type RuleEventSpec = { kind: RuleKind; label: string; params: Record<string, ParamsCheck> };

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const show = (v: unknown) => (v === undefined ? 'undefined' : JSON.stringify(v));

const checkPairs: ParamsCheck = (params, at, problems) => {
  const pairs = params.pairs;
  if (!Array.isArray(pairs) || pairs.length === 0) {
    problems.push({ path: at, message: `替换对应必须是 [原文, 新文] 的非空数组，收到 ${show(pairs)}` });
    return;
  }
  if (pairs.length > MAX_SUBSTITUTE_PAIRS) {
    problems.push({ path: at, message: `一条规则最多 ${MAX_SUBSTITUTE_PAIRS} 组替换对应，收到 ${pairs.length} 组` });
    return;
  }
  const valid: [string, string][] = [];
  pairs.forEach((pair: unknown, i) => {
    if (!Array.isArray(pair) || pair.length !== 2 || pair.some((s) => typeof s !== 'string')) {
      problems.push({ path: `${at}[${i}]`, message: `替换对应为 [原文, 新文] 两个字符串，收到 ${show(pair)}` });
      return;
    }
    const [from, to] = pair as [string, string];
    const before = problems.length;
    if (from === '') problems.push({ path: `${at}[${i}][0]`, message: '原文不能为空（空原文会在每个字之间插入新文）' });
    if (from.length > MAX_PAIR_TEXT_LENGTH)
      problems.push({ path: `${at}[${i}][0]`, message: `原文最多 ${MAX_PAIR_TEXT_LENGTH} 个字` });
    if (to.length > MAX_PAIR_TEXT_LENGTH)
      problems.push({ path: `${at}[${i}][1]`, message: `新文最多 ${MAX_PAIR_TEXT_LENGTH} 个字` });
    if (problems.length === before) valid.push([from, to]);
  });
  if (valid.length !== pairs.length) return;
  const factor = growthFactor(growthAfter(valid));
  if (factor > MAX_SUBSTITUTE_GROWTH) {
    problems.push({
      path: at,
      message: `这些替换叠加后，文字最多可能变为原文的 ${formatGrowth(factor)}（上限 ${MAX_SUBSTITUTE_GROWTH} 倍）：后面的替换又改写了前面替换写出的文字，请减少叠加或缩短新文`,
    });
  }
};

const checkWorkingDays: ParamsCheck = (params, at, problems) => {
  const days = params.workingDays;
  if (!Number.isInteger(days) || (days as number) < 1 || (days as number) > MAX_WORKING_DAYS_BEFORE) {
    problems.push({
      path: at,
      message: `提前的工作日数必须是 1 至 ${MAX_WORKING_DAYS_BEFORE} 的整数，收到 ${show(days)}`,
    });
  }
};

const checkItems: ParamsCheck = (params, at, problems) => {
  const items = params.items;
  if (items === undefined) return; // an item's own exclude rule names no items: it excludes itself
  if (!Array.isArray(items) || items.length > MAX_EXCLUDED_ITEMS) {
    problems.push({ path: at, message: `排除的事项必须是事项编号或序号的数组（最多 ${MAX_EXCLUDED_ITEMS} 项）` });
    return;
  }
  items.forEach((name: unknown, i) => {
    if (typeof name !== 'string' || name === '' || name.length > MAX_ITEM_NAME_LENGTH)
      problems.push({
        path: `${at}[${i}]`,
        message: `事项编号或序号必须是 1 至 ${MAX_ITEM_NAME_LENGTH} 个字的字符串，收到 ${show(name)}`,
      });
  });
};

/** Most words one mention rule may look for, and the longest word and reason. */
export const MAX_MENTION_WORDS = 50;
const MAX_MENTION_WORD_LENGTH = 50;
const MAX_REASON_LENGTH = 200;

const checkWords: ParamsCheck = (params, at, problems) => {
  const words = params.words;
  if (!Array.isArray(words) || words.length === 0 || words.length > MAX_MENTION_WORDS) {
    problems.push({
      path: at,
      message: `提及的词语必须是 1 至 ${MAX_MENTION_WORDS} 个字符串的数组，收到 ${show(words)}`,
    });
    return;
  }
  words.forEach((word: unknown, i) => {
    if (typeof word !== 'string' || word === '' || word.length > MAX_MENTION_WORD_LENGTH)
      problems.push({
        path: `${at}[${i}]`,
        message: `词语必须是 1 至 ${MAX_MENTION_WORD_LENGTH} 个字的字符串，收到 ${show(word)}`,
      });
  });
};

const checkReason: ParamsCheck = (params, at, problems) => {
  const reason = params.reason;
  if (typeof reason !== 'string' || reason.trim() === '' || reason.length > MAX_REASON_LENGTH)
    problems.push({ path: at, message: `理由必须是 1 至 ${MAX_REASON_LENGTH} 个字的说明，收到 ${show(reason)}` });
};

/** Every event the derivation acts on, with its parameters; nothing else is accepted. */
export const RULE_EVENTS: Readonly<Record<string, RuleEventSpec>> = {
  include: { kind: 'applicability', label: '承接', params: {} },
  exclude: { kind: 'applicability', label: '不承接', params: { items: checkItems } },
  substitute: { kind: 'localization', label: '替换用语', params: { pairs: checkPairs } },
  substituteLevelWords: { kind: 'localization', label: '层级用语本地化', params: {} },
  deadlineBefore: { kind: 'deadline', label: '完成时限提前', params: { workingDays: checkWorkingDays } },
  // A task that names what this level cannot do (政府公报, 规范性文件库) is left out, with the reason.
  excludeMentioning: {
    kind: 'applicability',
    label: '提及某事的任务不承接',
    params: { words: checkWords, reason: checkReason },
  },
  // A task this level cannot lead (新闻发布会) becomes support (配合) for its superior's units.
  supportMentioning: {
    kind: 'localization',
    label: '提及某事的任务改为配合上级',
    params: { words: checkWords, reason: checkReason },
  },
  // The superior's own offices and departments guide (指导) the child's work instead of being its units.
  superiorUnitsGuide: { kind: 'localization', label: '上级单位改为指导单位', params: {} },
};

export const RULE_EVENT_TYPES = Object.keys(RULE_EVENTS);

/** Checks a rule's event against its kind: a known type, and exactly the parameters it takes. */
export function checkRuleEvent(event: unknown, kind: unknown, problems: RuleProblem[]): void {
  if (!isObject(event) || typeof event.type !== 'string') {
    problems.push({ path: '$.event.type', message: 'event.type 必须是字符串' });
    return;
  }
  const spec = Object.hasOwn(RULE_EVENTS, event.type) ? RULE_EVENTS[event.type] : undefined;
  if (!spec) {
    problems.push({
      path: '$.event.type',
      message: `未知的事件类型 ${show(event.type)}，可用：${RULE_EVENT_TYPES.join('、')}`,
    });
    return;
  }
  if (typeof kind === 'string' && kind !== spec.kind) {
    const fits = RULE_EVENT_TYPES.filter((t) => RULE_EVENTS[t]?.kind === kind);
    problems.push({
      path: '$.event.type',
      message: `${kind} 规则不能用 ${event.type}（${spec.label}，属于 ${spec.kind} 规则）${fits.length ? `，可用：${fits.join('、')}` : `，${kind} 规则尚无可用的事件类型`}`,
    });
  }
  const { params } = event;
  if (params === undefined) {
    for (const [name, check] of Object.entries(spec.params)) check({}, `$.event.params.${name}`, problems);
    return;
  }
  if (!isObject(params)) {
    problems.push({ path: '$.event.params', message: 'event.params 必须是 JSON 对象' });
    return;
  }
  for (const name of Object.keys(params)) {
    if (!Object.hasOwn(spec.params, name))
      problems.push({
        path: `$.event.params.${name}`,
        message: `${event.type} 没有参数 ${name}${Object.keys(spec.params).length ? `，可用：${Object.keys(spec.params).join('、')}` : '，不带参数'}`,
      });
  }
  for (const [name, check] of Object.entries(spec.params)) check(params, `$.event.params.${name}`, problems);
}
