import { customType, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * Evidence file contents (佐证材料), stored once per SHA-256 so the same scan uploaded twice
 * costs nothing. Kept in the database so a backup holds them and every instance serves them.
 */
export const evidenceFiles = pgTable('evidence_files', {
  sha256: text('sha256').primaryKey(),
  size: integer('size').notNull(),
  mediaType: text('media_type').notNull(),
  content: bytea('content').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Which assignment a file was reported with, under which name: what grants access to it. */
export const assignmentEvidence = pgTable(
  'assignment_evidence',
  {
    assignmentId: text('assignment_id').notNull(),
    sha256: text('sha256')
      .notNull()
      .references(() => evidenceFiles.sha256),
    fileName: text('file_name').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.assignmentId, t.sha256] }), index('assignment_evidence_sha_idx').on(t.sha256)],
);
