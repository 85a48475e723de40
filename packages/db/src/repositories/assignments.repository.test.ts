import {
  compileWorkflow,
  createWorkflowRegistry,
  replayTransitions,
  STANDARD_WORKFLOW,
  type WorkflowEvent,
} from '@cascade/engine';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignments } from '../schema/assignments.schema.ts';
import { forEachDatabase } from '../testing/index.ts';
import {
  insertAssignments,
  listAssignmentEvents,
  type NewAssignment,
  transitionAssignment,
} from './assignments.repository.ts';
import { countRollupFromScratch, readRollup, rebuildRollup } from './rollup.repository.ts';

const workflows = createWorkflowRegistry();
const supervisor = { userId: 'u-boluo-supervisor', orgId: '441322', role: 'supervisor' };
const reporter = { userId: 'u-sfj', orgId: '441322-justice', role: 'reporter' };
const evidence = [{ name: '规章库截图.png' }];

let n = 0;
function assignment(overrides: Partial<NewAssignment> = {}): NewAssignment {
  n++;
  return {
    id: `a-${n}`,
    planId: 'plan-boluo-2022',
    itemId: `item-${n}`,
    orgId: '441322-justice',
    orgPath: '/440000/441300/441322/441322-justice/',
    role: 'lead',
    state: 'assigned',
    year: 2022,
    light: 'green',
    ...overrides,
  };
}

describe('assignment transitions', () => {
  forEachDatabase((getDb) => {
    it('walks the lifecycle, logging each step with its actor, and replays to the same state', async () => {
      const { db } = getDb();
      const a = assignment();
      await insertAssignments(db, [a]);
      const steps: WorkflowEvent[] = [
        { type: 'REPORT', actor: reporter, evidence, reason: '已建成规章库' },
        { type: 'RETURN', actor: supervisor, reason: '缺少动态更新记录' },
        { type: 'REPORT', actor: reporter, evidence },
        { type: 'VERIFY', actor: supervisor },
        { type: 'CLOSE', actor: supervisor },
      ];
      let version = 1;
      for (const event of steps) {
        const r = await transitionAssignment(db, workflows, { assignmentId: a.id, expectedVersion: version, event });
        expect(r.ok, JSON.stringify(r)).toBe(true);
        if (r.ok) version = r.assignment.version;
      }
      const logged = await listAssignmentEvents(db, a.id);
      expect(logged.map((e) => [e.type, e.actor])).toEqual([
        ['assignment.report', reporter.userId],
        ['assignment.return', supervisor.userId],
        ['assignment.report', reporter.userId],
        ['assignment.verify', supervisor.userId],
        ['assignment.close', supervisor.userId],
      ]);
      const replayed = replayTransitions(
        compileWorkflow(STANDARD_WORKFLOW),
        { orgId: a.orgId, evidenceRequired: true },
        logged.map((e) => (e.payload as { event: WorkflowEvent }).event),
        'assigned',
      );
      expect(replayed).toEqual({ state: 'closed' });
    });

    it('shows the return reason as the review comment only until the unit reports again; a verification shows its own comment or none', async () => {
      const { db } = getDb();
      const [withComment, without] = [assignment(), assignment()];
      await insertAssignments(db, [withComment, without]);
      const stored = async (id: string) =>
        (await db.select().from(assignments).where(eq(assignments.id, id)))[0]?.lastComment;
      const walk = async (id: string, verifyComment?: string) => {
        const shown: (string | null | undefined)[] = [];
        const steps: WorkflowEvent[] = [
          { type: 'REPORT', actor: reporter, evidence, reason: '已建成规章库' },
          { type: 'RETURN', actor: supervisor, reason: '缺少动态更新记录' },
          { type: 'REPORT', actor: reporter, evidence, reason: '已补充动态更新记录' },
          { type: 'VERIFY', actor: supervisor, ...(verifyComment ? { reason: verifyComment } : {}) },
        ];
        let version = 1;
        for (const event of steps) {
          const r = await transitionAssignment(db, workflows, { assignmentId: id, expectedVersion: version, event });
          if (!r.ok) throw new Error(JSON.stringify(r));
          version = r.assignment.version;
          // What the transition answers and what a later read finds are the same comment.
          expect(r.assignment.lastComment, event.type).toBe((await stored(id)) ?? null);
          shown.push(r.assignment.lastComment);
        }
        return shown;
      };
      expect(await walk(withComment.id as string, '材料齐全')).toEqual([null, '缺少动态更新记录', null, '材料齐全']);
      expect(await walk(without.id as string)).toEqual([null, '缺少动态更新记录', null, null]);
      // The return reason is still in the log, where the timeline reads it.
      const logged = await listAssignmentEvents(db, without.id as string);
      expect(logged.map((e) => (e.payload as { event: WorkflowEvent }).event.reason)).toContain('缺少动态更新记录');
    });

    it('lets exactly one of two concurrent transitions win; the other is a conflict and logs nothing', async () => {
      const { db } = getDb();
      const a = assignment();
      await insertAssignments(db, [a]);
      const report = (text: string) =>
        transitionAssignment(db, workflows, {
          assignmentId: a.id,
          expectedVersion: 1,
          event: { type: 'REPORT', actor: reporter, evidence, reason: text },
        });
      const results = await Promise.all([report('第一次'), report('第二次')]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok && r.reason === 'conflict')).toHaveLength(1);
      expect(await listAssignmentEvents(db, a.id)).toHaveLength(1);
    });

    it('refuses a stale version and an illegal event without changing anything', async () => {
      const { db } = getDb();
      const a = assignment();
      await insertAssignments(db, [a]);
      const stale = await transitionAssignment(db, workflows, {
        assignmentId: a.id,
        expectedVersion: 7,
        event: { type: 'REPORT', actor: reporter, evidence },
      });
      expect(stale).toMatchObject({ ok: false, reason: 'conflict' });
      const illegal = await transitionAssignment(db, workflows, {
        assignmentId: a.id,
        expectedVersion: 1,
        event: { type: 'VERIFY', actor: supervisor },
      });
      expect(illegal).toMatchObject({ ok: false, reason: 'refused' });
      expect(await listAssignmentEvents(db, a.id)).toHaveLength(0);
    });

    it('applies a retried request with the same idempotency key once', async () => {
      const { db } = getDb();
      const a = assignment();
      await insertAssignments(db, [a]);
      const request = {
        assignmentId: a.id,
        expectedVersion: 1,
        event: { type: 'REPORT', actor: reporter, evidence } as WorkflowEvent,
        idempotencyKey: `retry-${a.id}`,
      };
      const [first, second] = await Promise.all([
        transitionAssignment(db, workflows, request),
        transitionAssignment(db, workflows, request),
      ]);
      expect(first?.ok && second?.ok).toBe(true);
      expect([first, second].filter((r) => r.ok && r.replayed)).toHaveLength(1);
      expect(await listAssignmentEvents(db, a.id)).toHaveLength(1);
    });

    it('refuses a key already logged for another row or another request, changing nothing', async () => {
      const { db } = getDb();
      const [a, b] = [assignment(), assignment()];
      await insertAssignments(db, [a, b]);
      const key = `once-${a.id}`;
      const report = (id: string, reason: string, expectedVersion = 1) =>
        transitionAssignment(db, workflows, {
          assignmentId: id,
          expectedVersion,
          event: { type: 'REPORT', actor: reporter, evidence, reason },
          idempotencyKey: key,
        });
      expect(await report(a.id as string, '已公开')).toMatchObject({ ok: true, replayed: false });
      expect(await report(a.id as string, '已公开')).toMatchObject({ ok: true, replayed: true });
      for (const other of [
        report(b.id as string, '已公开'),
        report(a.id as string, '另一段说明'),
        report(a.id as string, '已公开', 2),
      ])
        expect(await other).toMatchObject({ ok: false, reason: 'keyReused', message: '该幂等键已用于另一项操作' });
      const verify = await transitionAssignment(db, workflows, {
        assignmentId: a.id as string,
        expectedVersion: 2,
        event: { type: 'VERIFY', actor: supervisor },
        idempotencyKey: key,
      });
      expect(verify).toMatchObject({ ok: false, reason: 'keyReused' });
      expect(await listAssignmentEvents(db, a.id as string)).toHaveLength(1);
      expect(await listAssignmentEvents(db, b.id as string)).toHaveLength(0);
      const [untouched] = await db
        .select()
        .from(assignments)
        .where(eq(assignments.id, b.id as string));
      expect(untouched).toMatchObject({ state: 'assigned', version: 1 });
    });

    it('refuses one key raced onto two rows: one row moves, the other keeps its state and logs nothing', async () => {
      const { db } = getDb();
      const rows = [assignment(), assignment()];
      await insertAssignments(db, rows);
      const key = `raced-${rows[0]!.id}`;
      const results = await Promise.all(
        rows.map((row) =>
          transitionAssignment(db, workflows, {
            assignmentId: row.id as string,
            expectedVersion: 1,
            event: { type: 'REPORT', actor: reporter, evidence },
            idempotencyKey: key,
          }),
        ),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok && r.reason === 'keyReused')).toHaveLength(1);
      const logged = await Promise.all(rows.map((row) => listAssignmentEvents(db, row.id as string)));
      expect(logged.map((l) => l.length).sort()).toEqual([0, 1]);
    });

    it('runs concurrent transitions of rows under the same ancestors without a deadlock', async () => {
      const { db } = getDb();
      const town = { orgPath: '/440000/441300/441322/441322002/', orgId: '441322002', year: 2023 };
      const rows = Array.from({ length: 30 }, () => assignment(town));
      await insertAssignments(db, rows);
      const run = (id: string, expectedVersion: number, event: WorkflowEvent) =>
        transitionAssignment(db, workflows, { assignmentId: id, expectedVersion, event });
      const report: WorkflowEvent = { type: 'REPORT', actor: reporter, evidence };
      const back: WorkflowEvent = { type: 'RETURN', actor: supervisor, reason: '退回补充' };
      // A third stays assigned, a third reported, a third returned: the next steps then move
      // counts between the three buckets in every direction at once.
      for (const [i, row] of rows.entries()) {
        if (i % 3 > 0) await run(row.id as string, 1, report);
        if (i % 3 > 1) await run(row.id as string, 2, back);
      }
      const results = await Promise.all(
        rows.map((row, i) => run(row.id as string, 1 + (i % 3), i % 3 === 1 ? back : report)),
      );
      expect(results.filter((r) => !r.ok)).toEqual([]);
      for (const orgId of ['440000', '441300', '441322', '441322002']) {
        expect(await readRollup(db, orgId, 2023)).toEqual(await countRollupFromScratch(db, orgId, 2023));
      }
    });

    it('recounts the roll-up from two places at once without a clash', async () => {
      const { db } = getDb();
      const town = { orgPath: '/440000/441300/441322/441322003/', orgId: '441322003', year: 2024 };
      await insertAssignments(
        db,
        Array.from({ length: 20 }, () => assignment(town)),
      );
      // The deadline scan on one instance and a cascade's end on another both recount the year.
      await Promise.all([rebuildRollup(db, 2024), rebuildRollup(db, 2024), rebuildRollup(db, 2024)]);
      for (const orgId of ['440000', '441322003'])
        expect(await readRollup(db, orgId, 2024)).toEqual(await countRollupFromScratch(db, orgId, 2024));
    });

    it('keeps the roll-up equal to a recount after random transitions', async () => {
      const { db } = getDb();
      const county = { orgPath: '/440000/441300/441322/441322-health/', orgId: '441322-health', year: 2021 };
      const town = { orgPath: '/440000/441300/441322/441322001/', orgId: '441322001', year: 2021 };
      const rows = Array.from({ length: 12 }, (_, i) => assignment(i % 2 ? county : town));
      await insertAssignments(db, rows);
      const eventArb = fc.constantFrom<WorkflowEvent>(
        { type: 'REPORT', actor: reporter, evidence },
        { type: 'VERIFY', actor: supervisor },
        { type: 'RETURN', actor: supervisor, reason: '退回补充' },
        { type: 'CLOSE', actor: supervisor },
        { type: 'REOPEN', actor: supervisor, reason: '回头看' },
      );
      const moves = fc.sample(fc.tuple(fc.integer({ min: 0, max: rows.length - 1 }), eventArb), {
        numRuns: 60,
        seed: 7,
      });
      const versions = new Map(rows.map((r) => [r.id, 1]));
      for (const [index, event] of moves) {
        const id = rows[index]!.id;
        const r = await transitionAssignment(db, workflows, {
          assignmentId: id,
          expectedVersion: versions.get(id)!,
          event,
        });
        if (r.ok) versions.set(id, r.assignment.version);
      }
      for (const orgId of ['440000', '441300', '441322', '441322001', '441322-health']) {
        expect(await readRollup(db, orgId, 2021)).toEqual(await countRollupFromScratch(db, orgId, 2021));
      }
      const total = (await readRollup(db, '440000', 2021)).reduce((s, r) => s + r.count, 0);
      expect(total).toBe(12);
    });
  });
});
