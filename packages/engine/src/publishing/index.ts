export * from './publish-warnings.ts';
export * from './version-changes.ts';
