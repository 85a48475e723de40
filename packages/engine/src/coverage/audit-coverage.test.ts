import { describe, expect, it } from 'vitest';
import { auditCoverage } from './audit-coverage.ts';

describe('auditCoverage (逐项对照)', () => {
  it('classifies every addressed parent item and allows publishing when nothing is missing', () => {
    const audit = auditCoverage(
      ['3.', '4.', '5.', '6.'],
      [
        { sourceLabel: '3.', status: 'inherited' },
        { sourceLabel: '4.', status: 'localized' },
        { sourceLabel: '5.', status: 'overridden', justification: '县里结合实际提前完成' },
        { sourceLabel: '6.', status: 'notApplicable', justification: '本县无涉农补贴发放任务' },
        { sourceLabel: null, status: 'added' },
      ],
    );
    expect(audit.rows.map((r) => r.state)).toEqual(['covered', 'covered', 'modified', 'dropped']);
    // The reason travels with an adjusted item as with a dropped one (理由).
    expect(audit.rows.map((r) => r.justification)).toEqual([
      undefined,
      undefined,
      '县里结合实际提前完成',
      '本县无涉农补贴发放任务',
    ]);
    expect(audit.counts).toEqual({ covered: 2, modified: 1, dropped: 1, missing: 0 });
    expect(audit.canPublish).toBe(true);
  });

  it('does not require a reason for an adjusted item, nor show a reason on a covered one', () => {
    const audit = auditCoverage(
      ['3.', '4.'],
      [
        { sourceLabel: '3.', status: 'overridden', justification: '  ' },
        { sourceLabel: '4.', status: 'inherited', justification: '旧理由' },
      ],
    );
    expect(audit.rows).toEqual([
      { sourceLabel: '3.', state: 'modified' },
      { sourceLabel: '4.', state: 'covered' },
    ]);
    expect(audit.canPublish).toBe(true);
  });

  it('refuses publishing with a missing item or a drop without a reason, and says which', () => {
    const audit = auditCoverage(['3.', '4.'], [{ sourceLabel: '4.', status: 'notApplicable', justification: ' ' }]);
    expect(audit.canPublish).toBe(false);
    expect(audit.problems).toEqual(['上级第 3. 项未落实到本级计划', '上级第 4. 项标为不适用，但未说明理由']);
  });
});
