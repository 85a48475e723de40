import type { AssignmentDetail, ImportResult, LedgerPage, LedgerRowDto, PlanDetail } from '@cascade/contracts';
import { listAssignmentEvents } from '@cascade/db';
import { forEachDatabase } from '@cascade/db/testing';
import { STANDARD_WORKFLOW } from '@cascade/engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../testing/test-world.ts';

const enc = encodeURIComponent;
const PLAN = ['惠州市2022年政务公开工作要点', '一、总体要求', '1.建设规章库专栏。〔牵头单位：市司法局〕'].join('\n');
const CITY_FLOW = { name: '惠州市流程', initial: STANDARD_WORKFLOW.initial, states: STANDARD_WORKFLOW.states };
/** Version 2 checks a report first (预审) before it is verified. */
const WITH_PRECHECK = {
  ...CITY_FLOW,
  states: {
    ...CITY_FLOW.states,
    reported: {
      ...CITY_FLOW.states.reported,
      on: {
        ...CITY_FLOW.states.reported?.on,
        VERIFY: { target: 'preCheck', label: '提交预审', by: ['verifier'] },
      },
    },
    preCheck: {
      label: '预审',
      category: 'inReview',
      on: {
        PASS: { target: 'verified', label: '预审通过', by: ['verifier'] },
        RETURN: { target: 'assigned', label: '预审退回', by: ['verifier'], input: ['reason'] },
      },
    },
  },
};
const identity = Object.fromEntries(Object.keys(CITY_FLOW.states).map((s) => [s, s]));

describe('a designed variant’s new version, and the rows running on the old one moved with a dry run first', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    beforeAll(async () => {
      world = await createTestWorld(getDb());
    });

    it('dry-runs, refuses a mapping that leaves a state out, then moves the row with an event by its author', async () => {
      const author = await world.as('hz-author');
      const created = await author.send<{ id: string; version: number }>('POST', '/api/workflow-variants', {
        definition: CITY_FLOW,
      });
      const v1 = await author.send<{ ref: string; version: number }>(
        'POST',
        `/api/workflow-variants/${created.id}/publish`,
        { expectedVersion: created.version },
      );

      // A task runs on version 1; its unit reports with evidence through the transitions endpoint.
      const imported = await author.send<ImportResult>('POST', '/api/plans/import', {
        text: PLAN,
        fileName: 'p.txt',
        year: 2022,
      });
      const plan = await author.send<PlanDetail>('GET', `/api/plans/${enc(imported.plan.id)}`);
      const task = plan.items.find((i) => i.kind === 'task')!;
      await author.send('PATCH', `/api/plans/${enc(plan.plan.id)}/items/${enc(task.id)}`, {
        expectedVersion: task.version,
        patch: { workflowVariant: v1.ref },
      });
      const current = await author.send<PlanDetail>('GET', `/api/plans/${enc(plan.plan.id)}`);
      await author.send('POST', `/api/plans/${enc(plan.plan.id)}/publish`, {
        expectedVersion: current.plan.version,
        summary: '',
      });
      const supervisor = await world.as('hz-supervisor');
      const [row] = (await supervisor.send<LedgerPage>('GET', `/api/ledger?planId=${enc(plan.plan.id)}`)).rows;
      const reporter = await world.as('hz-justice-reporter');
      const form = new FormData();
      form.set('event', 'REPORT');
      form.set('expectedVersion', String(row!.version));
      form.set('reason', '专栏已上线');
      form.append('files', new File([new TextEncoder().encode('%PDF-1.4 x')], '截图.pdf'));
      const reportedRes = await reporter.request(`/api/assignments/${enc(row!.id)}/transitions`, {
        method: 'POST',
        body: form,
      });
      expect(reportedRes.status, await reportedRes.clone().text()).toBe(200);
      expect(await reportedRes.json()).toMatchObject({ state: 'reported', lastReport: { text: '专栏已上线' } });

      // Version 2, published; the row still runs on version 1.
      const draft = await author.send<{ version: number }>('PUT', `/api/workflow-variants/${created.id}/draft`, {
        expectedVersion: (await author.send<{ version: number }>('GET', `/api/workflow-variants/${created.id}`))
          .version,
        definition: WITH_PRECHECK,
      });
      const v2 = await author.send<{ publishedVersion: number }>(
        'POST',
        `/api/workflow-variants/${created.id}/publish`,
        {
          expectedVersion: draft.version,
        },
      );
      expect(v2.publishedVersion).toBe(2);
      // Read back as authored (states and steps in their order: the buttons' order), with the
      // earlier versions' states for the designer's migration.
      const read = await author.send<{
        published: { states: Record<string, { on?: Record<string, unknown> }> };
        versions: { version: number; states: Record<string, string> }[];
      }>('GET', `/api/workflow-variants/${created.id}`);
      expect(Object.keys(read.published.states)).toEqual(Object.keys(WITH_PRECHECK.states));
      expect(Object.keys(read.published.states.reported?.on ?? {})).toEqual(
        Object.keys(WITH_PRECHECK.states.reported.on),
      );
      expect(read.versions.map((v) => v.version)).toEqual([1, 2]);
      expect(read.versions[0]?.states).toMatchObject({ reported: '已报送' });
      expect(read.versions[0]?.states).not.toHaveProperty('preCheck');

      const migration = `/api/workflow-variants/${created.id}/migration`;
      const dry = await author.send('POST', migration, {
        fromVersion: 1,
        mapping: { ...identity, reported: 'preCheck' },
        dryRun: true,
      });
      expect(dry).toEqual({
        dryRun: true,
        from: `${created.id}@1`,
        to: `${created.id}@2`,
        total: 1,
        moves: [{ from: 'reported', to: 'preCheck', count: 1, assignmentIds: [row!.id] }],
      });
      const still = await supervisor.send<AssignmentDetail>('GET', `/api/assignments/${enc(row!.id)}`);
      expect(still.assignment).toMatchObject({ state: 'reported', workflowVersion: 1 });

      const { rectifying: _left, ...partial } = identity;
      const refused = await author.request(migration, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ fromVersion: 1, mapping: partial, dryRun: false }),
      });
      expect(refused.status).toBe(400);
      expect(await refused.text()).toContain('rectifying');

      const applied = await author.send('POST', migration, {
        fromVersion: 1,
        mapping: { ...identity, reported: 'preCheck' },
        dryRun: false,
      });
      expect(applied).toMatchObject({ dryRun: false, total: 1 });
      const moved = await supervisor.send<AssignmentDetail>('GET', `/api/assignments/${enc(row!.id)}`);
      expect(moved.assignment).toMatchObject({ state: 'preCheck', stateCategory: 'inReview', workflowVersion: 2 });
      expect(moved.transitions.map((t) => t.label).sort()).toEqual(['预审通过', '预审退回'].sort());
      const logged = await listAssignmentEvents(world.deps.database.db, row!.id);
      expect(logged.filter((e) => e.type === 'assignment.migrated').map((e) => e.actor)).toEqual([author.account.id]);

      const passed = await supervisor.send<LedgerRowDto>('POST', `/api/assignments/${enc(row!.id)}/transitions`, {
        event: 'PASS',
        expectedVersion: moved.assignment.version,
      });
      expect(passed).toMatchObject({ state: 'verified', stateCategory: 'done' });
    });
  });
});
