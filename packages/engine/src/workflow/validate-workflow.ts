import { toDirectedGraph } from '@xstate/graph';
import { validateCondition } from '../rules/validate-rule.ts';
import { ISSUED_STATE } from './assignment-states.ts';
import { compileWorkflow } from './compile-workflow.ts';
import { isBuiltInGuard } from './guards.ts';
import {
  STATE_CATEGORIES,
  TRANSITION_ACTORS,
  TRANSITION_INPUTS,
  type TransitionActor,
  type WorkflowTransition,
  type WorkflowVariant,
} from './workflow-variant.ts';

export type WorkflowProblem = { path: string; message: string };

/**
 * Proves a variant sound before it is saved: every target exists, every guard is known, every
 * state is reachable from the start, and from every state a final state can be reached (no dead
 * ends). Reachability is computed on the compiled xstate machine's graph (@xstate/graph), so what
 * is checked is what will run.
 */
export function validateWorkflow(
  variant: WorkflowVariant,
  options: { requireActors?: boolean } = {},
): WorkflowProblem[] {
  const problems = checkReferences(variant, options.requireActors === true);
  if (problems.length) return problems;
  const graph = toDirectedGraph(compileWorkflow(variant).machine);
  const edges = new Map<string, string[]>();
  const finals = new Set<string>();
  for (const node of graph.children) {
    const key = node.stateNode.key;
    if (node.stateNode.type === 'final') finals.add(key);
    edges.set(
      key,
      node.edges.map((e) => e.target.key),
    );
  }
  const reachable = closure([variant.initial], (s) => edges.get(s) ?? []);
  const reverse = new Map<string, string[]>();
  for (const [from, targets] of edges) for (const t of targets) reverse.set(t, [...(reverse.get(t) ?? []), from]);
  const canFinish = closure([...finals], (s) => reverse.get(s) ?? []);
  if (finals.size === 0) problems.push({ path: 'states', message: '流程没有终止状态（如“已销号”）' });
  for (const name of Object.keys(variant.states)) {
    const label = variant.states[name]?.label ?? name;
    if (!reachable.has(name)) problems.push({ path: `states.${name}`, message: `状态“${label}”从起点无法到达` });
    else if (finals.size && !canFinish.has(name)) {
      problems.push({ path: `states.${name}`, message: `状态“${label}”无法走到终止状态（死路）` });
    }
  }
  return problems;
}

/** State and event names are stored, filtered on and inlined into SQL lists: identifiers only. */
/**
 * A variant tasks run on must hold the state rows are issued in (ISSUED_STATE, 已下达 in the
 * standard lifecycle): the ledger writes every issued row there, whatever the variant.
 */
export function checkIssuedState(variant: Pick<WorkflowVariant, 'states'>): WorkflowProblem[] {
  return Object.hasOwn(variant.states, ISSUED_STATE)
    ? []
    : [
        {
          path: 'states',
          message: `流程缺少任务下达后的起始状态（状态编号 ${ISSUED_STATE}），下达的任务从这里开始办理`,
        },
      ];
}

const STATE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
const EVENT_NAME = /^[A-Z][A-Z0-9_]{0,39}$/;

function checkReferences(variant: WorkflowVariant, requireActors: boolean): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  if (!Object.hasOwn(variant.states, variant.initial)) {
    problems.push({ path: 'initial', message: `起始状态 ${variant.initial} 不存在` });
  }
  for (const [name, state] of Object.entries(variant.states)) {
    if (!STATE_CATEGORIES.includes(state.category)) {
      problems.push({
        path: `states.${name}.category`,
        message: `状态“${state.label}”的类别 ${String(state.category)} 未知（应为 ${STATE_CATEGORIES.join('、')}）`,
      });
    }
    if (!STATE_NAME.test(name)) {
      problems.push({
        path: `states.${name}`,
        message: `状态名 ${name} 须以字母开头，只含字母、数字和下划线（≤ 40 个）`,
      });
    }
    if (typeof state.label !== 'string' || !state.label.trim()) {
      problems.push({ path: `states.${name}.label`, message: `状态 ${name} 没有名称` });
    }
    if (state.final && state.on && Object.keys(state.on).length) {
      problems.push({ path: `states.${name}.on`, message: `终止状态“${state.label}”不能再有流转` });
    }
    for (const [event, t] of Object.entries(state.on ?? {})) {
      if (!Object.hasOwn(variant.states, t.target)) {
        problems.push({
          path: `states.${name}.on.${event}.target`,
          message: `流转“${t.label}”指向不存在的状态 ${t.target}`,
        });
      }
      problems.push(...checkTransition(t, `states.${name}.on.${event}`, event, requireActors));
    }
  }
  return problems;
}

function checkTransition(
  t: WorkflowTransition,
  path: string,
  event: string,
  requireActors: boolean,
): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  const label = t.label || event;
  if (!EVENT_NAME.test(event)) {
    problems.push({ path, message: `流转“${label}”的事件名 ${event} 须为大写字母、数字和下划线` });
  }
  if (typeof t.label !== 'string' || !t.label.trim())
    problems.push({ path: `${path}.label`, message: `流转 ${event} 没有名称` });
  for (const [i, g] of (t.guards ?? []).entries()) {
    if (typeof g === 'string') {
      if (!isBuiltInGuard(g)) problems.push({ path: `${path}.guards[${i}]`, message: `未知的条件 ${g}` });
    } else {
      const faults = validateCondition(g?.condition, `${path}.guards[${i}].condition`);
      if (typeof g?.rule !== 'string' || !g.rule.trim()) {
        faults.push({ path: `${path}.guards[${i}].rule`, message: `流转“${label}”的规则没有名称` });
      }
      problems.push(...faults.map((f) => ({ path: f.path, message: `流转“${label}”的规则：${f.message}` })));
    }
  }
  const by = t.by ?? [];
  if (requireActors && by.length === 0) {
    problems.push({ path: `${path}.by`, message: `流转“${label}”没有指定由谁执行` });
  }
  for (const [i, actor] of by.entries()) {
    if (!isActor(actor))
      problems.push({ path: `${path}.by[${i}]`, message: `流转“${label}”的执行者 ${JSON.stringify(actor)} 未知` });
  }
  for (const [i, input] of (t.input ?? []).entries()) {
    if (!TRANSITION_INPUTS.includes(input)) {
      problems.push({ path: `${path}.input[${i}]`, message: `流转“${label}”的必填项 ${String(input)} 未知` });
    }
  }
  if (t.effect !== undefined && t.effect !== 'reschedule') {
    problems.push({ path: `${path}.effect`, message: `流转“${label}”的效果 ${String(t.effect)} 未知` });
  }
  if (t.effect === 'reschedule' && !t.input?.includes('dueOn')) {
    problems.push({ path: `${path}.input`, message: `流转“${label}”改变完成时限，须填写新的完成时限` });
  }
  return problems;
}

function isActor(actor: unknown): actor is TransitionActor {
  if (typeof actor === 'string') return (TRANSITION_ACTORS as readonly string[]).includes(actor);
  return typeof actor === 'object' && actor !== null && typeof (actor as { role?: unknown }).role === 'string';
}

function closure(start: readonly string[], next: (s: string) => readonly string[]): Set<string> {
  const seen = new Set<string>(start);
  const queue = [...start];
  while (queue.length) {
    for (const n of next(queue.pop() as string)) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return seen;
}

/**
 * A state means one thing wherever its name is used: the roll-up, the ledger's filter and the
 * stored rows' categories read a name across variants. A state named like one of `known`'s
 * states must keep that state's category; the refusal names both.
 */
export function checkStateMeaning(variant: WorkflowVariant, known: readonly WorkflowVariant[]): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  for (const [name, state] of Object.entries(variant.states)) {
    const other = known.find(
      (k) => k.id !== variant.id && k.states[name] && k.states[name].category !== state.category,
    );
    const theirs = other?.states[name];
    if (other && theirs) {
      problems.push({
        path: `states.${name}.category`,
        message: `状态 ${name}（“${state.label}”）在“${other.name}”中属于 ${theirs.category}，同名状态须属同一类别，请改名或改类别`,
      });
    }
  }
  return problems;
}
