import {
  checkNoticeAnswer,
  type NoticeAction,
  type NoticeKind,
  type NoticeState,
  noticeAnswerDue,
  noticeIssuerCode,
  noticeNumber,
  noticeRequirement,
  noticeTransition,
  workingDaysOverdue,
} from '@cascade/engine';
import type { DatabaseHandle, RawSession } from '../client.ts';
import { NoticeInputError, NoticeNotFoundError, NoticeStateError } from './notice-errors.ts';

/** One notice to issue: to a unit, about its overdue assignments, from the office supervising it. */
export type NoticeDraft = {
  kind: NoticeKind;
  issuerOrgId: string;
  unitOrgId: string;
  /** The overdue assignments it concerns; from the deadline scan, each with its escalation key. */
  assignments: { id: string; escalationKey?: string | null }[];
  issuedOn: string;
  /** Working days to answer (the escalation step's, else the default). */
  answerWorkingDays?: number | undefined;
  /** The escalation step that issued it; none when a supervisor issues it by hand. */
  step?: string | null;
  /** What the unit is asked; default the standard wording of the kind. */
  requirement?: string | undefined;
};

export type IssuedNotice = { id: string; kind: NoticeKind; docNumber: string; unitOrgId: string; issuerOrgId: string };

type OrgRow = { id: string; name: string; path: string };
type TaskRow = {
  id: string;
  org_id: string;
  plan_id: string;
  year: number;
  label: string;
  text: string;
  due: string | null;
};

/**
 * Issues notices, each with the next 文号 of its issuing office, year and kind. The serials are
 * taken from `supervision_notice_sequences` by one upsert per office, year and kind (a row lock:
 * two servers issuing at once get distinct numbers), in a fixed order so two batches never wait on
 * each other in a circle. Each notice is an event (`notice.issued`) with its actor. Runs in the
 * caller's transaction.
 */
export async function issueNotices(session: RawSession, drafts: NoticeDraft[], actor: string): Promise<IssuedNotice[]> {
  if (!drafts.length) return [];
  const orgIds = [...new Set(drafts.flatMap((d) => [d.issuerOrgId, d.unitOrgId]))];
  const orgs = new Map(
    (await session.query<OrgRow>('SELECT id, name, path FROM orgs WHERE id = ANY($1::text[])', [orgIds])).map((o) => [
      o.id,
      o,
    ]),
  );
  const taskIds = [...new Set(drafts.flatMap((d) => d.assignments.map((a) => a.id)))];
  const tasks = new Map(
    (
      await session.query<TaskRow>(
        `SELECT a.id, a.org_id, a.plan_id, a.year, i.label, i.text, to_char(a.due_on, 'YYYY-MM-DD') AS due
         FROM assignments a JOIN plan_items i ON i.id = a.item_id WHERE a.id = ANY($1::text[])`,
        [taskIds],
      )
    ).map((t) => [t.id, t]),
  );
  // Serials: how many each office, year and kind needs, taken in one upsert each, in a fixed order.
  const groupKey = (d: NoticeDraft) => `${d.issuerOrgId}\u0000${d.issuedOn.slice(0, 4)}\u0000${d.kind}`;
  const needed = new Map<string, number>();
  for (const d of drafts) needed.set(groupKey(d), (needed.get(groupKey(d)) ?? 0) + 1);
  const next = new Map<string, number>();
  for (const key of [...needed.keys()].sort()) {
    const [issuer, year, kind] = key.split('\u0000') as [string, string, string];
    const n = needed.get(key) ?? 0;
    const [row] = await session.query<{ last: number }>(
      `INSERT INTO supervision_notice_sequences (issuer_org_id, year, kind, last) VALUES ($1, $2, $3, $4)
       ON CONFLICT (issuer_org_id, year, kind) DO UPDATE SET last = supervision_notice_sequences.last + EXCLUDED.last
       RETURNING last`,
      [issuer, Number(year), kind, n],
    );
    next.set(key, Number(row?.last ?? n) - n + 1);
  }
  const issued: IssuedNotice[] = [];
  for (const d of drafts) {
    const issuer = orgs.get(d.issuerOrgId);
    const unit = orgs.get(d.unitOrgId);
    if (!issuer || !unit) throw new Error(`单位不存在：${!issuer ? d.issuerOrgId : d.unitOrgId}`);
    const key = groupKey(d);
    const serial = next.get(key) ?? 1;
    next.set(key, serial + 1);
    const year = Number(d.issuedOn.slice(0, 4));
    const docNumber = noticeNumber(noticeIssuerCode(issuer.name, d.kind), year, serial);
    const answerDueOn = noticeAnswerDue(d.issuedOn, d.answerWorkingDays);
    const rows = d.assignments.map((a) => ({ ...a, task: tasks.get(a.id) }));
    const planYear = Math.max(...rows.map((r) => r.task?.year ?? year));
    const id = crypto.randomUUID();
    await session.query(
      `INSERT INTO supervision_notices (id, kind, doc_number, serial, year, issuer_org_id, issuer_org_path, unit_org_id,
         unit_org_path, plan_year, step, requirement, issued_on, answer_due_on, issued_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [
        id,
        d.kind,
        docNumber,
        serial,
        year,
        issuer.id,
        issuer.path,
        unit.id,
        unit.path,
        planYear,
        d.step ?? null,
        d.requirement ?? noticeRequirement(d.kind, answerDueOn),
        d.issuedOn,
        answerDueOn,
        actor,
      ],
    );
    await session.query(
      `INSERT INTO supervision_notice_items (notice_id, assignment_id, escalation_key, snapshot)
       SELECT $1, t.id, NULLIF(t.key, ''), t.snapshot::jsonb
       FROM unnest($2::text[], $3::text[], $4::text[]) AS t(id, key, snapshot)`,
      [
        id,
        rows.map((r) => r.id),
        rows.map((r) => r.escalationKey ?? ''),
        rows.map((r) =>
          JSON.stringify({
            planId: r.task?.plan_id ?? null,
            label: r.task?.label ?? '',
            text: r.task?.text ?? '',
            due: r.task?.due ?? null,
            redWorkingDays: r.task?.due ? workingDaysOverdue(r.task.due, d.issuedOn) : 0,
          }),
        ),
      ],
    );
    await session.query(
      `INSERT INTO events (actor, type, subject_type, subject_id, payload) VALUES ($1, 'notice.issued', 'notice', $2, $3::jsonb)`,
      [
        actor,
        id,
        JSON.stringify({
          kind: d.kind,
          docNumber,
          issuerOrgId: issuer.id,
          unitOrgId: unit.id,
          assignmentIds: rows.map((r) => r.id),
          issuedOn: d.issuedOn,
          answerDueOn,
          step: d.step ?? null,
        }),
      ],
    );
    issued.push({ id, kind: d.kind, docNumber, unitOrgId: unit.id, issuerOrgId: issuer.id });
  }
  return issued;
}

export type NoticeStep = {
  noticeId: string;
  action: NoticeAction;
  actor: string;
  /** The day it happens on (the clock deadlines count from). */
  today: string;
  /** answer: the rectification plan and the date it will be done by. */
  answer?: { plan: string; rectifyBy: string } | undefined;
  /** return: why; close: a closing note. */
  note?: string | undefined;
};

/**
 * One step of a notice's flow (签收, 整改答复, 退回重新答复, 办结), checked against its state under
 * a row lock and logged as an event with its actor (`notice.signed`, `.answered`, `.returned`,
 * `.closed`). Permission is the caller's to check first (the unit for sign and answer, the issuer
 * for return and close).
 */
export async function stepNotice(handle: DatabaseHandle, step: NoticeStep): Promise<void> {
  await handle.rawTransaction(async (tx) => {
    const [row] = await tx.query<{ state: NoticeState }>(
      'SELECT state FROM supervision_notices WHERE id = $1 FOR UPDATE',
      [step.noticeId],
    );
    if (!row) throw new NoticeNotFoundError(step.noticeId);
    const t = noticeTransition(row.state, step.action);
    if (!t.ok) throw new NoticeStateError(t.reason);
    const note = step.note?.trim() || null;
    let payload: Record<string, unknown> = { from: row.state, to: t.to };
    switch (step.action) {
      case 'sign':
        await tx.query(
          `UPDATE supervision_notices SET state = $2, signed_by = $3, signed_at = now(), version = version + 1 WHERE id = $1`,
          [step.noticeId, t.to, step.actor],
        );
        break;
      case 'answer': {
        const answer = step.answer ?? { plan: '', rectifyBy: '' };
        const problem = checkNoticeAnswer(answer, step.today);
        if (problem) throw new NoticeInputError(problem);
        await tx.query(
          `UPDATE supervision_notices SET state = $2, answer_text = $3, rectify_by = $4, answered_by = $5,
             answered_at = now(), version = version + 1 WHERE id = $1`,
          [step.noticeId, t.to, answer.plan.trim(), answer.rectifyBy, step.actor],
        );
        payload = { ...payload, plan: answer.plan.trim(), rectifyBy: answer.rectifyBy, on: step.today };
        break;
      }
      case 'return':
        if (!note) throw new NoticeInputError('请写明退回的理由');
        await tx.query(
          `UPDATE supervision_notices SET state = $2, return_reason = $3, version = version + 1 WHERE id = $1`,
          [step.noticeId, t.to, note],
        );
        payload = { ...payload, reason: note };
        break;
      case 'close':
        await tx.query(
          `UPDATE supervision_notices SET state = $2, closed_by = $3, closed_at = now(), closing_note = $4,
             version = version + 1 WHERE id = $1`,
          [step.noticeId, t.to, step.actor, note],
        );
        payload = { ...payload, note };
        break;
    }
    const type = { sign: 'signed', answer: 'answered', return: 'returned', close: 'closed' }[step.action];
    await tx.query(
      `INSERT INTO events (actor, type, subject_type, subject_id, payload) VALUES ($1, $2, 'notice', $3, $4::jsonb)`,
      [step.actor, `notice.${type}`, step.noticeId, JSON.stringify(payload)],
    );
  });
}
