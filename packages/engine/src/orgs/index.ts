export * from './capability-labels.ts';
export * from './department-functions.ts';
export * from './department-names.ts';
export * from './division-type.ts';
export * from './org.ts';
export * from './org-capabilities.ts';
export * from './org-function.ts';
export * from './township-offices.ts';
