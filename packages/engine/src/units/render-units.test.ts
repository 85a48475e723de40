import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUnitCell, parseUnitsInline } from './parse-units.ts';
import { parseUnitsTail } from './parse-units-tail.ts';
import { formatUnitRef, formatUnits, renderUnitsByRole } from './render-units.ts';

/** Words unit cells are made of, so generated cells look like real ones and hit every branch. */
const WORDS = [
  '市政府办公室',
  '市司法局',
  '县委',
  '网信办',
  '各县',
  '区',
  '人民政府',
  '（管委会）',
  '(街道)',
  '各乡镇',
  '市直',
  '其他',
  '有关',
  '各',
  '单位',
  '部门',
  '牵头',
  '按职能分工落实',
  '配合',
  '等',
  '由',
  '牵头单位：',
  '责任单位∶',
  '、',
  '，',
  ';',
  ' ',
  '(',
  ')',
  '）',
  '〔',
  '〕',
  '领导小组成员单位',
  '相关科(室)',
  '县政府办公室(政务服务中心)',
];
const cells = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ maxLength: 30, unit: 'binary' }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join('')),
);

describe('rendering units back to text', () => {
  it('prints the 惠州 style inline and the 贵溪 style labelled', () => {
    const units = parseUnitsInline('市政府办公室、市司法局牵头,市直其他单位按职能分工落实', 'responsible');
    expect(renderUnitsByRole(units, 'inline')).toBe('市政府办公室、市司法局牵头，市直其他单位按职能分工落实');
    expect(renderUnitsByRole(units)).toBe('牵头单位：市政府办公室、市司法局；责任单位：市直其他单位按职能分工落实');
    expect(formatUnits(units.lead)).toBe('市政府办公室、市司法局');
    expect(formatUnitRef(units.responsible[0]!)).toBe('市直其他单位');
    expect(renderUnitsByRole({ lead: [], responsible: [], cooperate: [] })).toBe('');
  });

  it('property: parsing never throws on any input', () => {
    fc.assert(
      fc.property(cells, (s) => {
        parseUnitCell(s);
        parseUnitsInline(s, 'lead');
        parseUnitsTail(s);
        parseUnitsTail(`段落。〔${s}〕`);
      }),
      { numRuns: 500 },
    );
  });

  it('property: parse ∘ format is stable for cells, inline and labelled units', () => {
    fc.assert(
      fc.property(cells, (s) => {
        const refs = parseUnitCell(s);
        expect(parseUnitCell(formatUnits(refs))).toEqual(refs);
        const inline = parseUnitsInline(s, 'responsible');
        expect(parseUnitsInline(renderUnitsByRole(inline, 'inline'), 'responsible')).toEqual(inline);
        const tail = parseUnitsTail(`段落。〔${renderUnitsByRole(inline)}〕`);
        if (inline.lead.length + inline.responsible.length + inline.cooperate.length > 0) {
          expect(tail?.units).toEqual(inline);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('unit phrases: bad input', () => {
  it('reads huge cells in linear time without throwing', () => {
    for (const text of [
      '市政府办公室、'.repeat(20_000),
      `${'（'.repeat(40_000)}市司法局`,
      `牵头单位：${'各县（区）人民政府（管委会）；'.repeat(10_000)}`,
      '<script>window.__xss=1</script>'.repeat(4_000),
    ]) {
      const started = Date.now();
      parseUnitCell(text);
      parseUnitsInline(text, 'lead');
      parseUnitsTail(`段落。〔${text}〕`);
      expect(Date.now() - started, text.slice(0, 12)).toBeLessThan(5_000);
    }
  });
});
