import { CLOSED_STATE, categoryOf, ISSUED_STATE, type LedgerRow, type LedgerSync, type Light } from '@cascade/engine';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { logEvent } from '../repositories/events.repository.ts';
import { addToRollup, moveInRollup } from '../repositories/rollup.repository.ts';
import { assignments } from '../schema/assignments.schema.ts';

/** The rows a plan has issued so far, as a republish compares them (`syncLedger`). */
export async function listIssuedRows(db: Db, planId: string) {
  const rows = await db
    .select({
      id: assignments.id,
      itemId: assignments.itemId,
      orgPath: assignments.orgPath,
      state: assignments.state,
      dueOn: assignments.dueOn,
      light: assignments.light,
    })
    .from(assignments)
    .where(eq(assignments.planId, planId));
  return rows.map((r) => ({ ...r, light: r.light as Light }));
}

type Issued = Awaited<ReturnType<typeof listIssuedRows>>[number];

/**
 * Writes what a new version changes in the ledger, inside the publish's transaction: the new
 * rows (counted into the roll-up), each moved due date with its light (an
 * `assignment.rescheduled` event per row, naming both dates), each row no longer issued closed
 * (an `assignment.withdrawn` event with the reason). A changed row's version goes up, so a
 * report written against the old one is refused as stale rather than landing on other terms.
 */
export async function applyLedgerSync(
  tx: Db,
  input: {
    sync: LedgerSync;
    issued: readonly Issued[];
    year: number;
    actor: string;
    deadlineTexts: Map<string, string>;
  },
): Promise<{ added: number; rescheduled: number; withdrawn: number }> {
  const { sync } = input;
  const added = await insertRows(tx, sync.added);
  await addToRollup(tx, input.year, added);
  const before = new Map(input.issued.map((r) => [r.id, r]));
  for (const moved of sync.rescheduled) {
    const old = before.get(moved.id) as Issued;
    await tx
      .update(assignments)
      .set({
        dueOn: moved.to,
        light: moved.light,
        templateVersion: moved.version,
        version: sql`${assignments.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(assignments.id, moved.id));
    await moveInRollup(
      tx,
      old.orgPath,
      input.year,
      { state: old.state, light: old.light },
      { state: old.state, light: moved.light },
    );
    await logEvent(tx, {
      actor: input.actor,
      type: 'assignment.rescheduled',
      subjectType: 'assignment',
      subjectId: moved.id,
      payload: {
        from: moved.from,
        to: moved.to,
        deadline: input.deadlineTexts.get(moved.id) ?? null,
        light: moved.light,
        planVersion: moved.version,
      },
    });
  }
  for (const gone of sync.closed) {
    const old = before.get(gone.id) as Issued;
    // Closed is a finished state: the light stops counting down, as the deadline scan has it.
    await tx
      .update(assignments)
      .set({
        state: CLOSED_STATE,
        stateCategory: categoryOf(CLOSED_STATE) as string,
        light: 'green',
        version: sql`${assignments.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(assignments.id, gone.id));
    await moveInRollup(
      tx,
      old.orgPath,
      input.year,
      { state: old.state, light: old.light },
      { state: CLOSED_STATE, light: 'green' },
    );
    await logEvent(tx, {
      actor: input.actor,
      type: 'assignment.withdrawn',
      subjectType: 'assignment',
      subjectId: gone.id,
      payload: { from: old.state, reason: gone.reason },
    });
  }
  return { added: added.length, rescheduled: sync.rescheduled.length, withdrawn: sync.closed.length };
}

async function insertRows(tx: Db, rows: readonly LedgerRow[]) {
  const inserted: { orgPath: string; state: string; light: string }[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    inserted.push(
      ...(await tx
        .insert(assignments)
        .values(rows.slice(i, i + 500).map((r) => ({ ...r, state: ISSUED_STATE })))
        .onConflictDoNothing()
        .returning({ orgPath: assignments.orgPath, state: assignments.state, light: assignments.light })),
    );
  }
  return inserted;
}
