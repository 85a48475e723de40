import { describe, expect, it } from 'vitest';
import { applyTransition } from './apply-transition.ts';
import {
  composeReviewVariant,
  parseVariantId,
  resolveWorkflowVariant,
  reviewVariantId,
} from './resolve-workflow-variant.ts';
import { validateWorkflow } from './validate-workflow.ts';
import { createWorkflowRegistry } from './workflow-registry.ts';

describe('variants composed in the designer', () => {
  it('rebuilds standard+初审+复审 from its id, sound, with the steps between reported and verified', () => {
    const id = reviewVariantId('standard', ['初审', '复审']);
    expect(id).toBe('standard+初审+复审');
    const resolved = resolveWorkflowVariant(id);
    if (!resolved.ok) throw new Error(resolved.message);
    expect(validateWorkflow(resolved.variant)).toEqual([]);
    expect(resolved.variant.states.reported?.on?.VERIFY?.target).toBe('review1');
    expect(resolved.variant.states.review2?.on?.PASS?.target).toBe('verified');
    expect(parseVariantId(id)).toEqual({ baseId: 'standard', steps: ['初审', '复审'] });
    expect(parseVariantId('three-reviews')).toEqual({ baseId: 'standard', steps: ['初审', '复审', '终审'] });
  });

  it('refuses ids it cannot build, saying why', () => {
    expect(resolveWorkflowVariant('information-only+初审')).toMatchObject({
      ok: false,
      message: expect.stringContaining('不能插入审核步骤'),
    });
    expect(resolveWorkflowVariant('standard+初审+初审')).toMatchObject({ ok: false, message: '环节“初审”重复' });
    expect(resolveWorkflowVariant('nightly+初审')).toMatchObject({ ok: false });
    expect(composeReviewVariant('standard', ['分管+领导'])).toMatchObject({
      ok: false,
      message: expect.stringContaining('“+”'),
    });
  });

  it('the registry runs a composed variant an assignment names', () => {
    const workflow = createWorkflowRegistry()('standard+法制审核', 1);
    if (!workflow) throw new Error('not registered');
    const actor = { userId: 'u', orgId: 'other', role: 'supervisor' };
    const result = applyTransition(
      workflow,
      'reported',
      { orgId: 'unit', evidenceRequired: false },
      { type: 'VERIFY', actor },
    );
    expect(result).toMatchObject({ ok: true, to: 'review1' });
    expect(createWorkflowRegistry()('standard+初审', 2)).toBeUndefined();
  });
});
