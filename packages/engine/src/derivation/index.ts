export * from './default-profile.ts';
export * from './derivation-problem.ts';
export * from './derive-plan.ts';
export * from './localize-text.ts';
export * from './localize-unit.ts';
export * from './org-directory.ts';
export * from './resolve-unit-orgs.ts';
export type * from './trace.ts';
export * from './validate-item-rules.ts';
