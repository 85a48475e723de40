export * from './backup-database.ts';
export * from './backup-error.ts';
export * from './restore-database.ts';
