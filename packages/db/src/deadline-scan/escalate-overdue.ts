import { dueEscalationSteps, type EscalationAction, readEscalationProfile, workingDaysOverdue } from '@cascade/engine';
import type { RawSession } from '../client.ts';
import { pathIds } from '../repositories/rollup.repository.ts';
import { FINISHED_SQL } from '../repositories/state-lists.ts';
import { issueNotices, type NoticeDraft } from '../supervision-notices/supervision-notices.ts';

export type EscalationScanResult = {
  /** Steps raised by this run, by action (each step is raised once per assignment, ever). */
  raised: Record<EscalationAction, number>;
  /** Plans whose escalation profile could not be read: left out, and named here. */
  badProfiles: { planId: string; problems: string[] }[];
  /** 督办单 and 约谈 notices issued by this run (one per unit, supervisor and kind). */
  notices: { notice: number; interview: number };
};

type RedRow = {
  id: string;
  plan_id: string;
  org_id: string;
  org_path: string;
  owner_org_id: string;
  due: string;
  escalation: unknown;
};

/**
 * Escalation after red (超期升级督办): for every open assignment that is red, the steps of its
 * plan's escalation profile that are due by working days overdue are logged as
 * `assignment.escalated` events, addressed to the unit (督办单 to its head) and to its
 * supervisor (the plan's owner). Each step's event carries the key `escalation:<id>@<due>:<step>`
 * in the event log's unique idempotency index, so a step is raised once per due date however often
 * the scan runs, and two scans racing on two servers raise it once between them. A republish that
 * moves the due date (`assignment.rescheduled`) starts the steps again from the new date: the
 * steps of the old one no longer count. (Keys written before the due date was part of them,
 * `escalation:<id>:<step>`, still stand for the date they name.)
 *
 * A 督办单 or 约谈 step raised in this run also issues the document (`issueNotices`): one notice per
 * unit, supervising office and kind, listing the unit's tasks that reached the step, with the next
 * 文号 of the office and the step's answer days. Only the steps this run's insert raised go into
 * notices, so however often the scan runs — or two run at once — each step is in one notice.
 */
export async function escalateOverdue(
  session: RawSession,
  options: { today: string; actor: string },
): Promise<EscalationScanResult> {
  const rows = await session.query<RedRow>(
    `SELECT a.id, a.plan_id, a.org_id, a.org_path, p.owner_org_id, to_char(a.due_on, 'YYYY-MM-DD') AS due,
            p.settings->'escalation' AS escalation
     FROM assignments a JOIN plans p ON p.id = a.plan_id
     WHERE a.light = 'red' AND a.due_on IS NOT NULL AND a.state_category NOT IN ${FINISHED_SQL}
     ORDER BY a.id`,
  );
  const result: EscalationScanResult = {
    raised: { remind: 0, notice: 0, interview: 0 },
    badProfiles: [],
    notices: { notice: 0, interview: 0 },
  };
  const profiles = new Map<string, ReturnType<typeof readEscalationProfile>>();
  const ids: string[] = [];
  const payloads: string[] = [];
  const keys: string[] = [];
  const legacyKeys: string[] = [];
  const dues: string[] = [];
  for (const row of rows) {
    let profile = profiles.get(row.plan_id);
    if (!profile) {
      profile = readEscalationProfile(row.escalation ?? undefined);
      profiles.set(row.plan_id, profile);
      if (!profile.ok)
        result.badProfiles.push({
          planId: row.plan_id,
          problems: profile.problems.map((p) => `${p.path}：${p.message}`),
        });
    }
    if (!profile.ok) continue;
    // A unit's supervisor is the plan's owner; for the owner's own rows, the level above it.
    const ancestors = pathIds(row.org_path);
    const supervisorOrgId =
      row.owner_org_id !== row.org_id ? row.owner_org_id : (ancestors[ancestors.length - 2] ?? row.owner_org_id);
    const redWorkingDays = workingDaysOverdue(row.due, options.today);
    for (const step of dueEscalationSteps(profile.profile, row.due, options.today)) {
      ids.push(row.id);
      keys.push(`escalation:${row.id}@${row.due}:${step.key}`);
      legacyKeys.push(`escalation:${row.id}:${step.key}`);
      dues.push(row.due);
      payloads.push(
        JSON.stringify({
          step: step.key,
          action: step.action,
          afterRedWorkingDays: step.afterRedWorkingDays,
          redWorkingDays,
          due: row.due,
          on: options.today,
          unitOrgId: row.org_id,
          supervisorOrgId,
          ...(step.answerWorkingDays ? { answerWorkingDays: step.answerWorkingDays } : {}),
        }),
      );
    }
  }
  type Raised = {
    id: string;
    key: string;
    action: EscalationAction;
    step: string;
    unit: string;
    supervisor: string;
    answer: string | null;
  };
  const drafts = new Map<string, NoticeDraft>();
  for (let i = 0; i < ids.length; i += 1000) {
    const raised = await session.query<Raised>(
      `INSERT INTO events (actor, type, subject_type, subject_id, payload, idempotency_key)
       SELECT $1, 'assignment.escalated', 'assignment', t.id, t.payload::jsonb, t.key
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(id, payload, key, legacy, due)
       WHERE NOT EXISTS (SELECT 1 FROM events l WHERE l.idempotency_key = t.legacy AND l.payload->>'due' = t.due)
       ON CONFLICT (idempotency_key) DO NOTHING
       RETURNING subject_id AS id, idempotency_key AS key, payload->>'action' AS action, payload->>'step' AS step,
         payload->>'unitOrgId' AS unit, payload->>'supervisorOrgId' AS supervisor,
         payload->>'answerWorkingDays' AS answer`,
      [
        options.actor,
        ids.slice(i, i + 1000),
        payloads.slice(i, i + 1000),
        keys.slice(i, i + 1000),
        legacyKeys.slice(i, i + 1000),
        dues.slice(i, i + 1000),
      ],
    );
    for (const r of raised) {
      result.raised[r.action]++;
      if (r.action === 'remind') continue;
      // One notice per unit, supervising office and kind; the step named is the first one raised.
      const group = `${r.supervisor}\u0000${r.unit}\u0000${r.action}`;
      const draft = drafts.get(group) ?? {
        kind: r.action,
        issuerOrgId: r.supervisor,
        unitOrgId: r.unit,
        assignments: [],
        issuedOn: options.today,
        answerWorkingDays: r.answer ? Number(r.answer) : undefined,
        step: r.step,
      };
      draft.assignments.push({ id: r.id, escalationKey: r.key });
      drafts.set(group, draft);
    }
  }
  const issued = await issueNotices(session, [...drafts.values()], options.actor);
  for (const n of issued) result.notices[n.kind]++;
  return result;
}
