import {
  INFORMATION_ONLY_WORKFLOW,
  STANDARD_VARIANTS,
  STANDARD_WORKFLOW,
  withReviewSteps,
} from './standard-variants.ts';
import type { WorkflowVariant } from './workflow-variant.ts';

/** The variants review steps may be added to (both have reported → VERIFY or none at all). */
export const BASE_VARIANTS: readonly WorkflowVariant[] = [STANDARD_WORKFLOW, INFORMATION_ONLY_WORKFLOW];

/** A step name as the designer allows it: 1–12 characters, none of them the separator. */
export const REVIEW_STEP_PATTERN = /^[^+\s]{1,12}$/u;

/**
 * The id of a base variant with review steps, as items and assignments store it:
 * `standard+初审+复审`. The id says everything, so any server instance can rebuild the machine.
 */
export function reviewVariantId(baseId: string, steps: readonly string[]): string {
  return steps.length ? [baseId, ...steps].join('+') : baseId;
}

/** The base variant and review steps an id names (a built-in variant is its own base). */
export function parseVariantId(id: string): { baseId: string; steps: string[] } {
  const known = STANDARD_VARIANTS.find((v) => v.id === id);
  if (known && id !== STANDARD_WORKFLOW.id && id !== INFORMATION_ONLY_WORKFLOW.id) {
    const steps = Object.keys(known.states)
      .filter((s) => /^review\d+$/.test(s))
      .sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)))
      .map((s) => known.states[s]?.label ?? s);
    return { baseId: STANDARD_WORKFLOW.id, steps };
  }
  const [baseId = '', ...steps] = id.split('+');
  return { baseId, steps };
}

export type VariantResult = { ok: true; variant: WorkflowVariant } | { ok: false; message: string };

/**
 * The variant an id names: a built-in one, or a base variant with review steps inserted between
 * reported and verified. Returns a reason instead when the id cannot be built (failure as data).
 */
export function resolveWorkflowVariant(id: string): VariantResult {
  const known = STANDARD_VARIANTS.find((v) => v.id === id);
  if (known) return { ok: true, variant: known };
  const { baseId, steps } = parseVariantId(id);
  return composeReviewVariant(baseId, steps);
}

/** A base variant with review steps, as the designer composes it; the steps' names are checked first. */
export function composeReviewVariant(baseId: string, steps: readonly string[]): VariantResult {
  const base = BASE_VARIANTS.find((v) => v.id === baseId);
  if (!base) return { ok: false, message: `未知的基础流程 ${JSON.stringify(baseId)}` };
  const bad = steps.find((s) => !REVIEW_STEP_PATTERN.test(s));
  if (bad !== undefined) return { ok: false, message: `环节名称“${bad}”须为 1–12 个字，且不含空格或“+”` };
  const duplicate = steps.find((s, i) => steps.indexOf(s) !== i);
  if (duplicate) return { ok: false, message: `环节“${duplicate}”重复` };
  if (steps.length === 0) return { ok: true, variant: base };
  if (!base.states.reported?.on?.VERIFY) {
    return { ok: false, message: `“${base.name}”没有“报送 → 核验”环节，不能插入审核步骤` };
  }
  return { ok: true, variant: withReviewSteps(base, steps, reviewVariantId(baseId, steps)) };
}
