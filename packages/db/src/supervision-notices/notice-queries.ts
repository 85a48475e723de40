import { isNoticeAnswerOverdue, type NoticeKind, type NoticeState } from '@cascade/engine';
import type { RawSession } from '../client.ts';
import { NoticeNotFoundError } from './notice-errors.ts';

// Reading 督办单 and 约谈通知: the list, one notice with its tasks, the parties a permission is
// checked against, the notices of one ledger row. Issuing and the steps are in supervision-notices.ts.

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
