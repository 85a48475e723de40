export * from './ledger-rows.ts';
export * from './sync-ledger.ts';
