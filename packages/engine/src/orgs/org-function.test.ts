import { describe, expect, it } from 'vitest';
import { functionLabelOf, isTownshipOffice } from './org-function.ts';
import { TOWNSHIP_OFFICES } from './township-offices.ts';

describe('what an org does, in words', () => {
  it('names a department by its function', () => {
    expect(functionLabelOf({ level: 'county', kind: 'department', function: 'justice' })).toBe('司法');
    expect(functionLabelOf({ level: 'county', kind: 'office', function: 'office' })).toBe('办公室');
  });

  it('names a township office by the county functions it does the work of', () => {
    const social = { level: 'township', kind: 'department', function: 'socialAffairs' } as const;
    expect(isTownshipOffice(social)).toBe(true);
    expect(functionLabelOf(social)).toMatch(/^卫生健康、民政、教育/);
    // The township's 党政办 shares the key "office" with a county's 政府办公室, but not its label.
    expect(functionLabelOf({ level: 'township', kind: 'office', function: 'office' })).toMatch(/^办公室、网信/);
  });

  it('has a label for every standard township office and none for an org without a function', () => {
    for (const office of TOWNSHIP_OFFICES)
      expect(functionLabelOf({ level: 'township', kind: 'department', function: office.key })).toBeTruthy();
    expect(functionLabelOf({ level: 'township', kind: 'government', function: null })).toBeNull();
    expect(functionLabelOf({ level: 'county', kind: 'department', function: 'noSuchFunction' })).toBeNull();
    expect(isTownshipOffice({ level: 'township', kind: 'government' })).toBe(false);
    expect(isTownshipOffice({ level: 'county', kind: 'department' })).toBe(false);
  });
});
