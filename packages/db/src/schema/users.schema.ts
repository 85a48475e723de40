import { boolean, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { orgs } from './orgs.schema.ts';

/** An account, bound to one org; its role grants rights over that org's subtree. */
export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    orgId: text('org_id')
      .notNull()
      .references(() => orgs.id),
    /** admin | author | deriver | reporter | supervisor */
    role: text('role').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set when the account was disabled (a leaver): it cannot sign in and its sessions are gone. */
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /**
     * Set when the password was handed over by someone else (a one-time password from an admin or
     * the console): the next sign-in can do nothing but set a new one.
     */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    /** A phone number to reach the account's holder, as the admin typed it (optional). */
    phone: text('phone'),
  },
  (t) => [uniqueIndex('users_username_idx').on(t.username)],
);
