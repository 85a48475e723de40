import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './users.schema.ts';

/**
 * A login session. The cookie holds a random token; only its SHA-256 is stored, so a copy of
 * the database does not let anyone in. A new session is made at every login (no fixation).
 */
export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 (hex) of the cookie token. */
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    /** Sent back in the X-CSRF-Token header on every state-changing request. */
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Idle expiry, pushed forward as the session is used (never past `absoluteExpiresAt`). */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    absoluteExpiresAt: timestamp('absolute_expires_at', { withTimezone: true }).notNull(),
    /** Where and on what the session began, so its holder can tell their own sessions from a stranger's. */
    address: text('address'),
    userAgent: text('user_agent'),
    /**
     * With a read replica (DATABASE_READ_URL): the primary's WAL position (pg_lsn as text) after
     * this session's latest write. Its reads go to the replica only once the replica has replayed
     * past it (read-your-writes); null when the session never wrote while a replica was in use.
     */
    readAfterLsn: text('read_after_lsn'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);
