import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { notificationReads } from '../schema/notifications.schema.ts';
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

export type InboxEntry = {
  eventId: number;
  at: string;
  type: string;
  /** Null for a notice about a plan. */
  assignmentId: string | null;
  planId: string | null;
  orgName: string;
  itemText: string;
  payload: Record<string, unknown>;
  read: boolean;
};

const INBOX_TYPES = sql.join(
  INBOX_EVENT_TYPES.map((t) => sql`${t}`),
  sql`, `,
);

type InboxOf = { orgId: string; userId: string };

/**
 * One unit's inbox as rows `e` (the event), `a`, `i` (its assignment and task) or `p` (its plan),
 * `o` (the unit) and `r` (this user's read mark, if any): what was addressed to its own
 * assignments, the escalations (督办单, 约谈) of the units it supervises, and the carry-over plans a
 * 回头看 created for it. The list and the counts read the same rows.
 */
const inboxRows = (input: InboxOf) => sql`
  FROM (
    SELECT e.* FROM assignments a
    JOIN events e ON e.subject_type = 'assignment' AND e.subject_id = a.id AND e.type IN (${INBOX_TYPES})
    WHERE a.org_id = ${input.orgId}
    UNION
    SELECT e.* FROM events e
    WHERE e.type = 'assignment.escalated' AND e.payload->>'supervisorOrgId' = ${input.orgId}
    UNION
    SELECT e.* FROM events e
    WHERE e.type = 'lookback.plan-created' AND e.payload->>'ownerOrgId' = ${input.orgId}
  ) AS e
  LEFT JOIN assignments a ON e.subject_type = 'assignment' AND a.id = e.subject_id
  LEFT JOIN plan_items i ON i.id = a.item_id
  LEFT JOIN plans p ON e.subject_type = 'plan' AND p.id = e.subject_id
  JOIN orgs o ON o.id = COALESCE(a.org_id, p.owner_org_id)
  LEFT JOIN notification_reads r ON r.event_id = e.id AND r.user_id = ${input.userId}`;

/**
 * A page of one unit's inbox, newest first, each entry marked read or not for this user:
 * `limit` entries after skipping the `offset` newest.
 */
export async function listInbox(db: Db, input: InboxOf & { limit: number; offset?: number }) {
  const rows = rowsOf<InboxEntry>(
    await db.execute(sql`
      SELECT e.id AS "eventId", e.at, e.type, a.id AS "assignmentId", p.id AS "planId", o.name AS "orgName",
             COALESCE(i.text, p.title, '') AS "itemText",
             e.payload, (r.event_id IS NOT NULL) AS read
      ${inboxRows(input)}
      ORDER BY e.id DESC
      LIMIT ${input.limit} OFFSET ${input.offset ?? 0}`),
  );
  return rows.map((r) => ({
    ...r,
    eventId: Number(r.eventId),
    at: new Date(r.at).toISOString(),
    read: Boolean(r.read),
  }));
}

/** How many entries the whole inbox holds, and how many of them this user has not read. */
export async function countInbox(db: Db, input: InboxOf): Promise<{ total: number; unread: number }> {
  const [row] = rowsOf<{ total: number; unread: number }>(
    await db.execute(sql`
      SELECT count(*)::int AS total, count(*) FILTER (WHERE r.event_id IS NULL)::int AS unread
      ${inboxRows(input)}`),
  );
  return { total: Number(row?.total ?? 0), unread: Number(row?.unread ?? 0) };
}

/** Marks one inbox entry read for a user (logged like every write, once). */
export async function markNotificationRead(db: Db, userId: string, eventId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(notificationReads)
      .values({ userId, eventId })
      .onConflictDoNothing()
      .returning({ eventId: notificationReads.eventId });
    if (inserted.length)
      await logEvent(tx, {
        actor: userId,
        type: 'notification.read',
        subjectType: 'user',
        subjectId: userId,
        payload: { eventId },
      });
  });
}

/**
 * 全部标为已读: read marks for every unread entry of the unit's inbox, for this user, in one
 * statement; logged once with how many. Answers how many were marked.
 */
export async function markInboxRead(db: Db, input: InboxOf): Promise<number> {
  return db.transaction(async (tx) => {
    const marked = rowsOf<{ n: number }>(
      await tx.execute(sql`
        WITH unread AS (SELECT e.id ${inboxRows(input)} WHERE r.event_id IS NULL),
        inserted AS (
          INSERT INTO notification_reads (user_id, event_id)
          SELECT ${input.userId}, id FROM unread
          ON CONFLICT DO NOTHING
          RETURNING event_id
        )
        SELECT count(*)::int AS n FROM inserted`),
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
