import { describe, expect, it } from 'vitest';
import { assertDistinctKeys } from './assert-distinct-keys.ts';
import { DESK_EN, DESK_ZH } from './desk.ts';
import { EDITOR_EN, EDITOR_ZH } from './editor.ts';
import { LEDGER_EN, LEDGER_ZH } from './ledger.ts';
import { OUTLINE_EN, OUTLINE_ZH } from './outline.ts';
import { REVIEW_EN, REVIEW_ZH } from './review.ts';
import { RULES_EN, RULES_ZH } from './rules.ts';
import { SIGN_INS_EN, SIGN_INS_ZH } from './sign-ins.ts';
import { UPSTREAM_EN, UPSTREAM_ZH } from './upstream.ts';
import { WORKFLOW_EN, WORKFLOW_ZH } from './workflow.ts';

describe('the dictionary tables', () => {
  it('refuses a key defined in two tables, naming both', () => {
    expect(() => assertDistinctKeys({ a: { 'x.y': '一' }, b: { 'x.y': '二' } })).toThrow('x.y (a, b)');
  });

  it('define each key once, in Chinese and in English alike', () => {
    const zh = {
      DESK_ZH,
      EDITOR_ZH,
      LEDGER_ZH,
      OUTLINE_ZH,
      REVIEW_ZH,
      RULES_ZH,
      SIGN_INS_ZH,
      UPSTREAM_ZH,
      WORKFLOW_ZH,
    };
    const en = {
      DESK_EN,
      EDITOR_EN,
      LEDGER_EN,
      OUTLINE_EN,
      REVIEW_EN,
      RULES_EN,
      SIGN_INS_EN,
      UPSTREAM_EN,
      WORKFLOW_EN,
    };
    expect(() => assertDistinctKeys(zh)).not.toThrow();
    expect(() => assertDistinctKeys(en)).not.toThrow();
    for (const [name, table] of Object.entries(zh))
      expect(Object.keys(en[name.replace('_ZH', '_EN') as keyof typeof en]).sort(), name).toEqual(
        Object.keys(table).sort(),
      );
  });
});
