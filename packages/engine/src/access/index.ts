export * from './policy.ts';
export * from './roles.ts';
