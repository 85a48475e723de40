import type { WorkflowState, WorkflowVariant } from './workflow-variant.ts';

/**
 * The standard assignment lifecycle (DESIGN.md §4):
 * draft → assigned → reported → verified → closed(销号), reported → assigned when returned
 * with a reason, and the 回头看 loop: verified or unfinished → rectifying → reported → verified.
 */
export const STANDARD_WORKFLOW: WorkflowVariant = {
  id: 'standard',
  name: '标准流程',
  version: 1,
  initial: 'draft',
  states: {
    draft: {
      label: '草稿',
      category: 'open',
      on: { ASSIGN: { target: 'assigned', label: '下达', by: ['planOwner'] } },
    },
    assigned: {
      label: '已下达',
      category: 'open',
      on: {
        REPORT: { target: 'reported', label: '报送', guards: ['hasEvidence'], by: ['assignee'], input: ['evidence'] },
        REOPEN: {
          target: 'rectifying',
          label: '回头看整改',
          guards: ['hasReason'],
          by: ['verifier'],
          input: ['reason'],
        },
      },
    },
    reported: {
      label: '已报送',
      category: 'inReview',
      on: {
        VERIFY: { target: 'verified', label: '核验通过', guards: ['notOwnUnit'], by: ['verifier'] },
        RETURN: {
          target: 'assigned',
          label: '退回',
          guards: ['hasReason', 'notOwnUnit'],
          by: ['verifier'],
          input: ['reason'],
        },
      },
    },
    verified: {
      label: '已核验',
      category: 'done',
      on: {
        CLOSE: { target: 'closed', label: '销号', guards: ['notOwnUnit'], by: ['verifier'] },
        REOPEN: {
          target: 'rectifying',
          label: '回头看整改',
          guards: ['hasReason'],
          by: ['verifier'],
          input: ['reason'],
        },
      },
    },
    rectifying: {
      label: '整改中',
      category: 'rectifying',
      on: {
        REPORT: {
          target: 'reported',
          label: '报送整改情况',
          guards: ['hasEvidence'],
          by: ['assignee'],
          input: ['evidence'],
        },
      },
    },
    closed: { label: '已销号', category: 'closed', final: true },
  },
};

/** Inserts review steps (e.g. 初审 → 复审 → 终审 for 三审三校) between reported and verified. */
export function withReviewSteps(base: WorkflowVariant, steps: readonly string[], id: string): WorkflowVariant {
  if (steps.length === 0) return base;
  const states: Record<string, WorkflowState> = JSON.parse(JSON.stringify(base.states));
  const reported = states.reported;
  if (!reported?.on?.VERIFY)
    throw new Error('the base variant has no reported → VERIFY transition to insert steps into');
  const verifyTarget = reported.on.VERIFY.target;
  const names = steps.map((_, i) => `review${i + 1}`);
  reported.on.VERIFY = {
    target: names[0] as string,
    label: `提交${steps[0]}`,
    guards: ['notOwnUnit'],
    by: ['verifier'],
  };
  steps.forEach((label, i) => {
    const next = names[i + 1] ?? verifyTarget;
    states[names[i] as string] = {
      label,
      category: 'inReview',
      on: {
        PASS: { target: next, label: `${label}通过`, guards: ['notOwnUnit'], by: ['verifier'] },
        RETURN: {
          target: 'assigned',
          label: `${label}退回`,
          guards: ['hasReason', 'notOwnUnit'],
          by: ['verifier'],
          input: ['reason'],
        },
      },
    };
  });
  return { ...base, id, name: `${base.name}（${steps.join('、')}）`, states };
}

/** 三审三校: three review steps before verification. */
export const THREE_REVIEWS_WORKFLOW = withReviewSteps(STANDARD_WORKFLOW, ['初审', '复审', '终审'], 'three-reviews');

/** Information-only items: a report closes the loop without verification. */
export const INFORMATION_ONLY_WORKFLOW: WorkflowVariant = {
  id: 'information-only',
  name: '仅报备',
  version: 1,
  initial: 'draft',
  states: {
    draft: {
      label: '草稿',
      category: 'open',
      on: { ASSIGN: { target: 'assigned', label: '下达', by: ['planOwner'] } },
    },
    assigned: {
      label: '已下达',
      category: 'open',
      on: { REPORT: { target: 'closed', label: '报备', by: ['assignee'] } },
    },
    closed: { label: '已销号', category: 'closed', final: true },
  },
};

/**
 * 申请延期: the standard lifecycle where the unit may ask for more time, with a reason and the
 * date it asks for; the verifying level approves with a new date (the row's due date and light
 * follow) or refuses with a reason. Either way the work goes back to the unit.
 */
export const EXTENSION_WORKFLOW: WorkflowVariant = (() => {
  const states: Record<string, WorkflowState> = JSON.parse(JSON.stringify(STANDARD_WORKFLOW.states));
  const assigned = states.assigned as WorkflowState;
  assigned.on = {
    ...assigned.on,
    REQUEST_EXTENSION: {
      target: 'extensionRequested',
      label: '申请延期',
      by: ['assignee'],
      input: ['reason', 'dueOn'],
    },
  };
  states.extensionRequested = {
    label: '延期待批',
    // The work is still the unit's to do, and its light keeps counting from the old date.
    category: 'open',
    on: {
      APPROVE_EXTENSION: {
        target: 'assigned',
        label: '批准延期',
        guards: ['notOwnUnit'],
        by: ['verifier'],
        input: ['dueOn'],
        effect: 'reschedule',
      },
      REFUSE_EXTENSION: {
        target: 'assigned',
        label: '不予延期',
        guards: ['notOwnUnit'],
        by: ['verifier'],
        input: ['reason'],
      },
    },
  };
  return { id: 'extension', name: '可申请延期', version: 1, initial: 'draft', states };
})();

/**
 * 暂缓 / 中止: the standard lifecycle where the verifying level may pause a task with a reason
 * (the policy changed, the project is waiting on another) and resume it later, or stop it for
 * good (中止, closed with the reason).
 */
export const SUSPENSION_WORKFLOW: WorkflowVariant = (() => {
  const states: Record<string, WorkflowState> = JSON.parse(JSON.stringify(STANDARD_WORKFLOW.states));
  const suspend = { target: 'paused', label: '暂缓', by: ['verifier'], input: ['reason'] } as const;
  for (const name of ['assigned', 'rectifying']) {
    const state = states[name] as WorkflowState;
    state.on = { ...state.on, SUSPEND: { ...suspend, by: [...suspend.by], input: [...suspend.input] } };
  }
  states.paused = {
    label: '暂缓',
    category: 'suspended',
    on: {
      RESUME: { target: 'assigned', label: '恢复执行', by: ['verifier'], input: ['dueOn'], effect: 'reschedule' },
      TERMINATE: { target: 'closed', label: '中止', by: ['verifier'], input: ['reason'] },
    },
  };
  return { id: 'suspension', name: '可暂缓（中止）', version: 1, initial: 'draft', states };
})();

export const STANDARD_VARIANTS = [
  STANDARD_WORKFLOW,
  THREE_REVIEWS_WORKFLOW,
  INFORMATION_ONLY_WORKFLOW,
  EXTENSION_WORKFLOW,
  SUSPENSION_WORKFLOW,
];
