export { createOidcRelyingParty, type OidcSettings, oidcSettingsOf } from '../auth/oidc-client.ts';
export { DEMO_ACCOUNTS, ensureAccounts } from '../demo/demo-accounts.ts';
export { DEMO_TODAY, ensureDemoScenario } from '../demo/demo-scenario.ts';
export { parseEnv } from '../env.ts';
export * from '../http/in-process-session.ts';
export * from './test-world.ts';
