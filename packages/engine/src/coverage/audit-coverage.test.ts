import { describe, expect, it } from 'vitest';
import { auditCoverage } from './audit-coverage.ts';

describe('auditCoverage (逐项对照)', () => {
  it('classifies every addressed parent item and allows publishing when nothing is missing', () => {
    const audit = auditCoverage(
      ['3.', '4.', '5.', '6.'],
      [
        { sourceLabel: '3.', status: 'inherited' },
        { sourceLabel: '4.', status: 'localized' },
        { sourceLabel: '5.', status: 'overridden' },
        { sourceLabel: '6.', status: 'notApplicable', justification: '本县无涉农补贴发放任务' },
        { sourceLabel: null, status: 'added' },
      ],
    );
    expect(audit.rows.map((r) => r.state)).toEqual(['covered', 'covered', 'modified', 'dropped']);
    expect(audit.counts).toEqual({ covered: 2, modified: 1, dropped: 1, missing: 0 });
    expect(audit.canPublish).toBe(true);
  });

  it('refuses publishing with a missing item or a drop without a reason, and says which', () => {
    const audit = auditCoverage(['3.', '4.'], [{ sourceLabel: '4.', status: 'notApplicable', justification: ' ' }]);
    expect(audit.canPublish).toBe(false);
    expect(audit.problems).toEqual(['上级第 3. 项未落实到本级计划', '上级第 4. 项标为不适用，但未说明理由']);
  });
});
