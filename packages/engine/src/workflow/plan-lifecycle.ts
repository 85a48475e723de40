import type { WorkflowVariant } from './workflow-variant.ts';

/**
 * A plan's own lifecycle, expressed with the same variant machinery as assignments:
 * draft → published → executing → closed. Publishing a derived plan needs its coverage audit
 * clean (逐项对照: no parent item missing without a justification) — a rule guard over the
 * `missingItems` fact the caller supplies.
 */
export const PLAN_LIFECYCLE: WorkflowVariant = {
  id: 'plan',
  name: '计划生命周期',
  version: 1,
  initial: 'draft',
  states: {
    draft: {
      label: '草稿',
      category: 'open',
      on: {
        PUBLISH: {
          target: 'published',
          label: '发布',
          guards: [
            {
              rule: '逐项对照无缺项',
              condition: { all: [{ fact: 'missingItems', operator: 'lessThanInclusive', value: 0 }] },
            },
          ],
        },
      },
    },
    published: {
      label: '已发布',
      category: 'open',
      on: {
        START: { target: 'executing', label: '开始执行' },
        REVISE: { target: 'draft', label: '修订（发布新版本）' },
      },
    },
    executing: {
      label: '执行中',
      category: 'open',
      on: {
        REVISE: { target: 'draft', label: '修订（补充通知）' },
        CLOSE: { target: 'closed', label: '年度收官' },
      },
    },
    closed: { label: '已结束', category: 'closed', final: true },
  },
};
