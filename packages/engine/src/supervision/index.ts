export * from './annual-report-section.ts';
export * from './escalation-profile.ts';
export * from './feedback-status.ts';
export * from './feedback-window.ts';
export * from './rectification-due.ts';
export * from './supervision-notice.ts';
