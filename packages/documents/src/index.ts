export * from './accounts/index.ts';
export * from './export/index.ts';
export * from './import/index.ts';
export * from './readers/index.ts';
