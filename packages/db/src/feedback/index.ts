export * from './plan-feedback.ts';
