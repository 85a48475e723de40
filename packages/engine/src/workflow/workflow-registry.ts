import { type CompiledWorkflow, compileWorkflow } from './compile-workflow.ts';
import { resolveWorkflowVariant } from './resolve-workflow-variant.ts';
import { STANDARD_VARIANTS } from './standard-variants.ts';
import type { WorkflowVariant } from './workflow-variant.ts';

/**
 * Finds the compiled machine an assignment runs on, by variant id and version. The built-in
 * variants answer at once; a designed variant may be loaded from storage (hence the promise).
 */
export type WorkflowRegistry = (
  variantId: string,
  version: number,
) => CompiledWorkflow | undefined | Promise<CompiledWorkflow | undefined>;

/** The built-in variants' registry, answering without storage. */
export type BuiltInWorkflowRegistry = (variantId: string, version: number) => CompiledWorkflow | undefined;

/** Compiles each variant once; later versions of a variant live beside the earlier ones. */
export function createWorkflowRegistry(
  variants: readonly WorkflowVariant[] = STANDARD_VARIANTS,
): BuiltInWorkflowRegistry {
  const compiled = new Map(variants.map((v) => [`${v.id}@${v.version}`, compileWorkflow(v)]));
  return (variantId, version) => {
    const key = `${variantId}@${version}`;
    const found = compiled.get(key);
    if (found || version !== 1) return found;
    // Variants the designer composed (standard+初审+复审) are rebuilt from their id, once.
    const resolved = resolveWorkflowVariant(variantId);
    if (!resolved.ok) return undefined;
    const machine = compileWorkflow(resolved.variant);
    compiled.set(key, machine);
    return machine;
  };
}
