export * from './coverage/audit-coverage.ts';
export * from './deadlines/index.ts';
export * from './derivation/index.ts';
export * from './orgs/index.ts';
export type * from './plans/plan-draft.ts';
export * from './plans/plan-json.ts';
export * from './rules/index.ts';
export * from './units/index.ts';
export * from './workflow/index.ts';
