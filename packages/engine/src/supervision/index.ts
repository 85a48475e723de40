export * from './escalation-profile.ts';
export * from './feedback-window.ts';
