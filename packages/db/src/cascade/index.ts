export * from './cascade-plan.ts';
