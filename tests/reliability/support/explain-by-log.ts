import type { DatabaseHandle } from '@cascade/db';
import { createWorkflowRegistry, replayTransitions, type WorkflowEvent } from '@cascade/engine';

const TRANSITIONS = ['assignment.report', 'assignment.verify', 'assignment.return'];

/** What the event log says about a set of assignments, checked against their rows. */
export type LogCheck = {
  /** Transition events logged for the rows. */
  events: number;
  /** `id@version` of every logged transition (the version it produced). */
  logged: Set<string>;
  /** Rows whose state or version the log does not explain, with why. */
  unexplained: string[];
  /** Idempotency keys that occur on more than one event (would be a transition applied twice). */
  duplicateKeys: string[];
};

/**
 * Replays each row's logged transitions through the workflow machine from `assigned`: the
 * final state must be the row's state, the versions must run 2, 3, … without gap or repeat,
 * and the row's version must be one more than its number of transitions.
 */
export async function explainByLog(handle: DatabaseHandle, ids: readonly string[]): Promise<LogCheck> {
  const workflow = createWorkflowRegistry()('standard', 1);
  if (!workflow) throw new Error('the standard workflow is not registered');
  const rows = await handle.query<{ id: string; state: string; version: number; org_id: string }>(
    'SELECT id, state, version, org_id FROM assignments WHERE id = ANY($1)',
    [ids],
  );
  const events = await handle.query<{
    subject_id: string;
    payload: { to: string; version: number; event: WorkflowEvent };
    idempotency_key: string | null;
  }>(
    'SELECT subject_id, payload, idempotency_key FROM events WHERE subject_type = $1 AND subject_id = ANY($2) AND type = ANY($3) ORDER BY id',
    ['assignment', ids, TRANSITIONS],
  );
  const byRow = new Map<string, typeof events>();
  for (const e of events) byRow.set(e.subject_id, [...(byRow.get(e.subject_id) ?? []), e]);
  const unexplained: string[] = [];
  const logged = new Set<string>();
  for (const row of rows) {
    const log = byRow.get(row.id) ?? [];
    log.forEach((e, i) => {
      logged.add(`${row.id}@${e.payload.version}`);
      if (e.payload.version !== i + 2) unexplained.push(`${row.id}: event ${i} produced version ${e.payload.version}`);
    });
    const replayed = replayTransitions(
      workflow,
      { orgId: row.org_id, evidenceRequired: false },
      log.map((e) => e.payload.event),
      'assigned',
    );
    if ('error' in replayed) unexplained.push(`${row.id}: replay refused event ${replayed.at}: ${replayed.error}`);
    else if (replayed.state !== row.state)
      unexplained.push(`${row.id}: log says ${replayed.state}, row is ${row.state}`);
    if (Number(row.version) !== log.length + 1)
      unexplained.push(`${row.id}: version ${row.version} after ${log.length} transitions`);
  }
  const keys = new Map<string, number>();
  for (const e of events) if (e.idempotency_key) keys.set(e.idempotency_key, (keys.get(e.idempotency_key) ?? 0) + 1);
  return {
    events: events.length,
    logged,
    unexplained,
    duplicateKeys: [...keys].filter(([, n]) => n > 1).map(([k]) => k),
  };
}
