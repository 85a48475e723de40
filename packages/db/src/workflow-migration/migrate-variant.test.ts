import { createWorkflowRegistry, STANDARD_WORKFLOW, type WorkflowEvent, withReviewSteps } from '@cascade/engine';
import { describe, expect, it } from 'vitest';
import {
  insertAssignments,
  listAssignmentEvents,
  type NewAssignment,
  transitionAssignment,
} from '../repositories/assignments.repository.ts';
import { countRollupFromScratch, readRollup } from '../repositories/rollup.repository.ts';
import { forEachDatabase } from '../testing/index.ts';
import { migrateAssignmentsToVariant, VariantMigrationRefusedError } from './migrate-variant.ts';

// The designer adds 初审 to the standard flow: version 2, reported work goes to 初审 first.
const v2 = { ...withReviewSteps(STANDARD_WORKFLOW, ['初审'], 'standard'), version: 2 };
const workflows = createWorkflowRegistry([STANDARD_WORKFLOW, v2]);
const mapping: Record<string, string> = {
  ...Object.fromEntries(Object.keys(STANDARD_WORKFLOW.states).map((s) => [s, s])),
  reported: 'review1',
};
const reporter = { userId: 'u-sfj', orgId: '441322-justice', role: 'reporter' };
const supervisor = { userId: 'u-bl', orgId: '441322', role: 'supervisor' };

const row = (id: string, state: string, planId = 'plan-2022-441322'): NewAssignment => ({
  id,
  planId,
  itemId: `item-${id}`,
  orgId: '441322-justice',
  orgPath: '/440000/441300/441322/441322-justice/',
  role: 'lead',
  state,
  year: 2022,
  light: 'green',
});

describe('migrating in-flight assignments to a new variant version', () => {
  forEachDatabase((getDb) => {
    it('dry-runs what would move where, then moves it with one event each and a true roll-up', async () => {
      const { db } = getDb();
      await insertAssignments(db, [
        row('m-1', 'assigned'),
        row('m-2', 'reported'),
        row('m-3', 'reported'),
        row('m-4', 'closed'),
        row('m-5', 'reported', 'plan-other'),
      ]);
      const input = { from: STANDARD_WORKFLOW, to: v2, mapping, actor: 'u-admin', planId: 'plan-2022-441322' };
      const dry = await migrateAssignmentsToVariant(db, { ...input, dryRun: true });
      expect(dry).toEqual({
        dryRun: true,
        from: 'standard@1',
        to: 'standard@2',
        total: 3,
        moves: [
          { from: 'assigned', to: 'assigned', count: 1, assignmentIds: ['m-1'] },
          { from: 'reported', to: 'review1', count: 2, assignmentIds: ['m-2', 'm-3'] },
        ],
      });
      const untouched = await getDb().query<{ n: number }>(
        "SELECT count(*)::int AS n FROM assignments WHERE workflow_version = 2 OR state = 'review1'",
      );
      expect(untouched[0]?.n).toBe(0);

      const real = await migrateAssignmentsToVariant(db, { ...input, dryRun: false });
      expect(real.moves).toEqual(dry.moves);
      const rows = await getDb().query<{ id: string; state: string; workflow_version: number; version: number }>(
        'SELECT id, state, workflow_version, version FROM assignments ORDER BY id',
      );
      expect(rows).toEqual([
        { id: 'm-1', state: 'assigned', workflow_version: 2, version: 2 },
        { id: 'm-2', state: 'review1', workflow_version: 2, version: 2 },
        { id: 'm-3', state: 'review1', workflow_version: 2, version: 2 },
        { id: 'm-4', state: 'closed', workflow_version: 1, version: 1 }, // finished work stays on its machine
        { id: 'm-5', state: 'reported', workflow_version: 1, version: 1 }, // another plan
      ]);
      const logged = await listAssignmentEvents(db, 'm-2');
      expect(logged.map((e) => [e.type, e.actor, e.payload])).toEqual([
        [
          'assignment.migrated',
          'u-admin',
          {
            from: { machine: 'standard@1', state: 'reported' },
            to: { machine: 'standard@2', state: 'review1' },
            templateVersion: 1,
            version: 2,
          },
        ],
      ]);
      for (const orgId of ['440000', '441322-justice'])
        expect(await readRollup(db, orgId, 2022)).toEqual(await countRollupFromScratch(db, orgId, 2022));

      // The moved assignment now runs on the new machine, and its steps say so.
      const event: WorkflowEvent = { type: 'PASS', actor: supervisor };
      const passed = await transitionAssignment(db, workflows, { assignmentId: 'm-2', expectedVersion: 2, event });
      expect(passed).toMatchObject({ ok: true, assignment: { state: 'verified' } });
      const [, step] = await listAssignmentEvents(db, 'm-2');
      expect(step?.payload).toMatchObject({
        machine: 'standard@2',
        templateVersion: 1,
        from: 'review1',
        to: 'verified',
      });
      // A client still holding the pre-migration version gets a conflict, not a silent overwrite.
      const stale = await transitionAssignment(db, workflows, {
        assignmentId: 'm-1',
        expectedVersion: 1,
        event: { type: 'REPORT', actor: reporter, evidence: [{ name: 'x.pdf' }] },
      });
      expect(stale).toMatchObject({ ok: false, reason: 'conflict' });
    });

    it('refuses a mapping with unknown or missing states and moves nothing', async () => {
      const { db } = getDb();
      const { rectifying: _left, ...partial } = mapping;
      const attempt = migrateAssignmentsToVariant(db, {
        from: STANDARD_WORKFLOW,
        to: v2,
        mapping: { ...partial, reported: 'nowhere' },
        dryRun: false,
        actor: 'u-admin',
      });
      await expect(attempt).rejects.toBeInstanceOf(VariantMigrationRefusedError);
      await expect(attempt).rejects.toThrow(/nowhere.*|rectifying/);
      const events = await getDb().query<{ n: number }>(
        "SELECT count(*)::int AS n FROM events WHERE type = 'assignment.migrated'",
      );
      expect(events[0]?.n).toBe(3); // only the first test's moves
    });
  });
});
