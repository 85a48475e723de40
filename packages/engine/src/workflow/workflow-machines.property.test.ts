import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTransition } from './apply-transition.ts';
import { compileWorkflow } from './compile-workflow.ts';
import { replayTransitions } from './replay-transitions.ts';
import { STANDARD_WORKFLOW, THREE_REVIEWS_WORKFLOW } from './standard-variants.ts';
import type { WorkflowContext, WorkflowEvent, WorkflowVariant } from './workflow-variant.ts';

const unit: WorkflowContext = { orgId: '441322-justice', evidenceRequired: true };
const reporter = { userId: 'u-sfj', orgId: '441322-justice', role: 'reporter' };
const supervisor = { userId: 'u-bl', orgId: '441322', role: 'supervisor' };

/** Every event type a variant names, sent by the right and the wrong actor, with and without reason/evidence. */
function eventsOf(variant: WorkflowVariant): fc.Arbitrary<WorkflowEvent> {
  const types = [...new Set(Object.values(variant.states).flatMap((s) => Object.keys(s.on ?? {})))];
  return fc.record({
    type: fc.constantFrom(...types, 'BOGUS'),
    actor: fc.constantFrom(reporter, supervisor),
    reason: fc.option(fc.constantFrom('退回补充', '回头看', ' '), { nil: undefined }),
    evidence: fc.option(fc.constant([{ name: '截图.png' }]), { nil: undefined }),
  }) as fc.Arbitrary<WorkflowEvent>;
}

/** The states a variant's own transitions can reach: what "no illegal state" means for it. */
function legalSteps(variant: WorkflowVariant): Set<string> {
  return new Set(
    Object.entries(variant.states).flatMap(([from, s]) => Object.values(s.on ?? {}).map((t) => `${from}→${t.target}`)),
  );
}

describe.each([STANDARD_WORKFLOW, THREE_REVIEWS_WORKFLOW])('random event sequences on $id', (variant) => {
  const workflow = compileWorkflow(variant);
  const steps = legalSteps(variant);
  const units = fc.array(fc.array(eventsOf(variant), { maxLength: 30 }), { minLength: 1, maxLength: 6 });

  it('takes only transitions the variant defines, replays the log to the live state, and rolls up to a recount', () => {
    fc.assert(
      fc.property(units, (perUnit) => {
        // Several assignments, each driven by its own random events; the roll-up moves with each step.
        const rollup = new Map<string, number>([[variant.initial, perUnit.length]]);
        const finalStates: string[] = [];
        for (const sequence of perUnit) {
          let state = variant.initial;
          const log: WorkflowEvent[] = [];
          for (const event of sequence) {
            const r = applyTransition(workflow, state, unit, event);
            if (!r.ok) {
              expect(['notAllowed', 'guard']).toContain(r.reason);
              continue;
            }
            expect(steps.has(`${state}→${r.to}`), `${state} → ${r.to}`).toBe(true);
            rollup.set(state, (rollup.get(state) ?? 0) - 1);
            rollup.set(r.to, (rollup.get(r.to) ?? 0) + 1);
            state = r.to;
            log.push(event);
          }
          expect(replayTransitions(workflow, unit, log)).toEqual({ state });
          finalStates.push(state);
        }
        const recount = new Map<string, number>();
        for (const s of finalStates) recount.set(s, (recount.get(s) ?? 0) + 1);
        const nonZero = (m: Map<string, number>) => [...m].filter(([, n]) => n !== 0).sort();
        expect(nonZero(rollup)).toEqual(nonZero(recount));
      }),
      { numRuns: 200 },
    );
  });
});
