export * from './client.ts';
export * from './repositories/assignments.repository.ts';
export * from './repositories/rollup.repository.ts';
export * from './schema/index.ts';
