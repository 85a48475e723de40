export * from './cascade/index.ts';
export * from './client.ts';
export * from './look-back/look-back.ts';
export * from './repositories/assignments.repository.ts';
export * from './repositories/orgs.repository.ts';
export * from './repositories/rollup.repository.ts';
export * from './schema/index.ts';
export * from './seed/index.ts';
