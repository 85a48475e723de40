import {
  DomainError,
  planVariantMigration,
  type StateMapping,
  type WorkflowProblem,
  type WorkflowVariant,
} from '@cascade/engine';
import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { pathIds, rowsOf } from '../repositories/rollup.repository.ts';

export class VariantMigrationRefusedError extends DomainError {
  constructor(readonly problems: WorkflowProblem[]) {
    super('workflow.migrationRefused', problems.map((p) => `${p.path}：${p.message}`).join('；'), {
      faults: problems,
    });
    this.name = 'VariantMigrationRefusedError';
  }
}

export type VariantMigrationInput = {
  from: WorkflowVariant;
  to: WorkflowVariant;
  mapping: StateMapping;
  /** true lists what would move where and changes nothing. */
  dryRun: boolean;
  actor: string;
  /** Only this plan's assignments (default: every in-flight assignment on `from`). */
  planId?: string;
};

export type VariantMigrationMove = { from: string; to: string; count: number; assignmentIds: string[] };

export type VariantMigrationResult = {
  dryRun: boolean;
  from: string;
  to: string;
  /** One line per old state that has in-flight assignments: where they go, how many, which. */
  moves: VariantMigrationMove[];
  total: number;
};

type InFlight = { id: string; state: string; org_path: string; year: number; light: string; version: number };

/**
 * Moves in-flight assignments (not in a final state) from one workflow variant version to
 * another by an explicit state mapping. A dry run lists what would move where; the real run
 * rewrites each assignment's state and machine stamp (variant + version, its version bumped so
 * a client holding the old one gets a conflict), logs one `assignment.migrated` event per
 * assignment, and keeps the roll-up in step — all in one transaction. Assignments changed by
 * someone else since they were read are not moved silently: the run fails and changes nothing.
 */
export async function migrateAssignmentsToVariant(
  db: Db,
  input: VariantMigrationInput,
): Promise<VariantMigrationResult> {
  const checked = planVariantMigration(input.from, input.to, input.mapping);
  if (!checked.ok) throw new VariantMigrationRefusedError(checked.problems);
  const finals = Object.entries(input.from.states)
    .filter(([, s]) => s.final)
    .map(([name]) => name);
  const fromMachine = `${input.from.id}@${input.from.version}`;
  const toMachine = `${input.to.id}@${input.to.version}`;
  const select = async (tx: Db) =>
    rowsOf<InFlight>(
      await tx.execute(sql`
        SELECT id, state, org_path, year, light, version FROM assignments
        WHERE workflow_variant = ${input.from.id} AND workflow_version = ${input.from.version}
          ${
            finals.length
              ? sql`AND state NOT IN (${sql.join(
                  finals.map((f) => sql`${f}`),
                  sql`, `,
                )})`
              : sql``
          }
          ${input.planId ? sql`AND plan_id = ${input.planId}` : sql``}
        ORDER BY id`),
    );
  const summarize = (rows: InFlight[]): VariantMigrationResult => {
    const byState = new Map<string, string[]>();
    for (const r of rows) byState.set(r.state, [...(byState.get(r.state) ?? []), r.id]);
    const moves = [...byState].map(([from, ids]) => ({
      from,
      to: input.mapping[from] as string,
      count: ids.length,
      assignmentIds: ids,
    }));
    return { dryRun: input.dryRun, from: fromMachine, to: toMachine, moves, total: rows.length };
  };
  if (input.dryRun) return summarize(await select(db));
  return db.transaction(async (tx) => {
    const rows = await select(tx);
    const shifts = new Map<string, number>();
    for (const row of rows) {
      const to = input.mapping[row.state] as string;
      const moved = rowsOf<{ id: string }>(
        await tx.execute(sql`
          WITH upd AS (
            UPDATE assignments SET state = ${to}, state_category = ${input.to.states[to]?.category ?? 'open'},
              workflow_variant = ${input.to.id},
              workflow_version = ${input.to.version}, version = version + 1, updated_at = now()
            WHERE id = ${row.id} AND version = ${Number(row.version)}
            RETURNING id, template_version, version
          )
          INSERT INTO events (actor, type, subject_type, subject_id, payload)
          SELECT ${input.actor}, 'assignment.migrated', 'assignment', upd.id,
            json_build_object('from', json_build_object('machine', ${fromMachine}::text, 'state', ${row.state}::text),
                              'to', json_build_object('machine', ${toMachine}::text, 'state', ${to}::text),
                              'templateVersion', upd.template_version, 'version', upd.version)::jsonb
          FROM upd RETURNING subject_id AS id`),
      );
      if (!moved.length) throw new Error(`任务分工 ${row.id} 在迁移过程中被修改，迁移未执行，请重试`);
      if (to === row.state) continue;
      for (const orgId of pathIds(row.org_path)) {
        for (const [state, delta] of [
          [row.state, -1],
          [to, 1],
        ] as const) {
          const key = `${orgId}\t${row.year}\t${state}\t${row.light}`;
          shifts.set(key, (shifts.get(key) ?? 0) + delta);
        }
      }
    }
    const values = [...shifts]
      .filter(([, n]) => n !== 0)
      .map(([key, n]) => {
        const [orgId, year, state, light] = key.split('\t');
        return sql`(${orgId}, ${Number(year)}, ${state}, ${light}, ${n})`;
      });
    for (let i = 0; i < values.length; i += 1000) {
      await tx.execute(sql`INSERT INTO rollup_counts (org_id, year, state, light, count)
        VALUES ${sql.join(values.slice(i, i + 1000), sql`, `)}
        ON CONFLICT (org_id, year, state, light) DO UPDATE SET count = rollup_counts.count + excluded.count`);
    }
    return { ...summarize(rows), dryRun: false };
  });
}
