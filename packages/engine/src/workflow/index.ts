export * from './apply-transition.ts';
export * from './compile-workflow.ts';
export * from './guards.ts';
export * from './plan-lifecycle.ts';
export * from './replay-transitions.ts';
export * from './standard-variants.ts';
export * from './validate-workflow.ts';
export * from './workflow-registry.ts';
export type * from './workflow-variant.ts';
