import type { AssignmentDetail, ImportResult, LedgerPage, PlanDetail } from '@cascade/contracts';
import { EXTENSION_WORKFLOW, ISSUED_STATE, STANDARD_WORKFLOW } from '@cascade/engine';
import { beforeAll, expect, it } from 'vitest';
import { artifact, browserWorld, describeInChromium } from '../support/browser-world.ts';

const enc = encodeURIComponent;
const TASK = '开展可申请延期的执法公示事项';
const DESIGNED_TASK = '按本县自定流程公开行政处罚结果';

/** 博罗县's plan: two tasks of its 司法局, due at the end of 2022. */
const PLAN = [
  '一、总体要求',
  '（一）公开',
  `1.${TASK}。〔牵头单位：县司法局；完成时限：2022年12月底前〕`,
  `2.${DESIGNED_TASK}。〔牵头单位：县司法局；完成时限：2022年12月底前〕`,
].join('\n');

/** 博罗县's own lifecycle (流程设计): the issued state in its own words, and 申请延期 into a state of its own. */
const ISSUED = STANDARD_WORKFLOW.states[ISSUED_STATE];
const DESIGNED = {
  name: '博罗县·可申请延期',
  initial: STANDARD_WORKFLOW.initial,
  states: {
    ...STANDARD_WORKFLOW.states,
    [ISSUED_STATE]: {
      ...ISSUED,
      label: '已交办',
      on: {
        ...ISSUED?.on,
        REQUEST_EXTENSION: {
          target: 'awaitingExtension',
          label: '申请延期',
          by: ['assignee'],
          input: ['reason', 'dueOn'],
        },
      },
    },
    awaitingExtension: {
      label: '延期审核中',
      category: 'open',
      on: {
        APPROVE_EXTENSION: {
          target: ISSUED_STATE,
          label: '批准延期',
          by: ['verifier'],
          input: ['dueOn'],
          effect: 'reschedule',
        },
        REFUSE_EXTENSION: { target: ISSUED_STATE, label: '不予延期', by: ['verifier'], input: ['reason'] },
      },
    },
  },
};

/**
 * The ledger's drawer offers the events the server says the account can fire (`transitions`):
 * on a task of the 可申请延期 lifecycle the unit asks for more time (refused without a reason,
 * then with a reason and a date), and the verifying level approves with a new date, which the
 * ledger row then shows as its due date.
 */
describeInChromium('workflow events in the ledger drawer, in Chromium', () => {
  const world = browserWorld();
  const { api, signedInPage } = world;
  let planId = '';

  beforeAll(async () => {
    const author = await api('bl-author');
    const imported = await author.send<ImportResult>('POST', '/api/plans/import', {
      text: PLAN,
      fileName: '博罗县.txt',
      year: 2022,
    });
    planId = imported.plan.id;
    const draft = await author.send<{ id: string; version: number }>('POST', '/api/workflow-variants', {
      definition: DESIGNED,
    });
    const { ref } = await author.send<{ ref: string }>('POST', `/api/workflow-variants/${draft.id}/publish`, {
      expectedVersion: draft.version,
    });
    const plan = await author.send<PlanDetail>('GET', `/api/plans/${enc(planId)}`);
    for (const [text, workflowVariant] of [
      [TASK, EXTENSION_WORKFLOW.id],
      [DESIGNED_TASK, ref],
    ] as const) {
      const task = plan.items.find((i) => i.kind === 'task' && i.text.includes(text));
      if (!task) throw new Error(`the plan has no task ${text}`);
      await author.send('PATCH', `/api/plans/${enc(planId)}/items/${enc(task.id)}`, {
        expectedVersion: task.version,
        patch: { workflowVariant },
      });
    }
    const current = await author.send<PlanDetail>('GET', `/api/plans/${enc(planId)}`);
    await author.send('POST', `/api/plans/${enc(planId)}/publish`, {
      expectedVersion: current.plan.version,
      summary: '印发',
    });
  }, 180_000);

  const rowOf = async (username: string, task = TASK) => {
    const who = await api(username);
    const page = await who.send<LedgerPage>('GET', `/api/ledger?planId=${enc(planId)}&limit=10`);
    const row = page.rows.find((r) => r.itemText.includes(task));
    if (!row) throw new Error(`no row of the task in ${username}'s ledger`);
    return row;
  };

  it('lets the unit ask for more time (a reason is required) and the verifying level approve a new date', async () => {
    const before = await rowOf('bl-reporter');
    expect(before).toMatchObject({ workflowVariant: EXTENSION_WORKFLOW.id, dueOn: '2022-12-31' });

    // The unit: 申请延期 among the drawer's buttons, opened from the row's 办理.
    const unit = await signedInPage('bl-reporter');
    await unit.page.getByRole('link', { name: '台账', exact: true }).click();
    const unitRow = unit.page.locator('.ledger-row', { hasText: TASK });
    await unitRow.getByRole('button', { name: '办理' }).click();
    const drawer = unit.page.locator('.drawer');
    await drawer.getByRole('button', { name: '申请延期' }).click();
    const ask = drawer.getByRole('form', { name: '申请延期' });
    await ask.getByRole('button', { name: '确认申请延期' }).click();
    await expect.poll(() => drawer.getByRole('alert').textContent()).toBe('请填写申请延期理由。');
    await ask.getByLabel(/申请延期理由/).fill('项目审批尚未完成，需延期一个月');
    await ask.getByLabel(/新的完成时限/).fill('2023-01-31');
    await unit.page.screenshot({ path: artifact('ledger-request-extension.png') });
    await ask.getByRole('button', { name: '确认申请延期' }).click();
    await expect.poll(() => drawer.getByRole('status').textContent()).toBe('已申请延期，当前状态：延期待批。');
    await expect.poll(() => drawer.locator('.fact dd').first().textContent()).toBe('延期待批');
    // The unit cannot decide its own request: no 批准延期 for it.
    expect(await drawer.getByRole('button', { name: '批准延期' }).count()).toBe(0);
    await unit.context.close();
    expect(await rowOf('bl-reporter')).toMatchObject({ dueOn: '2022-12-31' });

    // The verifying level (博罗县's supervision): 批准延期 with a new date.
    const county = await signedInPage('bl-supervisor');
    await county.page.getByRole('link', { name: '台账', exact: true }).click();
    const countyRow = county.page.locator('.ledger-row', { hasText: TASK });
    await expect.poll(() => countyRow.textContent()).toContain('延期待批');
    await countyRow.getByRole('button', { name: '办理' }).click();
    const countyDrawer = county.page.locator('.drawer');
    await countyDrawer.getByRole('button', { name: '批准延期' }).click();
    expect(await countyDrawer.getByRole('button', { name: '不予延期' }).count()).toBe(1);
    const approve = countyDrawer.getByRole('form', { name: '批准延期' });
    await approve.getByLabel(/新的完成时限/).fill('2023-02-28');
    await approve.getByRole('button', { name: '确认批准延期' }).click();
    await expect.poll(() => countyDrawer.getByRole('status').textContent()).toMatch(/^已批准延期，当前状态：/);
    // The timeline names both steps and their dates.
    await expect.poll(() => countyDrawer.locator('.timeline').textContent()).toContain('批准延期');
    const timeline = await countyDrawer.locator('.timeline').textContent();
    expect(timeline).toContain('申请延期');
    expect(timeline).toContain('完成时限：2023-01-31');
    expect(timeline).toContain('完成时限：2023-02-28');
    await county.page.screenshot({ path: artifact('ledger-approve-extension.png') });
    // The ledger row's due date is the approved one.
    await expect.poll(() => countyRow.textContent()).toContain('2023-02-28');
    await county.context.close();
    expect(await rowOf('bl-supervisor')).toMatchObject({ dueOn: '2023-02-28' });
    expect(world.problems).toEqual([]);
  }, 120_000);

  it('shows a designed variant’s row in its own words, and its events behind 办理', async () => {
    const before = await rowOf('bl-reporter', DESIGNED_TASK);
    expect(before.workflowVariant).toMatch(/^wf-/);
    expect(before.stateLabel).toBe('已交办');

    // The unit: the row names its state as the variant does; its only button opens the drawer.
    const unit = await signedInPage('bl-reporter');
    await unit.page.getByRole('link', { name: '台账', exact: true }).click();
    const unitRow = unit.page.locator('.ledger-row', { hasText: DESIGNED_TASK });
    await expect.poll(() => unitRow.textContent()).toContain('已交办');
    expect(await unitRow.locator('.row-actions button').allTextContents()).toEqual(['办理']);
    await unitRow.getByRole('button', { name: '办理' }).click();
    const drawer = unit.page.locator('.drawer');
    await expect.poll(() => drawer.locator('.actions button').allTextContents()).toEqual(['报送', '申请延期']);
    expect(await drawer.locator('.fact dd').first().textContent()).toBe('已交办');
    await drawer.getByRole('button', { name: '申请延期' }).click();
    const ask = drawer.getByRole('form', { name: '申请延期' });
    await ask.getByLabel(/申请延期理由/).fill('需等待上级系统升级');
    await ask.getByRole('button', { name: '确认申请延期' }).click();
    await expect.poll(() => drawer.getByRole('alert').textContent()).toBe('请选择新的完成时限。');
    await ask.getByLabel(/新的完成时限/).fill('2023-03-31');
    await ask.getByRole('button', { name: '确认申请延期' }).click();
    await expect.poll(() => drawer.getByRole('status').textContent()).toBe('已申请延期，当前状态：延期审核中。');
    await expect.poll(() => drawer.locator('.fact dd').first().textContent()).toBe('延期审核中');
    await expect.poll(() => unitRow.textContent()).toContain('延期审核中');
    await unit.context.close();

    // The verifying level refuses it: a reason is required.
    const county = await signedInPage('bl-supervisor');
    await county.page.getByRole('link', { name: '台账', exact: true }).click();
    const countyRow = county.page.locator('.ledger-row', { hasText: DESIGNED_TASK });
    await countyRow.getByRole('button', { name: '办理' }).click();
    const countyDrawer = county.page.locator('.drawer');
    await countyDrawer.getByRole('button', { name: '不予延期' }).click();
    const refuse = countyDrawer.getByRole('form', { name: '不予延期' });
    await refuse.getByRole('button', { name: '确认不予延期' }).click();
    await expect.poll(() => countyDrawer.getByRole('alert').textContent()).toBe('请填写不予延期理由。');
    await refuse.getByLabel(/不予延期理由/).fill('按原时限完成');
    await refuse.getByRole('button', { name: '确认不予延期' }).click();
    await expect.poll(() => countyDrawer.getByRole('status').textContent()).toBe('已不予延期，当前状态：已交办。');
    await county.page.screenshot({ path: artifact('ledger-designed-refuse-extension.png') });
    await county.context.close();
    expect(await rowOf('bl-supervisor', DESIGNED_TASK)).toMatchObject({ stateLabel: '已交办', dueOn: '2022-12-31' });
    expect(world.problems).toEqual([]);
  }, 120_000);

  it('says when someone else moved the row first, and shows the row as it now stands', async () => {
    const row = await rowOf('bl-reporter', DESIGNED_TASK);
    const own: string[] = [];
    const unit = await signedInPage('bl-reporter', { problems: own });
    await unit.page.getByRole('link', { name: '台账', exact: true }).click();
    await unit.page.locator('.ledger-row', { hasText: DESIGNED_TASK }).getByRole('button', { name: '办理' }).click();
    const drawer = unit.page.locator('.drawer');
    await drawer.getByRole('button', { name: '申请延期' }).click();
    const ask = drawer.getByRole('form', { name: '申请延期' });
    await ask.getByLabel(/申请延期理由/).fill('系统升级推迟');
    await ask.getByLabel(/新的完成时限/).fill('2023-04-30');
    // Meanwhile the same request goes in from another window.
    const other = await api('bl-reporter');
    await other.send('POST', `/api/assignments/${enc(row.id)}/transitions`, {
      event: 'REQUEST_EXTENSION',
      expectedVersion: row.version,
      reason: '系统升级推迟',
      dueOn: '2023-04-30',
    });
    await ask.getByRole('button', { name: '确认申请延期' }).click();
    await expect.poll(() => drawer.getByRole('alert').textContent()).toMatch(/修改/);
    // Refetched: the row waits for the decision, and 申请延期 is no longer offered.
    await expect.poll(() => drawer.locator('.fact dd').first().textContent()).toBe('延期审核中');
    expect(await drawer.getByRole('button', { name: '申请延期' }).count()).toBe(0);
    const detail = await other.send<AssignmentDetail>('GET', `/api/assignments/${enc(row.id)}`);
    expect(detail.assignment.version).toBe(row.version + 1);
    await unit.context.close();
    // The browser's own log of the refused request is all that went wrong.
    expect(own.every((p) => p.includes('409'))).toBe(true);
    expect(world.problems).toEqual([]);
  }, 120_000);
});
