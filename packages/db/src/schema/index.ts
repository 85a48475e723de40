export * from './assignments.schema.ts';
export * from './events.schema.ts';
export * from './evidence.schema.ts';
export * from './notifications.schema.ts';
export * from './orgs.schema.ts';
export * from './plans.schema.ts';
export * from './sessions.schema.ts';
export * from './users.schema.ts';
