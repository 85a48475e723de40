import { describe, expect, it } from 'vitest';
import { ISSUED_STATE } from './assignment-states.ts';
import { STANDARD_VARIANTS, STANDARD_WORKFLOW } from './standard-variants.ts';
import { checkIssuedState, validateWorkflow } from './validate-workflow.ts';
import type { WorkflowVariant } from './workflow-variant.ts';

function edit(change: (v: WorkflowVariant) => void): WorkflowVariant {
  const v = JSON.parse(JSON.stringify(STANDARD_WORKFLOW)) as WorkflowVariant;
  change(v);
  return v;
}

describe('validateWorkflow', () => {
  it.each(STANDARD_VARIANTS.map((v) => [v.name, v] as const))('accepts the built-in variant %s', (_, variant) => {
    expect(validateWorkflow(variant)).toEqual([]);
  });

  it('names a transition to a state that does not exist', () => {
    const v = edit((v) => {
      v.states.reported!.on!.VERIFY!.target = 'approved';
    });
    expect(validateWorkflow(v)).toEqual([
      { path: 'states.reported.on.VERIFY.target', message: expect.stringContaining('approved') },
    ]);
  });

  it('refuses a state whose category is not one of the known meanings, naming it', () => {
    const v = edit((v) => {
      (v.states.verified as { category: string }).category = 'finished';
    });
    expect(validateWorkflow(v)).toEqual([
      {
        path: 'states.verified.category',
        message: '状态“已核验”的类别 finished 未知（应为 open、inReview、done、rectifying、closed、suspended）',
      },
    ]);
  });

  it('finds a state that cannot be reached from the start', () => {
    const v = edit((v) => {
      v.states.archived = { label: '已归档', category: 'closed', on: { CLOSE: { target: 'closed', label: '销号' } } };
    });
    expect(validateWorkflow(v)).toEqual([{ path: 'states.archived', message: '状态“已归档”从起点无法到达' }]);
  });

  it('finds a dead end: a state from which no final state can be reached', () => {
    const v = edit((v) => {
      v.states.verified!.on = { REOPEN: { target: 'stuck', label: '挂起' } };
      v.states.stuck = { label: '挂起', category: 'suspended' };
    });
    const paths = validateWorkflow(v).map((p) => p.path);
    expect(paths).toContain('states.stuck');
    expect(paths).toContain('states.verified');
  });

  it('refuses unknown guards and a final state with transitions', () => {
    const v = edit((v) => {
      v.states.assigned!.on!.REPORT!.guards = ['hasEvidense' as never];
      v.states.closed!.on = { REOPEN: { target: 'assigned', label: '重开' } };
    });
    expect(validateWorkflow(v).map((p) => p.path)).toEqual(['states.assigned.on.REPORT.guards[0]', 'states.closed.on']);
  });
});

describe('checkIssuedState', () => {
  it('asks a variant tasks run on for the state rows are issued in', () => {
    expect(checkIssuedState(STANDARD_WORKFLOW)).toEqual([]);
    const { [ISSUED_STATE]: _issued, ...rest } = STANDARD_WORKFLOW.states;
    expect(checkIssuedState({ states: rest })[0]?.message).toContain('下达');
  });
});
