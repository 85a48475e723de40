export * from './office-bombs.ts';
