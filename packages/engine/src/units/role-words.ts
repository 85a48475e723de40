import type { UnitRole } from './units-by-role.ts';

/** Role words that close a run of units inside one cell: "A、B牵头，C按职能分工落实，D配合". */
const ROLE_WORDS =
  '(?:牵头负责|牵头抓总|牵头|统筹|负总责|按职能分工落实|按职责分工落实|按职能职责落实|按职能落实|按职责落实|按职能分工|按职责分工|分工落实|具体落实|负责落实|抓好落实|落实|负责|配合|协助|协同|参与)';
export const ROLE_SUFFIX = new RegExp(`${ROLE_WORDS}$`);
/** A "unit" that is only a role word ("；按职能分工落实") names no one. */
export const ROLE_WORD_ONLY = new RegExp(`^${ROLE_WORDS}$`);

/** 按职能分工落实 and its variants: each acts as far as its functions reach. */
export const BY_FUNCTION = /^按职(?:能|责)/;

/** Labels in front of a run, followed by a colon: "牵头单位∶…；责任单位∶…". */
export const ROLE_LABEL =
  '(?:牵头单位|牵头部门|牵头科室|牵头|主办单位|统筹单位|负责单位|责任单位|责任部门|责任科室|落实单位|具体落实单位|实施单位|承办单位|配合单位|配合部门|配合科室|协助单位|协办单位|参与单位)';
/** Labels that open other annotations in the same bracket: "完成时限∶2022年底前". */
export const OTHER_LABEL = '(?:完成时限|完成时间|时间要求|时限要求|时限|时间节点|完成期限)';

/** The role a suffix (牵头, 按职能分工落实, 配合) or a label (牵头单位, 配合单位) gives its units. */
export function roleOfWord(word: string): UnitRole {
  if (/^(?:牵头|统筹|负总责|主办|负责单位)/.test(word)) return 'lead';
  if (/^(?:配合|协助|协同|协办|参与)/.test(word)) return 'cooperate';
  return 'responsible';
}
