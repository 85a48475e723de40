import { type Said, sayText, type TraceNote } from '@cascade/engine';
import { describe, expect, it } from 'vitest';
import { readTrace, storedTrace } from './trace-column.ts';

const said: Said = { kind: 'ownOffice', params: { unit: '各镇（街道）', child: '石坝镇' } };
const step: TraceNote = {
  field: 'responsible',
  rule: 'unit:childGovernments→ownOffice',
  fact: sayText(said),
  say: said,
};

describe('a trace as stored', () => {
  it('leaves out the Chinese sentence its words say, and reads it back the same', () => {
    const [stored] = storedTrace([step]);
    expect(stored).not.toHaveProperty('fact');
    expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(step).length);
    expect(readTrace(storedTrace([step]))).toEqual([step]);
  });

  it('keeps a sentence it could not say again: a step from before `say`, or one whose fact differs', () => {
    const old: TraceNote = { field: 'inclusion', rule: 'applicability:unitReachesChild', fact: '博罗县属于责任单位' };
    const edited: TraceNote = { ...step, fact: '另有说明' };
    expect(storedTrace([old, edited])).toEqual([old, edited]);
    expect(readTrace(storedTrace([old, edited]))).toEqual([old, edited]);
  });
});
