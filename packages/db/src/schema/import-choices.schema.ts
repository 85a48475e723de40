import { jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { ColumnChoices } from '../repositories/import-choices.repository.ts';
import { orgs } from './orgs.schema.ts';

/**
 * The column roles an office last chose in the import review for the documents of one issuer
 * (谁来办 → responsible): offered again when the same issuer's next document is read. One row per
 * importing org × issuer; `issuer` is the issuer the importer read, or the title's words before
 * the year when it read none.
 */
export const importColumnChoices = pgTable(
  'import_column_choices',
  {
    orgId: text('org_id')
      .notNull()
      .references(() => orgs.id),
    issuer: text('issuer').notNull(),
    /** Column key (header words, or "#n") → role, as the importer takes them. */
    choices: jsonb('choices').$type<ColumnChoices>().notNull().default({}),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.issuer] })],
);
