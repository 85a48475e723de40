import { computeLight, DEFAULT_YELLOW_WORKING_DAYS, ISSUED_STATE, type Light } from '@cascade/engine';
import type { DatabaseHandle } from '../client.ts';
import { scanFeedbackLights } from '../feedback/plan-feedback.ts';
import { rebuildRollup } from '../repositories/rollup.repository.ts';
import { FINISHED_SQL, NOT_COUNTING_SQL, PAUSED_SQL } from '../repositories/state-lists.ts';
import { type EscalationScanResult, escalateOverdue } from './escalate-overdue.ts';

export type DeadlineScanOptions = {
  /** The day the scan runs for (YYYY-MM-DD): injected so a scan can be replayed and tested. */
  today: string;
  /** Yellow when this many working days or fewer are left (the template's alert rule). */
  yellowWorkingDays?: number;
  actor?: string;
};

export type DeadlineScanResult = {
  changed: Record<Light, number>;
  reminders: number;
  /** Escalation after red (督办单, 约谈), per the plans' profiles. */
  escalations: EscalationScanResult;
  /** 台账反馈 rows whose light changed, and reminders for those that turned yellow or red. */
  feedback: { changed: number; reminders: number };
};

/**
 * The periodic deadline scan: recomputes every open assignment's light from its due date in
 * working days, and logs a reminder (催办) event for each one that turned yellow or red — once
 * per change, so running the scan again on the same day adds nothing. Lights are the scan's
 * own field: it never touches state or version, so it cannot collide with a user's write.
 * Red work then escalates by its plan's profile (`escalateOverdue`), each step once.
 */
export async function scanDeadlines(handle: DatabaseHandle, options: DeadlineScanOptions): Promise<DeadlineScanResult> {
  const yellow = options.yellowWorkingDays ?? DEFAULT_YELLOW_WORKING_DAYS;
  const actor = options.actor ?? 'system:deadline-scan';
  const dues = await handle.query<{ due: string }>(
    `SELECT DISTINCT to_char(due_on, 'YYYY-MM-DD') AS due FROM assignments WHERE due_on IS NOT NULL AND state_category NOT IN ${NOT_COUNTING_SQL}`,
  );
  const byLight = new Map<Light, string[]>();
  for (const { due } of dues) {
    const light = computeLight({ due, today: options.today, state: ISSUED_STATE, yellowWorkingDays: yellow });
    byLight.set(light, [...(byLight.get(light) ?? []), due]);
  }
  const changed: Record<Light, number> = { green: 0, yellow: 0, red: 0, none: 0 };
  let reminders = 0;
  let escalations: EscalationScanResult | undefined;
  let feedback = { changed: 0, reminders: 0 };
  const years = await handle.rawTransaction(async (tx) => {
    for (const [light, dates] of byLight) {
      // Dates come from to_char above; checked again so nothing but a date reaches the SQL text.
      const list = dates
        .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
        .map((d) => `'${d}'`)
        .join(', ');
      if (!list) continue;
      const [row] = await tx.query<{ changed: number; reminded: number }>(
        `WITH changed AS (
           UPDATE assignments SET light = $1, updated_at = now()
           WHERE due_on IN (${list}) AND state_category NOT IN ${NOT_COUNTING_SQL} AND light <> $1
           RETURNING id, light, due_on
         ), reminded AS (
           INSERT INTO events (actor, type, subject_type, subject_id, payload)
           SELECT $2, 'assignment.reminder', 'assignment', id,
                  json_build_object('light', light, 'due', to_char(due_on, 'YYYY-MM-DD'), 'on', $3::text)::jsonb
           FROM changed WHERE light IN ('yellow', 'red')
           RETURNING 1
         )
         SELECT (SELECT count(*)::int FROM changed) AS changed, (SELECT count(*)::int FROM reminded) AS reminded`,
        [light, actor, options.today],
      );
      changed[light] += row?.changed ?? 0;
      reminders += row?.reminded ?? 0;
    }
    const [done] = await tx.query<{ n: number }>(
      `WITH d AS (UPDATE assignments SET light = 'green' WHERE state_category IN ${FINISHED_SQL} AND light <> 'green' RETURNING 1) SELECT count(*)::int AS n FROM d`,
    );
    changed.green += done?.n ?? 0;
    // Paused work (暂缓) has no light until it resumes (its resumption sets a new date and light).
    const [paused] = await tx.query<{ n: number }>(
      `WITH p AS (UPDATE assignments SET light = 'none' WHERE state_category IN ${PAUSED_SQL} AND light <> 'none' RETURNING 1) SELECT count(*)::int AS n FROM p`,
    );
    changed.none += paused?.n ?? 0;
    escalations = await escalateOverdue(tx, { today: options.today, actor });
    feedback = await scanFeedbackLights(tx, { today: options.today, yellowWorkingDays: yellow, actor });
    return (await tx.query<{ year: number }>('SELECT DISTINCT year FROM assignments')).map((r) => r.year);
  });
  for (const year of years) await rebuildRollup(handle.db, year);
  return {
    changed,
    reminders,
    feedback,
    escalations: escalations ?? {
      raised: { remind: 0, notice: 0, interview: 0 },
      badProfiles: [],
      notices: { notice: 0, interview: 0 },
    },
  };
}
