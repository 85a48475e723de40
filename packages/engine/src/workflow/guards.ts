import type { BuiltInGuard, WorkflowContext, WorkflowEvent } from './workflow-variant.ts';

type GuardFn = (context: WorkflowContext, event: WorkflowEvent) => boolean;

/** The built-in guards, shared by the xstate machine and by the explanation of a refusal. */
export const BUILT_IN_GUARDS: Record<BuiltInGuard, GuardFn> = {
  hasEvidence: (context, event) => !context.evidenceRequired || (event.evidence?.length ?? 0) > 0,
  hasReason: (_context, event) => (event.reason ?? '').trim().length > 0,
  notOwnUnit: (context, event) => event.actor.orgId !== context.orgId,
  headApproved: (_context, event) => event.headApproved === true,
};

/** Why a guard refused, in the words the UI shows (zh-CN). */
export const GUARD_MESSAGES: Record<BuiltInGuard, string> = {
  hasEvidence: '报送需附佐证材料',
  hasReason: '请填写理由',
  notOwnUnit: '不能核验或退回本单位自己的报送',
  headApproved: '需经主要负责同志审批',
};

export function isBuiltInGuard(name: unknown): name is BuiltInGuard {
  return typeof name === 'string' && Object.hasOwn(BUILT_IN_GUARDS, name);
}

/** The built-in guards' names, in the order the designer offers them. */
export const BUILT_IN_GUARD_NAMES = Object.keys(BUILT_IN_GUARDS) as BuiltInGuard[];
