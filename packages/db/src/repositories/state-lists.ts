import { FINISHED_CATEGORIES, PAUSED_CATEGORIES, type StateCategory } from '@cascade/engine';
import { sql } from 'drizzle-orm';

/**
 * State categories as an SQL list — ('done', …) — for queries that ask what a row's state
 * means (finished? open?) of its `state_category`, which every write of a state sets from the
 * variant that defines it: a designed variant's states count whatever they are named. Only
 * identifier-shaped names pass (they are inlined).
 */
export function categoryListSql(categories: readonly StateCategory[]): string {
  const bad = categories.find((s) => !/^[A-Za-z][A-Za-z0-9_]*$/.test(s));
  if (bad !== undefined || categories.length === 0)
    throw new Error(`not a list of categories: ${categories.join(', ')}`);
  return `(${categories.map((s) => `'${s}'`).join(', ')})`;
}

/** Finished work (已核验, 已销号), for `state_category IN …` / `NOT IN …` in raw SQL. */
export const FINISHED_SQL = categoryListSql(FINISHED_CATEGORIES);

/** Paused work (暂缓): no light while its deadline does not run. */
export const PAUSED_SQL = categoryListSql(PAUSED_CATEGORIES);

/** Work whose deadline does not run — finished or paused — left out of the lights' countdown. */
export const NOT_COUNTING_SQL = categoryListSql([...FINISHED_CATEGORIES, ...PAUSED_CATEGORIES]);

/** The same list for drizzle's `sql` templates. */
export const finishedCategories = sql.raw(FINISHED_SQL);

/** Work still with its unit (草稿, 已下达, 延期待批): the category open. */
export const openCategories = sql.raw(categoryListSql(['open']));
