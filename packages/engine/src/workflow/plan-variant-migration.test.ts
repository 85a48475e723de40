import { describe, expect, it } from 'vitest';
import { planVariantMigration } from './plan-variant-migration.ts';
import { STANDARD_WORKFLOW, withReviewSteps } from './standard-variants.ts';

// Version 2 of the standard flow adds 初审 before verification (a designer's change).
const v2 = { ...withReviewSteps(STANDARD_WORKFLOW, ['初审'], 'standard'), version: 2 };
const identity = Object.fromEntries(Object.keys(STANDARD_WORKFLOW.states).map((s) => [s, s]));

describe('variant migration by explicit state mapping', () => {
  it('accepts a mapping of every old state onto states of the new variant', () => {
    const r = planVariantMigration(STANDARD_WORKFLOW, v2, { ...identity, reported: 'review1' });
    expect(r).toMatchObject({
      ok: true,
      plan: { from: { id: 'standard', version: 1 }, to: { id: 'standard', version: 2 } },
    });
  });

  it('rejects unknown states on either side and old states left unmapped', () => {
    const { rectifying: _left, ...partial } = identity;
    const r = planVariantMigration(STANDARD_WORKFLOW, v2, { ...partial, lost: 'assigned', reported: 'review9' });
    expect(r.ok).toBe(false);
    const messages = r.ok ? [] : r.problems.map((p) => `${p.path} ${p.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^mapping\.reported .*没有状态 review9/),
      expect.stringMatching(/^mapping\.lost .*没有状态 lost/),
      expect.stringMatching(/^mapping\.rectifying .*整改中.*未指定/),
    ]);
  });

  it('rejects a new variant that is not sound, or not a newer version', () => {
    const broken = {
      ...v2,
      states: { ...v2.states, stuck: { label: '卡住', category: 'suspended' as const, on: {} } },
    };
    const r = planVariantMigration(STANDARD_WORKFLOW, broken, identity);
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toContain('to.states.stuck');
    expect(planVariantMigration(STANDARD_WORKFLOW, STANDARD_WORKFLOW, identity)).toMatchObject({
      ok: false,
      problems: [{ path: 'to.version' }],
    });
  });
});
