import { describe, expect, it } from 'vitest';
import { applyTransition } from './apply-transition.ts';
import { compileWorkflow } from './compile-workflow.ts';
import { PLAN_LIFECYCLE } from './plan-lifecycle.ts';
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
    expect(refused).toMatchObject({ ok: false, guard: '逐项对照无缺项' });
    expect(applyTransition(plan, 'draft', ctx(0), { type: 'PUBLISH', actor: office })).toMatchObject({
      ok: true,
      to: 'published',
    });
  });

  it('runs published → executing → closed, and a revision goes back to draft', () => {
    expect(applyTransition(plan, 'published', ctx(0), { type: 'START', actor: office })).toMatchObject({
      to: 'executing',
    });
    expect(applyTransition(plan, 'executing', ctx(0), { type: 'REVISE', actor: office })).toMatchObject({
      to: 'draft',
    });
    expect(applyTransition(plan, 'executing', ctx(0), { type: 'CLOSE', actor: office })).toMatchObject({
      to: 'closed',
    });
    expect(applyTransition(plan, 'closed', ctx(0), { type: 'REVISE', actor: office })).toMatchObject({ ok: false });
  });
});
