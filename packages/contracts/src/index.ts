export * from './orgs.contract.ts';
export * from './problem.contract.ts';
