export * from './cascade-plan.ts';
export * from './resolve-unit-orgs.ts';
