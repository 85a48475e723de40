export * from './department-functions.ts';
export * from './department-names.ts';
export * from './division-type.ts';
export * from './org.ts';
