import { and, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { importColumnChoices } from '../schema/import-choices.schema.ts';
import { logEvent } from './events.repository.ts';

/** Column key → role, as the importer takes them (`columnChoices`). */
export type ColumnChoices = Record<string, string>;

/** The column roles this org last chose for a document of this issuer, or null. */
export async function getImportColumnChoices(db: Db, orgId: string, issuer: string): Promise<ColumnChoices | null> {
  const [row] = await db
    .select({ choices: importColumnChoices.choices })
    .from(importColumnChoices)
    .where(and(eq(importColumnChoices.orgId, orgId), eq(importColumnChoices.issuer, issuer)));
  return row ? row.choices : null;
}

/**
 * Remembers the column roles an author chose for this issuer's document, for the org's next
 * document of the same issuer (the last choice wins), with the event `import.columnChoicesRemembered`
 * by its actor — both or neither.
 */
export async function rememberImportColumnChoices(
  db: Db,
  input: { orgId: string; issuer: string; choices: ColumnChoices; actor: string; planId?: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const now = new Date();
    await tx
      .insert(importColumnChoices)
      .values({
        orgId: input.orgId,
        issuer: input.issuer,
        choices: input.choices,
        updatedBy: input.actor,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: [importColumnChoices.orgId, importColumnChoices.issuer],
        set: { choices: input.choices, updatedBy: input.actor, updatedAt: now },
      });
    await logEvent(tx, {
      actor: input.actor,
      type: 'import.columnChoicesRemembered',
      subjectType: 'org',
      subjectId: input.orgId,
      payload: { issuer: input.issuer, choices: input.choices, ...(input.planId ? { planId: input.planId } : {}) },
    });
  });
}
