export * from './ledger-rows.ts';
export * from './plan-ledger-sync.ts';
export * from './sync-ledger.ts';
