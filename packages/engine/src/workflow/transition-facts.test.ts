import { describe, expect, it } from 'vitest';
import { compileWorkflow } from './compile-workflow.ts';
import { TRANSITION_FACTS, transitionFacts } from './transition-facts.ts';

describe('transition facts', () => {
  it('evaluates every fact the designer offers', () => {
    const facts = transitionFacts(
      { orgId: 'u', evidenceRequired: false },
      { type: 'REPORT', actor: { userId: 'a', orgId: 'u', role: 'reporter' }, evidence: [{ name: 'x.pdf' }] },
    );
    for (const f of TRANSITION_FACTS) expect(facts, f.name).toHaveProperty(f.name);
    expect(facts).toMatchObject({ evidenceCount: 1, hasReason: false, actorRole: 'reporter' });
  });

  it('lets a rule guard over them refuse a step', () => {
    const { checkGuard } = compileWorkflow({
      id: 'x',
      name: 'x',
      version: 1,
      initial: 'a',
      states: { a: { label: 'A', category: 'open' } },
    });
    const guard = {
      rule: '至少两件佐证',
      condition: { all: [{ fact: 'evidenceCount', operator: 'greaterThanInclusive' as const, value: 2 }] },
    };
    const actor = { userId: 'a', orgId: 'u', role: 'reporter' };
    const context = { orgId: 'u', evidenceRequired: true };
    expect(checkGuard(guard, context, { type: 'REPORT', actor, evidence: [{ name: '1' }] })).toBe(false);
    expect(checkGuard(guard, context, { type: 'REPORT', actor, evidence: [{ name: '1' }, { name: '2' }] })).toBe(true);
  });
});
