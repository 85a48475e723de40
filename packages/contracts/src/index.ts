export * from './accounts.contract.ts';
export * from './auth.contract.ts';
export * from './derivation.contract.ts';
export * from './ledger.contract.ts';
export * from './orgs.contract.ts';
export * from './plans.contract.ts';
export * from './problem.contract.ts';
export * from './supervision.contract.ts';
