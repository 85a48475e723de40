export { DEMO_ACCOUNTS, ensureAccounts } from '../demo/demo-accounts.ts';
export * from '../http/in-process-session.ts';
export * from './test-world.ts';
