import { bigint, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The inbox is read from the event log (urges, reminders, returns addressed to a unit); this
 * table only remembers which of those events a user has marked as read.
 */
export const notificationReads = pgTable(
  'notification_reads',
  {
    userId: text('user_id').notNull(),
    eventId: bigint('event_id', { mode: 'number' }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.eventId] })],
);
