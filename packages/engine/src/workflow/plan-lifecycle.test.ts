import { describe, expect, it } from 'vitest';
import { applyTransition } from './apply-transition.ts';
import { compileWorkflow } from './compile-workflow.ts';
import { decidePlanStatus, PLAN_LIFECYCLE, PLAN_RULES } from './plan-lifecycle.ts';
import { validateWorkflow } from './validate-workflow.ts';

const plan = compileWorkflow(PLAN_LIFECYCLE);
const office = { userId: 'u-boluo', orgId: '441322', role: 'deriver' };
const ctx = (missingItems: number) => ({ orgId: '441322', evidenceRequired: false, facts: { missingItems } });

describe('plan lifecycle', () => {
  it('is a sound workflow', () => {
    expect(validateWorkflow(PLAN_LIFECYCLE)).toEqual([]);
  });

  it('cannot be published while parent items are missing from it', () => {
    const refused = applyTransition(plan, 'draft', ctx(2), { type: 'PUBLISH', actor: office });
    expect(refused).toMatchObject({ ok: false, guard: PLAN_RULES.coverage });
    expect(applyTransition(plan, 'draft', ctx(0), { type: 'PUBLISH', actor: office })).toMatchObject({
      ok: true,
      to: 'published',
    });
  });

  it('publishes a new version where the plan is: published stays published, executing stays executing', () => {
    expect(decidePlanStatus('published', 'PUBLISH', { missingItems: 0 }, office)).toMatchObject({
      ok: true,
      to: 'published',
    });
    expect(decidePlanStatus('executing', 'PUBLISH', { missingItems: 0 }, office)).toMatchObject({
      ok: true,
      to: 'executing',
    });
    // The coverage rule holds for every version, not only the first.
    expect(decidePlanStatus('executing', 'PUBLISH', { missingItems: 1 }, office)).toMatchObject({
      ok: false,
      reason: 'guard',
      guard: PLAN_RULES.coverage,
    });
  });

  it('runs published → executing → closed once every row is finished or carried over', () => {
    expect(decidePlanStatus('published', 'START', {}, office)).toMatchObject({ ok: true, to: 'executing' });
    expect(decidePlanStatus('executing', 'CLOSE', { openAssignments: 0 }, office)).toMatchObject({
      ok: true,
      to: 'closed',
    });
    expect(decidePlanStatus('published', 'CLOSE', { openAssignments: 0 }, office)).toMatchObject({
      ok: true,
      to: 'closed',
    });
  });

  it('refuses 年度收官 while rows are open, naming the status, the event and the rule', () => {
    const refused = decidePlanStatus('executing', 'CLOSE', { openAssignments: 3 }, office);
    expect(refused).toMatchObject({ ok: false, reason: 'guard', guard: PLAN_RULES.allFinished });
    expect(!refused.ok && refused.message).toBe(
      `方案处于“执行中”状态，不能年度收官（CLOSE）：不满足“${PLAN_RULES.allFinished}”`,
    );
    // Without the fact the rule cannot hold: nobody closes a plan without counting its rows.
    expect(decidePlanStatus('executing', 'CLOSE', {}, office)).toMatchObject({ ok: false, reason: 'guard' });
  });

  it('refuses what the machine does not allow, in words', () => {
    const fromDraft = decidePlanStatus('draft', 'CLOSE', { openAssignments: 0 }, office);
    expect(fromDraft).toMatchObject({ ok: false, reason: 'notAllowed' });
    expect(!fromDraft.ok && fromDraft.message).toBe('方案处于“草稿”状态，不能年度收官（CLOSE）');
    expect(decidePlanStatus('executing', 'START', {}, office)).toMatchObject({ ok: false, reason: 'notAllowed' });
    expect(decidePlanStatus('closed', 'PUBLISH', { missingItems: 0 }, office)).toMatchObject({
      ok: false,
      message: '方案处于“已结束”状态，不能发布（PUBLISH）',
    });
    expect(decidePlanStatus('archived', 'START', {}, office)).toMatchObject({ ok: false, reason: 'unknownState' });
  });
});
