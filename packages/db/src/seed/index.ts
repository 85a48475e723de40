export * from './build-org-tree.ts';
export * from './division-data.ts';
export * from './seed-org-tree.ts';
