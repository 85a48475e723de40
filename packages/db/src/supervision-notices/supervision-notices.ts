import {
  checkNoticeAnswer,
  DomainError,
  isNoticeAnswerOverdue,
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

export class NoticeNotFoundError extends DomainError {
  constructor(id: string) {
    super('notice.notFound', `督办单或约谈通知不存在：${id}`);
    this.name = 'NoticeNotFoundError';
  }
}

/** A step the notice's state does not allow now (签收 twice, 办结 before the answer): a conflict. */
export class NoticeStateError extends DomainError {
  constructor(message: string) {
    super('notice.stepNotAllowed', message);
    this.name = 'NoticeStateError';
  }
}

/** An answer without a plan or with a date before the day it is given. */
export class NoticeInputError extends DomainError {
  constructor(message: string) {
    super('notice.inputRefused', message);
    this.name = 'NoticeInputError';
  }
}

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

export type NoticeSummary = {
  id: string;
  kind: NoticeKind;
  docNumber: string;
  issuerOrgId: string;
  issuerName: string;
  issuerOrgPath: string;
  unitOrgId: string;
  unitName: string;
  unitOrgPath: string;
  planYear: number;
  step: string | null;
  issuedOn: string;
  answerDueOn: string;
  state: NoticeState;
  /** Not answered and past its answer day. */
  overdue: boolean;
  rectifyBy: string | null;
  taskCount: number;
  /** The first task it concerns, for the list (and a link to its ledger row). */
  firstTask: { label: string; text: string; assignmentId: string; planId: string | null };
};

export type NoticeTask = {
  assignmentId: string;
  planId: string | null;
  label: string;
  text: string;
  dueOn: string | null;
  redWorkingDays: number;
  /** The row's state and light now. */
  state: string | null;
  light: string | null;
};

export type NoticeDetail = NoticeSummary & {
  requirement: string;
  issuedBy: string;
  issuedAt: string;
  signedBy: string | null;
  signedAt: string | null;
  answerText: string | null;
  answeredBy: string | null;
  answeredAt: string | null;
  returnReason: string | null;
  closedBy: string | null;
  closedAt: string | null;
  closingNote: string | null;
  tasks: NoticeTask[];
};

const ISO = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
const DAY = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

const SUMMARY_COLUMNS = `n.id, n.kind, n.doc_number AS "docNumber", n.issuer_org_id AS "issuerOrgId", io.name AS "issuerName",
  n.issuer_org_path AS "issuerOrgPath", n.unit_org_id AS "unitOrgId", uo.name AS "unitName", n.unit_org_path AS "unitOrgPath", n.plan_year AS "planYear", n.step,
  ${DAY('n.issued_on')} AS "issuedOn", ${DAY('n.answer_due_on')} AS "answerDueOn", n.state, ${DAY('n.rectify_by')} AS "rectifyBy",
  (SELECT count(*)::int FROM supervision_notice_items x WHERE x.notice_id = n.id) AS "taskCount",
  (SELECT x.snapshot || jsonb_build_object('assignmentId', x.assignment_id) FROM supervision_notice_items x WHERE x.notice_id = n.id ORDER BY x.snapshot->>'label', x.assignment_id LIMIT 1) AS first`;

type SummaryRow = Omit<NoticeSummary, 'overdue' | 'firstTask'> & {
  first: { label?: string; text?: string; assignmentId?: string; planId?: string | null } | null;
};

const summaryOf = (r: SummaryRow, today: string): NoticeSummary => {
  const { first, ...rest } = r;
  return {
    ...rest,
    planYear: Number(r.planYear),
    taskCount: Number(r.taskCount),
    overdue: isNoticeAnswerOverdue(r, today),
    firstTask: {
      label: first?.label ?? '',
      text: first?.text ?? '',
      assignmentId: first?.assignmentId ?? '',
      planId: first?.planId ?? null,
    },
  };
};

export type NoticeQuery = {
  /** The subtree asked about. */
  withinPath: string;
  /** issued: notices its offices issued; received: notices addressed to its units. */
  side: 'issued' | 'received';
  planYear?: number | undefined;
  kind?: NoticeKind | undefined;
  state?: NoticeState | undefined;
  /** Only those not answered by their answer day. */
  overdueOnly?: boolean | undefined;
  today: string;
  limit: number;
};

export type NoticeCounts = Record<NoticeState, number> & { total: number; overdue: number };
export type NoticeCountsByKind = Record<NoticeKind, NoticeCounts>;

function whereOf(q: Omit<NoticeQuery, 'limit'>, params: unknown[]): string {
  const clauses: string[] = [];
  params.push(`${q.withinPath}%`);
  clauses.push(`${q.side === 'issued' ? 'n.issuer_org_path' : 'n.unit_org_path'} LIKE $${params.length}`);
  if (q.planYear) {
    params.push(q.planYear);
    clauses.push(`n.plan_year = $${params.length}`);
  }
  if (q.kind) {
    params.push(q.kind);
    clauses.push(`n.kind = $${params.length}`);
  }
  return clauses.join(' AND ');
}

/**
 * Notices of a subtree — issued by its offices, or addressed to its units — newest first; and
 * the counts by kind and state (with those whose answer is overdue), over all of them.
 */
export async function listNotices(
  session: RawSession,
  q: NoticeQuery,
): Promise<{ items: NoticeSummary[]; counts: NoticeCountsByKind }> {
  const params: unknown[] = [];
  const where = whereOf(q, params);
  const filters: string[] = [];
  if (q.state) {
    params.push(q.state);
    filters.push(`n.state = $${params.length}`);
  }
  if (q.overdueOnly) {
    params.push(q.today);
    filters.push(`n.state IN ('issued', 'signed') AND n.answer_due_on < $${params.length}::date`);
  }
  params.push(q.limit);
  const rows = await session.query<SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS}
     FROM supervision_notices n JOIN orgs io ON io.id = n.issuer_org_id JOIN orgs uo ON uo.id = n.unit_org_id
     WHERE ${[where, ...filters].join(' AND ')}
     ORDER BY n.issued_on DESC, n.kind, n.serial DESC
     LIMIT $${params.length}`,
    params,
  );
  const countParams: unknown[] = [];
  const countWhere = whereOf(q, countParams);
  countParams.push(q.today);
  const counted = await session.query<{ kind: NoticeKind; state: NoticeState; n: number; overdue: number }>(
    `SELECT n.kind, n.state, count(*)::int AS n,
       count(*) FILTER (WHERE n.state IN ('issued', 'signed') AND n.answer_due_on < $${countParams.length}::date)::int AS overdue
     FROM supervision_notices n WHERE ${countWhere} GROUP BY n.kind, n.state`,
    countParams,
  );
  const empty = (): NoticeCounts => ({ issued: 0, signed: 0, answered: 0, closed: 0, total: 0, overdue: 0 });
  const counts: NoticeCountsByKind = { notice: empty(), interview: empty() };
  for (const c of counted) {
    const k = counts[c.kind];
    if (!k) continue;
    k[c.state] += Number(c.n);
    k.total += Number(c.n);
    k.overdue += Number(c.overdue);
  }
  return { items: rows.map((r) => summaryOf(r, q.today)), counts };
}

type DetailRow = SummaryRow & Omit<NoticeDetail, keyof NoticeSummary | 'tasks'>;

/** One notice with who did what when, the answer, and the tasks it concerns as they stand now. */
export async function getNotice(session: RawSession, id: string, today: string): Promise<NoticeDetail> {
  const [row] = await session.query<DetailRow>(
    `SELECT ${SUMMARY_COLUMNS}, n.requirement,
       COALESCE(ib.display_name, n.issued_by) AS "issuedBy", ${ISO('n.issued_at')} AS "issuedAt",
       COALESCE(sb.display_name, n.signed_by) AS "signedBy", ${ISO('n.signed_at')} AS "signedAt",
       n.answer_text AS "answerText", COALESCE(ab.display_name, n.answered_by) AS "answeredBy", ${ISO('n.answered_at')} AS "answeredAt",
       n.return_reason AS "returnReason", COALESCE(cb.display_name, n.closed_by) AS "closedBy", ${ISO('n.closed_at')} AS "closedAt",
       n.closing_note AS "closingNote"
     FROM supervision_notices n JOIN orgs io ON io.id = n.issuer_org_id JOIN orgs uo ON uo.id = n.unit_org_id
     LEFT JOIN users ib ON ib.id = n.issued_by LEFT JOIN users sb ON sb.id = n.signed_by
     LEFT JOIN users ab ON ab.id = n.answered_by LEFT JOIN users cb ON cb.id = n.closed_by
     WHERE n.id = $1`,
    [id],
  );
  if (!row) throw new NoticeNotFoundError(id);
  const tasks = await session.query<{
    assignmentId: string;
    snapshot: { planId?: string | null; label?: string; text?: string; due?: string | null; redWorkingDays?: number };
    state: string | null;
    light: string | null;
  }>(
    `SELECT x.assignment_id AS "assignmentId", x.snapshot, a.state, a.light
     FROM supervision_notice_items x LEFT JOIN assignments a ON a.id = x.assignment_id
     WHERE x.notice_id = $1 ORDER BY x.snapshot->>'label', x.assignment_id`,
    [id],
  );
  return {
    ...summaryOf(row, today),
    requirement: row.requirement,
    issuedBy: row.issuedBy,
    issuedAt: row.issuedAt,
    signedBy: row.signedBy,
    signedAt: row.signedAt,
    answerText: row.answerText,
    answeredBy: row.answeredBy,
    answeredAt: row.answeredAt,
    returnReason: row.returnReason,
    closedBy: row.closedBy,
    closedAt: row.closedAt,
    closingNote: row.closingNote,
    tasks: tasks.map((t) => ({
      assignmentId: t.assignmentId,
      planId: t.snapshot.planId ?? null,
      label: t.snapshot.label ?? '',
      text: t.snapshot.text ?? '',
      dueOn: t.snapshot.due ?? null,
      redWorkingDays: Number(t.snapshot.redWorkingDays ?? 0),
      state: t.state,
      light: t.light,
    })),
  };
}

/** The paths a permission is checked against, before anything else is read or written. */
export async function noticeParties(
  session: RawSession,
  id: string,
): Promise<{ issuerOrgPath: string; unitOrgPath: string; unitOrgId: string; issuerOrgId: string }> {
  const [row] = await session.query<{
    issuerOrgPath: string;
    unitOrgPath: string;
    unitOrgId: string;
    issuerOrgId: string;
  }>(
    `SELECT issuer_org_path AS "issuerOrgPath", unit_org_path AS "unitOrgPath", unit_org_id AS "unitOrgId",
       issuer_org_id AS "issuerOrgId" FROM supervision_notices WHERE id = $1`,
    [id],
  );
  if (!row) throw new NoticeNotFoundError(id);
  return row;
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

/** The notices about one ledger row (the drawer shows them). */
export async function noticesOfAssignment(
  session: RawSession,
  assignmentId: string,
  today: string,
): Promise<NoticeSummary[]> {
  const rows = await session.query<SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS}
     FROM supervision_notices n JOIN orgs io ON io.id = n.issuer_org_id JOIN orgs uo ON uo.id = n.unit_org_id
     WHERE n.id IN (SELECT notice_id FROM supervision_notice_items WHERE assignment_id = $1)
     ORDER BY n.issued_on DESC, n.serial DESC`,
    [assignmentId],
  );
  return rows.map((r) => summaryOf(r, today));
}
