import { FINISHED_STATES, statesIn } from '@cascade/engine';
import { sql } from 'drizzle-orm';

/**
 * State names as an SQL list — ('a', 'b') — for queries that ask what a state means (finished?
 * open?): the names come from the engine's variant definitions, so the SQL asks the same question
 * the engine answers. Only identifier-shaped names pass (they are inlined).
 */
export function stateListSql(states: readonly string[]): string {
  const bad = states.find((s) => !/^[A-Za-z][A-Za-z0-9_]*$/.test(s));
  if (bad !== undefined || states.length === 0) throw new Error(`not a list of state names: ${states.join(', ')}`);
  return `(${states.map((s) => `'${s}'`).join(', ')})`;
}

/** Finished work (已核验, 已销号), for `state IN …` / `state NOT IN …` in raw SQL. */
export const FINISHED_SQL = stateListSql(FINISHED_STATES);

/** The same list for drizzle's `sql` templates. */
export const finishedStates = sql.raw(FINISHED_SQL);

/** Work still with its unit (草稿, 已下达): the category open. */
export const openStates = sql.raw(stateListSql(statesIn('open')));
