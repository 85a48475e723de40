export * from './account-fields.ts';
export * from './policy.ts';
export * from './roles.ts';
