import type { Sql } from 'postgres';

/**
 * Statements with more parameters than this are bulk writes whose text changes with their size
 * (one placeholder per value): preparing them would only fill each connection's statement cache.
 */
const MOST_PARAMETERS_PREPARED = 100;

type UnsafeOptions = { prepare?: boolean; simple?: boolean };

/**
 * A statement that matches a pattern (`org_path LIKE $1`: a subtree, a search) is planned for its
 * value every time, so it is not prepared: only a plan that sees the pattern can use the index for
 * its prefix, and PostgreSQL switches a prepared statement to one generic plan after five runs —
 * which, first made for a province, would serve a county's ledger by scanning every row.
 */
const MATCHES_A_PATTERN = /\b(?:I?LIKE|SIMILAR TO)\b|~/i;

/** Whether a statement is prepared: it has parameters, not too many, and no pattern to match. */
export function isPrepared(query: string, parameters: number): boolean {
  return parameters > 0 && parameters <= MOST_PARAMETERS_PREPARED && !MATCHES_A_PATTERN.test(query);
}

/**
 * A postgres.js client whose parameterized queries run as named prepared statements, for drizzle.
 * drizzle asks postgres.js for an unnamed statement on every query that is not `.prepare()`d by
 * name, and postgres.js sends an unnamed statement with parameters in two round trips (Parse +
 * Describe to learn the parameter types, then Bind + Execute), parsed and planned each time. A
 * named statement is parsed once per connection and later runs in one round trip, with a plan
 * PostgreSQL may keep (measured on the transitions benchmark: see docs/BENCHMARKS.md). Each
 * connection keeps its statements until it is recycled (postgres.js ends a connection after 30–60
 * minutes), which bounds the cache; postgres.js prepares a statement again when a migration
 * changed what it reads. `sent` sees each statement's text first (DatabaseHandle.watchStatements).
 */
export function preparingClient(client: Sql, sent: (statement: string) => void = () => {}): Sql {
  return new Proxy(client, {
    get(target, key, receiver) {
      if (key === 'unsafe') {
        return (query: string, params: unknown[] = [], options: UnsafeOptions = {}) => {
          sent(query);
          return target.unsafe(query, params as never[], {
            ...options,
            prepare: isPrepared(query, params.length),
          });
        };
      }
      if (key === 'begin') {
        return (...args: unknown[]) => {
          const work = args.pop() as (tx: Sql) => unknown;
          return (target.begin as (...a: unknown[]) => unknown)(...args, (tx: Sql) => work(preparingClient(tx, sent)));
        };
      }
      if (key === 'savepoint') {
        return (...args: unknown[]) => {
          const work = args.pop() as (tx: Sql) => unknown;
          return (target as unknown as { savepoint: (...a: unknown[]) => unknown }).savepoint(...args, (tx: Sql) =>
            work(preparingClient(tx, sent)),
          );
        };
      }
      return Reflect.get(target, key, receiver);
    },
  });
}
