import type { UnitRole } from './units-by-role.ts';

/** Role words that close a run of units inside one cell: "A、B牵头，C按职能分工落实，D配合". */
const ROLE_WORDS =
  '(?:牵头负责|牵头抓总|牵头|统筹|负总责|按职能分工落实|按职责分工落实|按职能职责落实|按职能落实|按职责落实|按职能分工|按职责分工|分工落实|具体落实|负责落实|抓好落实|落实|负责|配合|协助|协同|参与)';
export const ROLE_SUFFIX = new RegExp(`${ROLE_WORDS}$`);
/** A "unit" that is only a role word ("；按职能分工落实") names no one. */
export const ROLE_WORD_ONLY = new RegExp(`^${ROLE_WORDS}$`);

/** 按职能分工落实 and its variants: each acts as far as its functions reach. */
export const BY_FUNCTION = /^按职(?:能|责)/;

/**
 * Labels in front of a run, followed by a colon: "牵头单位∶…；责任单位∶…", "责任股室：…", "实施主体：…".
 * A role word and a unit noun, in the words offices use for their own sections (科室 / 股室 / 处室).
 */
export const ROLE_LABEL =
  '(?:(?:牵头|主办|统筹|负责|责任|具体落实|落实|实施|承办|配合|协助|协办|参与)(?:单位|部门|科室|科（室）|科\\(室\\)|股室|处室|主体)|实施主体|责任主体|牵头)';
/** Labels that open other annotations in the same bracket: "完成时限∶2022年底前". */
export const OTHER_LABEL = '(?:完成时限|完成时间|时间要求|时限要求|时限|时间节点|完成期限)';

/** The role a suffix (牵头, 按职能分工落实, 配合) or a label (牵头单位, 配合单位) gives its units. */
export function roleOfWord(word: string): UnitRole {
  if (/^(?:牵头|统筹|负总责|主办|负责单位)/.test(word)) return 'lead';
  if (/^(?:配合|协助|协同|协办|参与)/.test(word)) return 'cooperate';
  return 'responsible';
}
