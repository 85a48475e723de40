export * from './escalation-profile.ts';
