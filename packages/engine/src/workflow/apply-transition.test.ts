import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTransition } from './apply-transition.ts';
import { compileWorkflow } from './compile-workflow.ts';
import { INFORMATION_ONLY_WORKFLOW, STANDARD_WORKFLOW, THREE_REVIEWS_WORKFLOW } from './standard-variants.ts';
import type { WorkflowContext, WorkflowEvent, WorkflowVariant } from './workflow-variant.ts';

const standard = compileWorkflow(STANDARD_WORKFLOW);
const unit: WorkflowContext = { orgId: '441322-justice', evidenceRequired: true };
const reporter = { userId: 'u-sfj', orgId: '441322-justice', role: 'reporter' };
const supervisor = { userId: 'u-bl', orgId: '441322', role: 'supervisor' };
const evidence = [{ name: '公开栏照片.jpg' }];

const ev = (type: string, actor = supervisor, extra: Partial<WorkflowEvent> = {}): WorkflowEvent => ({
  type,
  actor,
  ...extra,
});

describe('standard assignment lifecycle', () => {
  // Every transition of the standard variant, with the event that takes it.
  const legal: [string, WorkflowEvent, string][] = [
    ['draft', ev('ASSIGN'), 'assigned'],
    ['assigned', ev('REPORT', reporter, { evidence }), 'reported'],
    ['assigned', ev('REOPEN', supervisor, { reason: '回头看：未完成' }), 'rectifying'],
    ['reported', ev('VERIFY'), 'verified'],
    ['reported', ev('RETURN', supervisor, { reason: '佐证不全' }), 'assigned'],
    ['verified', ev('CLOSE'), 'closed'],
    ['verified', ev('REOPEN', supervisor, { reason: '回头看抽查发现问题' }), 'rectifying'],
    ['rectifying', ev('REPORT', reporter, { evidence }), 'reported'],
  ];
  it.each(legal)('%s --%o--> %s', (from, event, to) => {
    expect(applyTransition(standard, from, unit, event)).toMatchObject({ ok: true, from, to });
  });

  it('covers every transition the variant defines', () => {
    const defined = Object.values(STANDARD_WORKFLOW.states).reduce((n, s) => n + Object.keys(s.on ?? {}).length, 0);
    expect(legal).toHaveLength(defined);
  });

  it('refuses a report without evidence when evidence is required, and accepts it when not', () => {
    expect(applyTransition(standard, 'assigned', unit, ev('REPORT', reporter))).toMatchObject({
      ok: false,
      reason: 'guard',
      guard: 'hasEvidence',
    });
    const noEvidenceNeeded = { ...unit, evidenceRequired: false };
    expect(applyTransition(standard, 'assigned', noEvidenceNeeded, ev('REPORT', reporter)).ok).toBe(true);
  });

  it('refuses a return without a reason', () => {
    const r = applyTransition(standard, 'reported', unit, ev('RETURN', supervisor, { reason: '  ' }));
    expect(r).toMatchObject({ ok: false, guard: 'hasReason' });
    expect(r.ok ? '' : r.message).toContain('理由');
  });

  it('never lets a unit verify or return its own report', () => {
    expect(applyTransition(standard, 'reported', unit, ev('VERIFY', reporter))).toMatchObject({
      ok: false,
      guard: 'notOwnUnit',
    });
    expect(applyTransition(standard, 'reported', unit, ev('RETURN', reporter, { reason: 'x' }))).toMatchObject({
      ok: false,
      guard: 'notOwnUnit',
    });
  });

  it('refuses events the state does not accept, and unknown states', () => {
    expect(applyTransition(standard, 'draft', unit, ev('VERIFY'))).toMatchObject({ ok: false, reason: 'notAllowed' });
    expect(applyTransition(standard, 'closed', unit, ev('REOPEN', supervisor, { reason: 'x' }))).toMatchObject({
      ok: false,
      reason: 'notAllowed',
    });
    expect(applyTransition(standard, 'lost', unit, ev('ASSIGN'))).toMatchObject({ ok: false, reason: 'unknownState' });
  });
});

describe('designed variants', () => {
  it('三审三校 passes 初审, 复审 and 终审 before verification, and each can return', () => {
    const three = compileWorkflow(THREE_REVIEWS_WORKFLOW);
    let state = 'reported';
    for (const expected of ['review1', 'review2', 'review3']) {
      const r = applyTransition(three, state, unit, ev(state === 'reported' ? 'VERIFY' : 'PASS'));
      expect(r).toMatchObject({ ok: true, to: expected });
      state = expected;
    }
    expect(applyTransition(three, state, unit, ev('PASS'))).toMatchObject({ ok: true, to: 'verified' });
    expect(
      applyTransition(three, 'review2', unit, ev('RETURN', supervisor, { reason: '数据口径不一致' })),
    ).toMatchObject({
      ok: true,
      to: 'assigned',
    });
  });

  it('information-only items close on report', () => {
    const info = compileWorkflow(INFORMATION_ONLY_WORKFLOW);
    expect(applyTransition(info, 'assigned', unit, ev('REPORT', reporter))).toMatchObject({ ok: true, to: 'closed' });
  });

  it('a rule guard from the template decides a transition', () => {
    const variant = JSON.parse(JSON.stringify(STANDARD_WORKFLOW)) as WorkflowVariant;
    variant.states.verified!.on!.CLOSE!.guards = [
      { rule: '通报需审批', condition: { all: [{ fact: 'headApproved', operator: 'equal', value: true }] } },
    ];
    const wf = compileWorkflow(variant);
    expect(applyTransition(wf, 'verified', unit, ev('CLOSE'))).toMatchObject({ ok: false, guard: '通报需审批' });
    expect(applyTransition(wf, 'verified', unit, ev('CLOSE', supervisor, { headApproved: true })).ok).toBe(true);
  });
});

describe('random event sequences (property)', () => {
  const events = fc.constantFrom(
    ev('ASSIGN'),
    ev('REPORT', reporter, { evidence }),
    ev('REPORT', reporter),
    ev('VERIFY'),
    ev('VERIFY', reporter),
    ev('RETURN', supervisor, { reason: '退回' }),
    ev('RETURN', supervisor),
    ev('CLOSE'),
    ev('REOPEN', supervisor, { reason: '回头看' }),
  );
  it('only ever reaches defined states, and replaying the accepted events rebuilds the same state', () => {
    fc.assert(
      fc.property(fc.array(events, { maxLength: 40 }), (sequence) => {
        let state = STANDARD_WORKFLOW.initial;
        const accepted: WorkflowEvent[] = [];
        for (const event of sequence) {
          const r = applyTransition(standard, state, unit, event);
          if (r.ok) {
            state = r.to;
            accepted.push(event);
          }
          expect(Object.keys(STANDARD_WORKFLOW.states)).toContain(state);
        }
        let replayed = STANDARD_WORKFLOW.initial;
        for (const event of accepted) {
          const r = applyTransition(standard, replayed, unit, event);
          expect(r.ok).toBe(true);
          if (r.ok) replayed = r.to;
        }
        expect(replayed).toBe(state);
      }),
    );
  });
});
