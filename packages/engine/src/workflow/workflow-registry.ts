import { type CompiledWorkflow, compileWorkflow } from './compile-workflow.ts';
import { STANDARD_VARIANTS } from './standard-variants.ts';
import type { WorkflowVariant } from './workflow-variant.ts';

/** Finds the compiled machine an assignment runs on, by variant id and version. */
export type WorkflowRegistry = (variantId: string, version: number) => CompiledWorkflow | undefined;

/** Compiles each variant once; later versions of a variant live beside the earlier ones. */
export function createWorkflowRegistry(variants: readonly WorkflowVariant[] = STANDARD_VARIANTS): WorkflowRegistry {
  const compiled = new Map(variants.map((v) => [`${v.id}@${v.version}`, compileWorkflow(v)]));
  return (variantId, version) => compiled.get(`${variantId}@${version}`);
}
