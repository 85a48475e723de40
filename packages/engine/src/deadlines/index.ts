export * from './calendar-date.ts';
export * from './chinese-numbers.ts';
export type * from './deadline.ts';
export * from './parse-deadline.ts';
export * from './traffic-light.ts';
export * from './working-days.ts';
