import { parseFactPath } from './fact-path.ts';
import { isOperator, OPERATOR_NAMES } from './operators.ts';
import type { Rule, SharedConditions } from './rule.ts';
import { checkRuleEvent } from './rule-events.ts';

/** A problem in an authored rule, with the JSON path of the field at fault. */
export type RuleProblem = { path: string; message: string };

const RULE_KINDS = ['applicability', 'localization', 'deadline', 'guard', 'alert'];
const MAX_DEPTH = 32;

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function checkPath(value: unknown, at: string, problems: RuleProblem[]): void {
  if (value === undefined) return;
  if (typeof value !== 'string' || parseFactPath(value) === null) {
    problems.push({ path: at, message: `路径只支持 $.a.b、$.a[0] 形式，收到 ${JSON.stringify(value)}` });
  }
}

function checkCondition(
  c: unknown,
  at: string,
  shared: SharedConditions,
  depth: number,
  problems: RuleProblem[],
): void {
  if (depth > MAX_DEPTH) {
    problems.push({ path: at, message: `条件嵌套超过 ${MAX_DEPTH} 层` });
    return;
  }
  if (!isObject(c)) {
    problems.push({ path: at, message: '条件必须是对象' });
    return;
  }
  const keys = ['all', 'any', 'not', 'condition', 'fact'].filter((k) => k in c);
  if (keys.length !== 1) {
    problems.push({ path: at, message: '条件必须恰好包含 all、any、not、condition 或 fact 之一' });
    return;
  }
  const key = keys[0];
  if (key === 'all' || key === 'any') {
    const list = c[key];
    if (!Array.isArray(list)) problems.push({ path: `${at}.${key}`, message: `${key} 必须是条件数组` });
    else
      list.forEach((sub, i) => {
        checkCondition(sub, `${at}.${key}[${i}]`, shared, depth + 1, problems);
      });
  } else if (key === 'not') {
    checkCondition(c.not, `${at}.not`, shared, depth + 1, problems);
  } else if (key === 'condition') {
    if (typeof c.condition !== 'string' || !Object.hasOwn(shared, c.condition)) {
      problems.push({ path: `${at}.condition`, message: `未定义的共享条件 ${JSON.stringify(c.condition)}` });
    }
  } else {
    checkLeaf(c, at, problems);
  }
}

function checkLeaf(c: Record<string, unknown>, at: string, problems: RuleProblem[]): void {
  if (typeof c.fact !== 'string' || c.fact === '')
    problems.push({ path: `${at}.fact`, message: 'fact 必须是非空字符串' });
  if (!isOperator(c.operator)) {
    problems.push({
      path: `${at}.operator`,
      message: `未知运算符 ${JSON.stringify(c.operator)}，可用：${OPERATOR_NAMES.join('、')}`,
    });
  }
  if (!('value' in c)) problems.push({ path: `${at}.value`, message: '缺少 value' });
  checkPath(c.path, `${at}.path`, problems);
  const value = c.value;
  if (isObject(value) && 'fact' in value) {
    if (typeof value.fact !== 'string') problems.push({ path: `${at}.value.fact`, message: 'fact 必须是字符串' });
    checkPath(value.path, `${at}.value.path`, problems);
  } else if ((c.operator === 'in' || c.operator === 'notIn') && !Array.isArray(value)) {
    problems.push({ path: `${at}.value`, message: `${c.operator} 的 value 必须是数组` });
  }
}

function isCitation(c: Record<string, unknown>): boolean {
  return typeof c.docNumber === 'string' && (c.item === undefined || typeof c.item === 'string');
}

/**
 * Checks an authored rule before it is saved: the designer shows each problem beside the
 * field it names. A rule that passes compiles and evaluates without throwing on JSON facts,
 * and its event is one the derivation acts on, with parameters it can apply (`rule-events.ts`).
 */
export function validateRule(rule: unknown, shared: SharedConditions = {}): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (!isObject(rule)) return [{ path: '$', message: '规则必须是 JSON 对象' }];
  if (typeof rule.id !== 'string' || !rule.id) problems.push({ path: '$.id', message: 'id 必须是非空字符串' });
  if (typeof rule.name !== 'string') problems.push({ path: '$.name', message: 'name 必须是字符串' });
  if (!RULE_KINDS.includes(rule.kind as string)) {
    problems.push({ path: '$.kind', message: `kind 必须是 ${RULE_KINDS.join('、')} 之一` });
  }
  checkRuleEvent(rule.event, RULE_KINDS.includes(rule.kind as string) ? rule.kind : undefined, problems);
  if (rule.cites !== undefined && !(isObject(rule.cites) && isCitation(rule.cites))) {
    problems.push({ path: '$.cites', message: 'cites 必须是 { docNumber: 文号, item?: 条目 }' });
  }
  if (rule.priority !== undefined && !(Number.isInteger(rule.priority) && (rule.priority as number) >= 1)) {
    problems.push({ path: '$.priority', message: 'priority 必须是 ≥ 1 的整数' });
  }
  if (!isObject(rule.conditions) || 'fact' in rule.conditions) {
    problems.push({ path: '$.conditions', message: '顶层条件必须是 all、any、not 或 condition' });
  } else {
    checkCondition(rule.conditions, '$.conditions', shared, 0, problems);
  }
  return problems;
}

export function isValidRule(rule: unknown, shared: SharedConditions = {}): rule is Rule {
  return validateRule(rule, shared).length === 0;
}

/**
 * Checks a condition on its own (a workflow transition's rule guard): the same checks as a rule's
 * `conditions`, with problems named under `path`.
 */
export function validateCondition(condition: unknown, path = '$'): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (!isObject(condition) || 'fact' in condition) {
    problems.push({ path, message: '顶层条件必须是 all、any、not 或 condition' });
  } else {
    checkCondition(condition, path, {}, 0, problems);
  }
  return problems;
}
