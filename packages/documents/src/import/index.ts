export * from './check-text.ts';
export * from './import-error.ts';
export * from './import-plan-file.ts';
export * from './import-plan-text.ts';
export * from './to-import-json.ts';
