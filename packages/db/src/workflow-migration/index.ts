export * from './migrate-variant.ts';
