import { type Said, type SaidKind, sayText, TRACE_WORDS, type TraceNote } from '@cascade/engine';
import fc from 'fast-check';
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
  it('leaves out the Chinese sentence its words say and the keys, and reads it back the same', () => {
    const [stored] = storedTrace([step]);
    expect(stored).toEqual(['responsible', 'unit:childGovernments→ownOffice', null, null, 'ownOffice', said.params]);
    const { fact: _fact, ...withoutFact } = step;
    expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(withoutFact).length * 0.8);
    expect(readTrace(storedTrace([step]))).toEqual([step]);
  });

  it('reads back every step it stores, whatever parts it has', () => {
    const word = fc.oneof(fc.string(), fc.integer());
    const anyStep = fc.record(
      {
        field: fc.constantFrom<TraceNote['field']>('inclusion', 'label', 'responsible', 'deadline'),
        rule: fc.string(),
        from: fc.string(),
        to: fc.string(),
        cites: fc.string(),
        kind: fc.constantFrom(...(Object.keys(TRACE_WORDS) as SaidKind[])),
        params: fc.dictionary(fc.string({ minLength: 1 }), word),
        fact: fc.option(fc.string(), { nil: undefined }),
      },
      { requiredKeys: ['field', 'rule', 'kind'] },
    );
    fc.assert(
      fc.property(fc.array(anyStep, { maxLength: 6 }), (drawn) => {
        const trace: TraceNote[] = drawn.map(({ kind, params, fact, ...rest }) => {
          const say: Said = params ? { kind, params } : { kind };
          return { ...rest, say, fact: fact ?? sayText(say) };
        });
        const stored = JSON.parse(JSON.stringify(storedTrace(trace)));
        expect(readTrace(stored)).toEqual(trace);
      }),
    );
  });

  it('reads steps stored as objects before the tuples, and keeps a step with a part it does not know as one', () => {
    const { fact: _fact, ...object } = step;
    expect(readTrace([object])).toEqual([step]);
    const later = { ...step, weight: 2 } as TraceNote;
    const [stored] = storedTrace([later]);
    expect(stored).toEqual({ field: step.field, rule: step.rule, say: said, weight: 2 });
    expect(readTrace([stored as never])).toEqual([later]);
  });

  it('keeps a sentence it could not say again: a step from before `say`, or one whose fact differs', () => {
    const old: TraceNote = { field: 'inclusion', rule: 'applicability:unitReachesChild', fact: '博罗县属于责任单位' };
    const edited: TraceNote = { ...step, fact: '另有说明' };
    expect(storedTrace([old, edited])).toEqual([
      old,
      ['responsible', 'unit:childGovernments→ownOffice', null, null, 'ownOffice', said.params, null, '另有说明'],
    ]);
    expect(readTrace(storedTrace([old, edited]))).toEqual([old, edited]);
  });
});
