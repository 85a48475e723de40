import { AWAITING_REPORT_STATES } from '@cascade/engine';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { logEvent } from './events.repository.ts';
import { rowsOf } from './rollup.repository.ts';

/**
 * What lands in a unit's inbox: urges, deadline reminders, returned reports and escalations after
 * red (about a ledger row), and a carry-over plan a 回头看 made for it (about a plan).
 */
export const INBOX_EVENT_TYPES = [
  'assignment.urged',
  'assignment.reminder',
  'assignment.return',
  'assignment.escalated',
] as const;

/** How many unit names a digest names before "等N个单位". */
const UNITS_NAMED = 5;
/** How many 文号 of the 督办单 / 约谈 behind an escalation digest are named. */
const DOC_NUMBERS_NAMED = 3;

/**
 * One inbox entry: a digest of the events of one kind about one task, addressed to this unit on
 * one day (the 督办单 of eighteen townships about the same county task are one entry). Its fields
 * are those of its newest event; `eventIds` are all it folds, newest first.
 */
export type InboxEntry = {
  /** The newest event it folds: marking it read marks the whole digest. */
  eventId: number;
  at: string;
  type: string;
  /** The newest row it is about; null for a notice about a plan. */
  assignmentId: string | null;
  /** The plan the task belongs to (for a subordinate's escalation, the addressee's own plan), or the plan a notice is about. */
  planId: string | null;
  planTitle: string;
  orgName: string;
  itemText: string;
  payload: Record<string, unknown>;
  /** Read when this user has read every event it folds. */
  read: boolean;
  eventIds: number[];
  /** Events folded. */
  count: number;
  /** Distinct units whose rows it is about, and the first few of their names (by the org tree). */
  unitCount: number;
  units: string[];
  /** 文号 of the 督办单 / 约谈 issued for the escalations it folds (the first few), and how many. */
  docNumbers: string[];
  docCount: number;
  /** No row it is about still waits for its unit (reported, verified or closed; a carry-over plan published). */
  actedOn: boolean;
};

/** Which entries a page lists: all of them, or only those still asking something (待处理). */
export type InboxFilter = 'all' | 'pending';

type InboxOf = { orgId: string; userId: string };

const INBOX_TYPES = sql.join(
  INBOX_EVENT_TYPES.map((t) => sql`${t}`),
  sql`, `,
);
const AWAITING = sql.join(
  AWAITING_REPORT_STATES.map((s) => sql`${s}`),
  sql`, `,
);

/**
 * Whether one event of the inbox still asks for action — the one rule, read by the list, the
 * 待处理 filter and the counts alike: a message about a ledger row while the row still waits for
 * its unit's report (the engine's AWAITING_REPORT_STATES: an urged row now reported, or a returned
 * one reported again, no longer does); a carry-over plan until its owner publishes it.
 */
const STILL_ASKS = sql`CASE WHEN a.id IS NOT NULL THEN a.state IN (${AWAITING}) ELSE COALESCE(p.published_version, 0) = 0 END`;

/**
 * The events of one unit's inbox with what a digest is made of: `scope` says whether it was
 * addressed for the unit's own rows, as the supervisor of a subordinate's rows (督办单, 约谈 after
 * red, addressed by the payload's supervisorOrgId) or about a plan; `task` is the task it is about
 * in the addressee's own terms — a subordinate's derived item counts as the item of the
 * addressee's plan it was derived from (its provenance), so eighteen townships' rows of one county
 * task are one task for the county.
 */
const inboxEvents = (input: InboxOf) => sql`
  SELECT e.id, e.at, e.type, e.payload, e.subject_type, e.subject_id, e.idempotency_key,
         'own' AS scope, a.item_id AS task
  FROM assignments a
  JOIN events e ON e.subject_type = 'assignment' AND e.subject_id = a.id AND e.type IN (${INBOX_TYPES})
  WHERE a.org_id = ${input.orgId}
  UNION ALL
  SELECT e.id, e.at, e.type, e.payload, e.subject_type, e.subject_id, e.idempotency_key,
         'supervised' AS scope,
         CASE WHEN ip.owner_org_id = ${input.orgId} THEN i.id ELSE COALESCE(i.provenance->>'sourceItemId', i.id) END
  FROM events e
  JOIN assignments a ON e.subject_type = 'assignment' AND a.id = e.subject_id
  JOIN plan_items i ON i.id = a.item_id
  JOIN plans ip ON ip.id = i.plan_id
  WHERE e.type = 'assignment.escalated' AND e.payload->>'supervisorOrgId' = ${input.orgId} AND a.org_id <> ${input.orgId}
  UNION ALL
  SELECT e.id, e.at, e.type, e.payload, e.subject_type, e.subject_id, e.idempotency_key, 'plan' AS scope, NULL
  FROM events e
  WHERE e.type = 'lookback.plan-created' AND e.payload->>'ownerOrgId' = ${input.orgId}`;

/**
 * Each inbox event with its digest key — scope, kind (type and escalation step's action), task
 * (or plan) and day in China — its row, unit, plan, read mark for this user, whether it still asks
 * for action, and the 督办单 / 约谈 issued for it.
 */
const inboxRows = (input: InboxOf) => sql`
  SELECT e.id, e.at, e.type, e.payload, e.task, a.id AS assignment_id, o.id AS unit_id, o.name AS unit_name, o.path AS unit_path,
         COALESCE(ti.plan_id, i.plan_id, p.id) AS plan_id, COALESCE(tp.title, ip.title, p.title, '') AS plan_title,
         COALESCE(ti.text, i.text, p.title, '') AS item_text,
         (r.event_id IS NOT NULL) AS read, (${STILL_ASKS}) AS asks, n.doc_number,
         concat_ws('|', e.scope, e.type, e.payload->>'action', COALESCE(e.task, e.subject_id),
                   to_char(e.at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')) AS digest
  FROM (${inboxEvents(input)}) AS e
  LEFT JOIN assignments a ON e.subject_type = 'assignment' AND a.id = e.subject_id
  LEFT JOIN plan_items i ON i.id = a.item_id
  LEFT JOIN plans ip ON ip.id = i.plan_id
  LEFT JOIN plan_items ti ON ti.id = e.task
  LEFT JOIN plans tp ON tp.id = ti.plan_id
  LEFT JOIN plans p ON e.subject_type = 'plan' AND p.id = e.subject_id
  JOIN orgs o ON o.id = COALESCE(a.org_id, p.owner_org_id)
  LEFT JOIN notification_reads r ON r.event_id = e.id AND r.user_id = ${input.userId}
  LEFT JOIN supervision_notice_items ni ON e.type = 'assignment.escalated' AND ni.escalation_key = e.idempotency_key
  LEFT JOIN supervision_notices n ON n.id = ni.notice_id`;

/**
 * The inbox as digests — the one definition the list, the counts and the read marks all read, so
 * paging and the badge agree. `first_of_unit` and `first_of_doc` pick each unit and 文号 once.
 */
const inboxDigests = (input: InboxOf) => sql`
  WITH inbox AS (
    SELECT x.*,
           row_number() OVER (PARTITION BY x.digest, x.unit_id ORDER BY x.id) = 1 AS first_of_unit,
           row_number() OVER (PARTITION BY x.digest, x.doc_number ORDER BY x.id) = 1 AND x.doc_number IS NOT NULL AS first_of_doc
    FROM (${inboxRows(input)}) AS x
  ),
  digests AS (
    SELECT digest, max(id) AS event_id, max(at) AS at,
           (array_agg(type ORDER BY id DESC))[1] AS type,
           (array_agg(assignment_id ORDER BY id DESC))[1] AS assignment_id,
           (array_agg(plan_id ORDER BY id DESC))[1] AS plan_id,
           (array_agg(plan_title ORDER BY id DESC))[1] AS plan_title,
           (array_agg(unit_name ORDER BY id DESC))[1] AS org_name,
           (array_agg(item_text ORDER BY id DESC))[1] AS item_text,
           (array_agg(payload ORDER BY id DESC))[1] AS payload,
           array_agg(id ORDER BY id DESC) AS event_ids,
           count(*) AS count,
           count(*) FILTER (WHERE first_of_unit) AS unit_count,
           (array_agg(unit_name ORDER BY unit_path) FILTER (WHERE first_of_unit))[1:${UNITS_NAMED}] AS units,
           (array_agg(doc_number ORDER BY doc_number) FILTER (WHERE first_of_doc))[1:${DOC_NUMBERS_NAMED}] AS doc_numbers,
           count(*) FILTER (WHERE first_of_doc) AS doc_count,
           bool_and(read) AS read,
           NOT bool_or(asks) AS acted_on
    FROM inbox GROUP BY digest
  )`;

const filterOf = (filter: InboxFilter | undefined): SQL => (filter === 'pending' ? sql`NOT acted_on` : sql`TRUE`);

type DigestRow = {
  eventId: number | string;
  at: string | Date;
  type: string;
  assignmentId: string | null;
  planId: string | null;
  planTitle: string;
  orgName: string;
  itemText: string;
  payload: Record<string, unknown>;
  read: boolean;
  eventIds: (number | string)[];
  count: number | string;
  unitCount: number | string;
  units: string[] | null;
  docNumbers: string[] | null;
  docCount: number | string;
  actedOn: boolean;
};

/**
 * A page of one unit's inbox as digests, newest first, each read or not for this user: `limit`
 * entries after skipping the `offset` newest; `filter: 'pending'` only those still asking for action.
 */
export async function listInbox(
  db: Db,
  input: InboxOf & { limit: number; offset?: number; filter?: InboxFilter },
): Promise<InboxEntry[]> {
  const rows = rowsOf<DigestRow>(
    await db.execute(sql`
      ${inboxDigests(input)}
      SELECT event_id AS "eventId", at, type, assignment_id AS "assignmentId", plan_id AS "planId",
             plan_title AS "planTitle", org_name AS "orgName", item_text AS "itemText", payload, read,
             event_ids AS "eventIds", count, unit_count AS "unitCount", units, doc_numbers AS "docNumbers",
             doc_count AS "docCount", acted_on AS "actedOn"
      FROM digests WHERE ${filterOf(input.filter)}
      ORDER BY event_id DESC
      LIMIT ${input.limit} OFFSET ${input.offset ?? 0}`),
  );
  return rows.map((r) => ({
    ...r,
    eventId: Number(r.eventId),
    at: new Date(r.at).toISOString(),
    read: Boolean(r.read),
    eventIds: (r.eventIds ?? []).map(Number),
    count: Number(r.count),
    unitCount: Number(r.unitCount),
    units: r.units ?? [],
    docNumbers: r.docNumbers ?? [],
    docCount: Number(r.docCount),
    actedOn: Boolean(r.actedOn),
  }));
}

export type InboxCounts = {
  /** Entries the filter lists (more pages follow while offset + items < total). */
  total: number;
  /** Unread entries of the whole inbox (the badge). */
  unread: number;
  /** Entries of the whole inbox still asking for action (待处理). */
  pending: number;
};

/** How many entries the inbox (under the filter) holds, how many this user has not read, how many still ask. */
export async function countInbox(db: Db, input: InboxOf & { filter?: InboxFilter }): Promise<InboxCounts> {
  const [row] = rowsOf<Record<keyof InboxCounts, number>>(
    await db.execute(sql`
      ${inboxDigests(input)}
      SELECT count(*) FILTER (WHERE ${filterOf(input.filter)})::int AS total,
             count(*) FILTER (WHERE NOT read)::int AS unread,
             count(*) FILTER (WHERE NOT acted_on)::int AS pending
      FROM digests`),
  );
  return { total: Number(row?.total ?? 0), unread: Number(row?.unread ?? 0), pending: Number(row?.pending ?? 0) };
}

/**
 * Marks an inbox entry read for a user: every event of the digest `eventId` belongs to in the
 * unit's inbox (any of its events names it); an event outside the inbox is marked alone, as
 * before digests. Logged once, like every write, with how many were marked. Answers that number.
 */
export async function markNotificationRead(db: Db, input: InboxOf & { eventId: number }): Promise<number> {
  return db.transaction(async (tx) => {
    const marked = rowsOf<{ n: number }>(
      await tx.execute(sql`
        WITH inbox AS (${inboxRows(input)}),
        digest AS (
          SELECT id FROM inbox WHERE digest IN (SELECT digest FROM inbox WHERE id = ${input.eventId})
          UNION SELECT ${input.eventId}::bigint
        ),
        inserted AS (
          INSERT INTO notification_reads (user_id, event_id)
          SELECT ${input.userId}, id FROM digest
          ON CONFLICT DO NOTHING
          RETURNING event_id
        )
        SELECT count(*)::int AS n FROM inserted`),
    );
    const n = Number(marked[0]?.n ?? 0);
    if (n)
      await logEvent(tx, {
        actor: input.userId,
        type: 'notification.read',
        subjectType: 'user',
        subjectId: input.userId,
        payload: { eventId: input.eventId, marked: n },
      });
    return n;
  });
}

/**
 * 全部标为已读: read marks for every unread event of the unit's inbox, for this user, in one
 * statement; logged once with how many entries (digests) that read. Answers that number.
 */
export async function markInboxRead(db: Db, input: InboxOf): Promise<number> {
  return db.transaction(async (tx) => {
    const marked = rowsOf<{ n: number }>(
      await tx.execute(sql`
        WITH inbox AS (${inboxRows(input)}),
        unread AS (SELECT digest FROM inbox GROUP BY digest HAVING NOT bool_and(read)),
        inserted AS (
          INSERT INTO notification_reads (user_id, event_id)
          SELECT ${input.userId}, id FROM inbox WHERE NOT read
          ON CONFLICT DO NOTHING
          RETURNING event_id
        )
        SELECT (SELECT count(*) FROM unread)::int AS n, (SELECT count(*) FROM inserted)::int AS events`),
    );
    const n = Number(marked[0]?.n ?? 0);
    if (n)
      await logEvent(tx, {
        actor: input.userId,
        type: 'notification.readAll',
        subjectType: 'user',
        subjectId: input.userId,
        payload: { count: n, orgId: input.orgId },
      });
    return n;
  });
}
