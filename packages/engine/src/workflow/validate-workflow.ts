import { toDirectedGraph } from '@xstate/graph';
import { compileWorkflow } from './compile-workflow.ts';
import { isBuiltInGuard } from './guards.ts';
import { STATE_CATEGORIES, type WorkflowVariant } from './workflow-variant.ts';

export type WorkflowProblem = { path: string; message: string };

/**
 * Proves a variant sound before it is saved: every target exists, every guard is known, every
 * state is reachable from the start, and from every state a final state can be reached (no dead
 * ends). Reachability is computed on the compiled xstate machine's graph (@xstate/graph), so what
 * is checked is what will run.
 */
export function validateWorkflow(variant: WorkflowVariant): WorkflowProblem[] {
  const problems = checkReferences(variant);
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

function checkReferences(variant: WorkflowVariant): WorkflowProblem[] {
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
      for (const [i, g] of (t.guards ?? []).entries()) {
        if (typeof g === 'string' && !isBuiltInGuard(g)) {
          problems.push({ path: `states.${name}.on.${event}.guards[${i}]`, message: `未知的条件 ${g}` });
        }
      }
    }
  }
  return problems;
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
