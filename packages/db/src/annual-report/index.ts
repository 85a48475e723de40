export * from './summarize-plan-implementation.ts';
