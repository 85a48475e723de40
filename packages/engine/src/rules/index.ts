export * from './compile-rule.ts';
export * from './fact-path.ts';
export * from './operators.ts';
export type * from './rule.ts';
export * from './rule-events.ts';
export * from './rule-set.ts';
export * from './substitute-growth.ts';
export * from './validate-rule.ts';
