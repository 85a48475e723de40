import { validateWorkflow, type WorkflowProblem } from './validate-workflow.ts';
import type { WorkflowVariant } from './workflow-variant.ts';

/** Old state → new state, for every state of the old variant. */
export type StateMapping = Record<string, string>;

export type VariantMigrationPlan = {
  from: { id: string; version: number };
  to: { id: string; version: number };
  mapping: StateMapping;
};

/**
 * Checks an explicit state mapping from one variant (version) to another before any assignment
 * moves: the new variant must be sound, every state of the old one must be mapped (nothing is
 * left behind in a state the new machine does not know), and every mapping must name states that
 * exist on both sides. Problems name the path and the state, as the designer shows them.
 */
export function planVariantMigration(
  from: WorkflowVariant,
  to: WorkflowVariant,
  mapping: StateMapping,
): { ok: true; plan: VariantMigrationPlan } | { ok: false; problems: WorkflowProblem[] } {
  const problems: WorkflowProblem[] = validateWorkflow(to).map((p) => ({
    path: `to.${p.path}`,
    message: `新流程不可用：${p.message}`,
  }));
  if (from.id === to.id && to.version <= from.version) {
    problems.push({ path: 'to.version', message: `新版本号 ${to.version} 应大于 ${from.version}` });
  }
  for (const [old, next] of Object.entries(mapping)) {
    if (!Object.hasOwn(from.states, old)) {
      problems.push({ path: `mapping.${old}`, message: `原流程“${from.name}”没有状态 ${old}` });
    }
    if (!Object.hasOwn(to.states, next)) {
      problems.push({ path: `mapping.${old}`, message: `新流程“${to.name}”没有状态 ${next}` });
    }
  }
  for (const [name, state] of Object.entries(from.states)) {
    if (!Object.hasOwn(mapping, name)) {
      problems.push({ path: `mapping.${name}`, message: `状态“${state.label}”（${name}）未指定迁移到哪个状态` });
    }
  }
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    plan: {
      from: { id: from.id, version: from.version },
      to: { id: to.id, version: to.version },
      mapping: { ...mapping },
    },
  };
}
