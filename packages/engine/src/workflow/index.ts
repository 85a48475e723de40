export * from './apply-transition.ts';
export * from './compile-workflow.ts';
export * from './guards.ts';
export * from './standard-variants.ts';
export * from './validate-workflow.ts';
export type * from './workflow-variant.ts';
