export * from './assignments.schema.ts';
export * from './events.schema.ts';
export * from './orgs.schema.ts';
export * from './plans.schema.ts';
export * from './users.schema.ts';
