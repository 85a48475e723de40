export { DEMO_ACCOUNTS, ensureAccounts } from '../demo/demo-accounts.ts';
export * from './api-session.ts';
export * from './test-world.ts';
