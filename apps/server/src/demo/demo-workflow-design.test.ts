import type {
  AssignmentDetail,
  ImportResult,
  LedgerPage,
  LedgerRowDto,
  PlanDetail,
  RollupDto,
} from '@cascade/contracts';
import { type DatabaseHandle, scanDeadlines, seedOrgTree } from '@cascade/db';
import { openMigratedPglite } from '@cascade/db/testing';
import { EXTENSION_WORKFLOW, STANDARD_VARIANTS, STANDARD_WORKFLOW } from '@cascade/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createDeps } from '../deps.ts';
import { type ApiSession, signIn } from '../http/in-process-session.ts';
import { TEST_PASSWORD } from '../testing/test-world.ts';
import { DEMO_ACCOUNTS, ensureAccounts } from './demo-accounts.ts';
import { DEMO_TODAY, ensureDemoScenario } from './demo-scenario.ts';

const enc = encodeURIComponent;

/** 惠州市's own lifecycle with 申请延期, as its author would build it from the standard one. */
const WITH_EXTENSION = {
  name: '惠州市·可申请延期',
  initial: STANDARD_WORKFLOW.initial,
  states: {
    ...STANDARD_WORKFLOW.states,
    assigned: {
      ...STANDARD_WORKFLOW.states.assigned,
      on: {
        ...STANDARD_WORKFLOW.states.assigned?.on,
        REQUEST_EXTENSION: {
          target: 'extensionRequested',
          label: '申请延期',
          by: ['assignee'],
          input: ['reason', 'dueOn'],
        },
      },
    },
    extensionRequested: {
      label: '延期待批',
      category: 'open',
      on: {
        APPROVE_EXTENSION: {
          target: 'assigned',
          label: '批准延期',
          by: ['verifier'],
          input: ['dueOn'],
          effect: 'reschedule',
        },
        REFUSE_EXTENSION: { target: 'assigned', label: '不予延期', by: ['verifier'], input: ['reason'] },
      },
    },
  },
};

const PLAN_TEXT = [
  '惠州市2022年政务公开工作要点',
  '一、推进重点领域公开',
  '（一）加强政策解读',
  '1.建设政策解读专栏，按时更新。〔牵头单位：市司法局〕',
].join('\n');

async function problemOf(res: Response) {
  return {
    status: res.status,
    body: (await res.json()) as { detail?: string; errors?: { path: string; message: string }[] },
  };
}

/**
 * Issue #15's scenario on the demo, through the API: an author designs and publishes a variant
 * with 申请延期, a task runs on it, the unit asks for time and the verifying level grants a new
 * date (the ledger's due date and light follow); a row reaches 销号 through the one transition
 * endpoint; the roll-up counts by category; an unsound variant is refused naming its state; and
 * only the level that issued a task verifies it.
 */
describe('designed workflows on the demo', () => {
  let database: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  const as = (username: string): Promise<ApiSession> => signIn(app, username, TEST_PASSWORD);
  const post = (session: ApiSession, path: string, body: unknown) =>
    session.request(path, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });

  beforeAll(async () => {
    database = await openMigratedPglite();
    await seedOrgTree(database, { provinces: ['44', '50', '36'] });
    await ensureAccounts(database.db, DEMO_ACCOUNTS, TEST_PASSWORD);
    app = createApp(createDeps(database, { today: () => DEMO_TODAY }));
    expect(await ensureDemoScenario(database, app, TEST_PASSWORD, () => {})).toBe(true);
  }, 600_000);
  afterAll(async () => {
    await database?.close();
  });

  it('publishes the library as 广东省’s own variants, which a city’s author sees and a task may pick', async () => {
    const author = await as('hz-author');
    const { variants } = await author.send<{
      variants: { name: string; kind: string; ownerOrgId: string | null; ref: string | null }[];
    }>('GET', '/api/workflow-variants');
    const province = variants.filter((v) => v.kind === 'designed' && v.ownerOrgId === '440000');
    const expected = STANDARD_VARIANTS.filter((v) => v.id !== STANDARD_WORKFLOW.id).map((v) => `广东省·${v.name}`);
    expect(province.map((v) => v.name).sort()).toEqual(expected.sort());
    const extension = province.find((v) => v.name === `广东省·${EXTENSION_WORKFLOW.name}`)!;
    expect(extension.ref).toMatch(/^wf-[a-z0-9]+@1$/);
    // A city's task runs on the province's published variant.
    const imported = await author.send<ImportResult>('POST', '/api/plans/import', {
      text: PLAN_TEXT,
      fileName: '要点.txt',
      year: 2022,
    });
    const plan = await author.send<PlanDetail>('GET', `/api/plans/${enc(imported.plan.id)}`);
    const task = plan.items.find((i) => i.kind === 'task')!;
    const patched = await author.send<{ item: { workflowVariant: string } }>(
      'PATCH',
      `/api/plans/${enc(plan.plan.id)}/items/${enc(task.id)}`,
      { expectedVersion: task.version, patch: { workflowVariant: extension.ref } },
    );
    expect(JSON.stringify(patched)).toContain(extension.ref as string);
  });

  it('refuses a variant with a dead end, naming the state', async () => {
    const author = await as('hz-author');
    const deadEnd = {
      ...WITH_EXTENSION,
      states: { ...WITH_EXTENSION.states, extensionRequested: { label: '延期待批', category: 'open' } },
    };
    const refused = await problemOf(await post(author, '/api/workflow-variants', { definition: deadEnd }));
    expect(refused.status, JSON.stringify(refused.body)).toBe(400);
    expect(refused.body.errors).toContainEqual({
      path: 'states.extensionRequested',
      message: expect.stringContaining('延期待批'),
    });
    expect(refused.body.detail).toContain('死路');
  });

  it('grants an extension on a designed variant: the row is due on the new date and its light follows', async () => {
    const author = await as('hz-author');
    const draft = await author.send<{ id: string; version: number }>('POST', '/api/workflow-variants', {
      definition: WITH_EXTENSION,
    });
    const published = await author.send<{ ref: string; publishedVersion: number }>(
      'POST',
      `/api/workflow-variants/${draft.id}/publish`,
      { expectedVersion: draft.version },
    );
    expect(published).toMatchObject({ publishedVersion: 1, ref: `${draft.id}@1` });

    // A task of a new plan picks it; publishing issues the row on it.
    const imported = await author.send<ImportResult>('POST', '/api/plans/import', {
      text: PLAN_TEXT,
      fileName: '要点.txt',
      year: 2022,
    });
    const plan = await author.send<PlanDetail>('GET', `/api/plans/${enc(imported.plan.id)}`);
    const task = plan.items.find((i) => i.kind === 'task')!;
    await author.send('PATCH', `/api/plans/${enc(plan.plan.id)}/items/${enc(task.id)}`, {
      expectedVersion: task.version,
      patch: { workflowVariant: published.ref, deadlineText: '2022年6月30日前' },
    });
    const current = await author.send<PlanDetail>('GET', `/api/plans/${enc(plan.plan.id)}`);
    await author.send('POST', `/api/plans/${enc(plan.plan.id)}/publish`, {
      expectedVersion: current.plan.version,
      summary: '',
    });
    // The server's periodic scan lights the new row on the demo's day.
    await scanDeadlines(database, { today: DEMO_TODAY });
    const supervisor = await as('hz-supervisor');
    const page = await supervisor.send<LedgerPage>('GET', `/api/ledger?planId=${enc(plan.plan.id)}&limit=5`);
    const row = page.rows.find((r) => r.orgId === '441300-justice')!;
    // Due at the end of June, seen on the demo's day in September: red.
    expect(row).toMatchObject({ dueOn: '2022-06-30', light: 'red', workflowVariant: draft.id, workflowVersion: 1 });

    const reporter = await as('hz-justice-reporter');
    const offered = await reporter.send<AssignmentDetail>('GET', `/api/assignments/${enc(row.id)}`);
    expect(offered.transitions).toContainEqual(
      expect.objectContaining({ event: 'REQUEST_EXTENSION', label: '申请延期', input: ['reason', 'dueOn'] }),
    );
    const noReason = await problemOf(
      await post(reporter, `/api/assignments/${enc(row.id)}/transitions`, {
        event: 'REQUEST_EXTENSION',
        expectedVersion: row.version,
        dueOn: '2022-10-31',
      }),
    );
    expect(noReason.status).toBe(422);
    expect(noReason.body.detail).toContain('理由');
    const asked = await reporter.send<LedgerRowDto>('POST', `/api/assignments/${enc(row.id)}/transitions`, {
      event: 'REQUEST_EXTENSION',
      expectedVersion: row.version,
      reason: '专栏改版需上级网站配合',
      dueOn: '2022-10-31',
    });
    expect(asked).toMatchObject({ state: 'extensionRequested', stateCategory: 'open', dueOn: '2022-06-30' });
    // A designed state is named in the variant's own words (the web shows them as they are).
    expect(asked.stateLabel).toBe(WITH_EXTENSION.states.extensionRequested.label);
    const listed = await reporter.send<LedgerPage>('GET', `/api/ledger?planId=${enc(plan.plan.id)}&limit=5`);
    expect(listed.rows.find((r) => r.id === row.id)?.stateLabel).toBe(WITH_EXTENSION.states.extensionRequested.label);

    // The unit cannot grant itself the time; the verifying level (the city) can.
    const self = await reporter.send<AssignmentDetail>('GET', `/api/assignments/${enc(row.id)}`);
    expect(self.assignment.stateLabel).toBe(WITH_EXTENSION.states.extensionRequested.label);
    expect(self.transitions.map((t) => t.event)).toEqual([]);
    const offeredToCity = await supervisor.send<AssignmentDetail>('GET', `/api/assignments/${enc(row.id)}`);
    expect(offeredToCity.transitions.map((t) => t.event).sort()).toEqual(['APPROVE_EXTENSION', 'REFUSE_EXTENSION']);
    const granted = await supervisor.send<LedgerRowDto>('POST', `/api/assignments/${enc(row.id)}/transitions`, {
      event: 'APPROVE_EXTENSION',
      expectedVersion: asked.version,
      dueOn: '2022-11-30',
    });
    expect(granted).toMatchObject({ state: 'assigned', dueOn: '2022-11-30', light: 'green' });
    const after = await supervisor.send<LedgerPage>('GET', `/api/ledger?planId=${enc(plan.plan.id)}&limit=5`);
    expect(after.rows.find((r) => r.id === row.id)).toMatchObject({ dueOn: '2022-11-30', light: 'green' });
    const log = await supervisor.send<AssignmentDetail>('GET', `/api/assignments/${enc(row.id)}`);
    expect(log.events.map((e) => [e.type, e.actorName])).toEqual(
      expect.arrayContaining([
        ['assignment.request_extension', '惠州市司法局 报送员'],
        ['assignment.approve_extension', '惠州市 督查核验'],
      ]),
    );
  });

  it('lets only the level that issued a task verify it, and closes it (销号) through the transitions endpoint', async () => {
    const county = await as('bl-supervisor');
    const reported = await county.send<LedgerPage>('GET', '/api/ledger?state=reported&limit=50');
    const row = reported.rows.find((r) => r.ownerOrgId === '441322' && r.orgId !== '441322')!;
    expect(row, 'a report to 博罗县 in the demo').toBeDefined();

    const city = await as('hz-supervisor');
    const byCity = await problemOf(
      await post(city, `/api/assignments/${enc(row.id)}/verify`, { expectedVersion: row.version }),
    );
    expect(byCity.status, JSON.stringify(byCity.body)).toBe(403);
    expect(byCity.body.detail).toContain('博罗县');
    expect((await city.send<AssignmentDetail>('GET', `/api/assignments/${enc(row.id)}`)).actions).not.toContain(
      'verify',
    );

    const verified = await county.send<LedgerRowDto>('POST', `/api/assignments/${enc(row.id)}/verify`, {
      expectedVersion: row.version,
    });
    expect(verified).toMatchObject({ state: 'verified', stateCategory: 'done' });
    const offered = await county.send<AssignmentDetail>('GET', `/api/assignments/${enc(row.id)}`);
    expect(offered.transitions).toContainEqual(expect.objectContaining({ event: 'CLOSE', label: '销号' }));
    const closed = await county.send<LedgerRowDto>('POST', `/api/assignments/${enc(row.id)}/transitions`, {
      event: 'CLOSE',
      expectedVersion: verified.version,
    });
    expect(closed).toMatchObject({ state: 'closed', stateCategory: 'closed' });
  });

  it('counts the roll-up by category as well as by state', async () => {
    const city = await as('hz-supervisor');
    const rollup = await city.send<RollupDto>('GET', '/api/rollup/441300?year=2022');
    const { byCategory, byState, total } = rollup.counts;
    expect(Object.values(byCategory).reduce((a, b) => a + b, 0)).toBe(total);
    expect(byCategory.closed).toBeGreaterThanOrEqual(1);
    expect(byCategory.inReview).toBe(
      (byState.reported ?? 0) + (byState.review1 ?? 0) + (byState.review2 ?? 0) + (byState.review3 ?? 0),
    );
    expect(byCategory.open).toBeGreaterThan(0);
  });
});
