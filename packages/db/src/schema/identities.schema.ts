import { index, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './users.schema.ts';

/**
 * An account's identity at an OpenID Connect provider (统一身份认证): the provider's issuer and the
 * subject it names the person by. Signing in through the provider finds the account by this pair,
 * never by a name the provider sends; an account has at most one subject per provider.
 */
export const userIdentities = pgTable(
  'user_identities',
  {
    /** The provider's issuer URL, exactly as its discovery document states it. */
    issuer: text('issuer').notNull(),
    /** The ID token's `sub`: stable and unique at that issuer. */
    subject: text('subject').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.issuer, t.subject] }),
    uniqueIndex('user_identities_user_issuer_idx').on(t.userId, t.issuer),
  ],
);

/**
 * A sign-in through the provider under way: what the browser's short-lived cookie stands for
 * (only its SHA-256 is stored). The state, nonce and PKCE verifier are checked on the way back and
 * the row is deleted then, so each can be used once.
 */
export const oidcSignIns = pgTable(
  'oidc_sign_ins',
  {
    /** SHA-256 (hex) of the cookie token. */
    id: text('id').primaryKey(),
    state: text('state').notNull(),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('oidc_sign_ins_expires_idx').on(t.expiresAt)],
);
