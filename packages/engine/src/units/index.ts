export * from './normalize-unit.ts';
export * from './parse-units.ts';
export * from './parse-units-tail.ts';
export * from './render-units.ts';
export { OTHER_LABEL, ROLE_LABEL, roleOfWord } from './role-words.ts';
export * from './unit-selector.ts';
export type * from './units-by-role.ts';
