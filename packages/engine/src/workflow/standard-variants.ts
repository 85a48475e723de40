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
    draft: { label: '草稿', category: 'open', on: { ASSIGN: { target: 'assigned', label: '下达' } } },
    assigned: {
      label: '已下达',
      category: 'open',
      on: {
        REPORT: { target: 'reported', label: '报送', guards: ['hasEvidence'] },
        REOPEN: { target: 'rectifying', label: '回头看整改', guards: ['hasReason'] },
      },
    },
    reported: {
      label: '已报送',
      category: 'inReview',
      on: {
        VERIFY: { target: 'verified', label: '核验通过', guards: ['notOwnUnit'] },
        RETURN: { target: 'assigned', label: '退回', guards: ['hasReason', 'notOwnUnit'] },
      },
    },
    verified: {
      label: '已核验',
      category: 'done',
      on: {
        CLOSE: { target: 'closed', label: '销号', guards: ['notOwnUnit'] },
        REOPEN: { target: 'rectifying', label: '回头看整改', guards: ['hasReason'] },
      },
    },
    rectifying: {
      label: '整改中',
      category: 'rectifying',
      on: { REPORT: { target: 'reported', label: '报送整改情况', guards: ['hasEvidence'] } },
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
  reported.on.VERIFY = { target: names[0] as string, label: `提交${steps[0]}`, guards: ['notOwnUnit'] };
  steps.forEach((label, i) => {
    const next = names[i + 1] ?? verifyTarget;
    states[names[i] as string] = {
      label,
      category: 'inReview',
      on: {
        PASS: { target: next, label: `${label}通过`, guards: ['notOwnUnit'] },
        RETURN: { target: 'assigned', label: `${label}退回`, guards: ['hasReason', 'notOwnUnit'] },
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
    draft: { label: '草稿', category: 'open', on: { ASSIGN: { target: 'assigned', label: '下达' } } },
    assigned: { label: '已下达', category: 'open', on: { REPORT: { target: 'closed', label: '报备' } } },
    closed: { label: '已销号', category: 'closed', final: true },
  },
};

export const STANDARD_VARIANTS = [STANDARD_WORKFLOW, THREE_REVIEWS_WORKFLOW, INFORMATION_ONLY_WORKFLOW];
