export * from './check-text.ts';
export { COLUMN_ROLES, type ColumnRole, columnKey } from './column-roles.ts';
export * from './import-error.ts';
export * from './import-plan-file.ts';
export * from './import-plan-text.ts';
export * from './to-import-json.ts';
