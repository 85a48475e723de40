import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatUnits, parseUnitCell, parseUnitsByRoleCells, parseUnitsInline, parseUnitsTail } from './parse-units.ts';

const texts = (refs: { text: string }[]) => refs.map((r) => r.text);

describe('unit phrases from the seed documents', () => {
  it('reads 惠州 cells with roles inline', () => {
    const u = parseUnitsInline('市政府办公室、市司法局牵头,市直其他单位按职能分工落实', 'responsible');
    expect(texts(u.lead)).toEqual(['市政府办公室', '市司法局']);
    expect(texts(u.responsible)).toEqual(['市直其他单位']);
    expect(u.responsible[0]?.selector).toEqual({ kind: 'departments', scope: 'other' });
  });

  it('reads 各县(区)人民政府(管委会) as the county-level governments, zones included', () => {
    const u = parseUnitsInline('各县(区)人民政府(管委会);市直各单位', 'responsible');
    expect(texts(u.responsible)).toEqual(['各县（区）人民政府（管委会）', '市直各单位']);
    expect(u.responsible[0]?.selector).toEqual({
      kind: 'childGovernments',
      includeZones: true,
      depth: 1,
      targetLevel: 'county',
    });
    expect(u.responsible[1]?.selector).toEqual({ kind: 'departments', scope: 'all' });
  });

  it('drops 等单位 and keeps each named department', () => {
    const u = parseUnitsInline(
      '各县(区)人民政府(管委会);市教育局、生态环境局、卫生健康局、国资委等单位按职能分工落实',
      'responsible',
    );
    expect(texts(u.responsible)).toEqual([
      '各县（区）人民政府（管委会）',
      '市教育局',
      '生态环境局',
      '卫生健康局',
      '国资委',
    ]);
    expect(u.responsible[1]?.selector).toEqual({ kind: 'namedOrg', name: '市教育局' });
  });

  it('reads 垫江 lead and responsible columns, mending broken names', () => {
    const u = parseUnitsByRoleCells({ lead: '县政府办公室、县委 网信办', responsible: '县政府各部门、各乡 镇(街道)' });
    expect(texts(u.lead)).toEqual(['县政府办公室', '县委网信办']);
    expect(u.lead[0]?.selector).toEqual({ kind: 'ownOffice' });
    expect(texts(u.responsible)).toEqual(['县政府各部门', '各乡镇（街道）']);
    expect(u.responsible[1]?.selector).toMatchObject({ kind: 'childGovernments', targetLevel: 'township' });
    expect(parseUnitCell('县疫情防控工作领导小组成员单位')[0]?.selector).toEqual({
      kind: 'group',
      name: '县疫情防控工作领导小组成员单位',
    });
  });

  it('reads a 贵溪 tail and returns the text without it', () => {
    const r = parseUnitsTail(
      '推进决策过程公开,扩大公众参与。〔牵头单位∶市政府办、市司法局;责任单位∶市直各单位,各乡(镇、街道)〕',
    );
    expect(r?.rest).toBe('推进决策过程公开,扩大公众参与。');
    expect(texts(r!.units.lead)).toEqual(['市政府办', '市司法局']);
    expect(texts(r!.units.responsible)).toEqual(['市直各单位', '各乡（镇、街道）']);
    expect(r!.units.responsible[1]?.selector).toMatchObject({ kind: 'childGovernments', targetLevel: 'township' });
    expect(parseUnitsTail('没有单位的段落。')).toBeNull();
  });

  it('reads a tail with only 责任单位 and a half-width colon', () => {
    const r = parseUnitsTail('…公开。〔牵头单位∶市政府办;责任单位:市直各单位,各乡(镇、街道)〕');
    expect(texts(r!.units.responsible)).toEqual(['市直各单位', '各乡（镇、街道）']);
  });

  it('reads selectors for other common phrases', () => {
    const sel = (t: string) => parseUnitCell(t)[0]?.selector.kind;
    expect(sel('市政府')).toBe('self');
    expect(sel('市府办')).toBe('ownOffice');
    expect(sel('市直有关单位')).toBe('departments');
    expect(sel('各单位')).toBe('allUnits');
    expect(sel('相关科(室)')).toBe('relevantSections');
  });

  it('property: never throws, and formatting then parsing again is stable', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const first = parseUnitCell(s);
        expect(texts(parseUnitCell(formatUnits(first)))).toEqual(texts(first));
        parseUnitsInline(s, 'lead');
        parseUnitsTail(s);
      }),
    );
  });
});

describe('normalizing written units', () => {
  it('drops 等…部门 and closing parentheses that close nothing', () => {
    expect(texts(parseUnitCell('县医保局、县招商投资局等县政府部门'))).toEqual(['县医保局', '县招商投资局']);
    expect(texts(parseUnitCell('县政府各部门、各乡镇(街道))'))).toEqual(['县政府各部门', '各乡镇（街道）']);
  });
});
