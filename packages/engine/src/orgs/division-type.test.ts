import { describe, expect, it } from 'vitest';
import { cityDivisionType, countyDivision, provinceDivisionType, selfWord, townshipDivision } from './division-type.ts';

describe('division types', () => {
  it('tells provinces, municipalities and autonomous regions apart', () => {
    expect(provinceDivisionType('44', '广东省')).toBe('省');
    expect(provinceDivisionType('50', '重庆市')).toBe('直辖市');
    expect(provinceDivisionType('45', '广西壮族自治区')).toBe('自治区');
  });

  it('reads city-level types', () => {
    expect(cityDivisionType('惠州市')).toBe('市');
    expect(cityDivisionType('延边朝鲜族自治州')).toBe('自治州');
    expect(cityDivisionType('阿里地区')).toBe('地区');
  });

  it('reads county-level types, zones by their GB/T 2260 series', () => {
    expect(countyDivision('441322', '博罗县')).toEqual({ divisionType: '县', kind: 'government' });
    expect(countyDivision('441302', '惠城区')).toEqual({ divisionType: '区', kind: 'government' });
    expect(countyDivision('360681', '贵溪市')).toEqual({ divisionType: '县级市', kind: 'government' });
    expect(countyDivision('130171', '石家庄高新技术产业开发区')).toEqual({ divisionType: '开发区', kind: 'zone' });
    expect(countyDivision('152921', '阿拉善左旗')).toEqual({ divisionType: '旗', kind: 'government' });
  });

  it('reads township-level types', () => {
    expect(townshipDivision('441322001', '罗阳街道')).toEqual({ divisionType: '街道', kind: 'government' });
    expect(townshipDivision('441322100', '石坝镇')).toEqual({ divisionType: '镇', kind: 'government' });
    expect(townshipDivision('441322570', '罗浮山管理区')).toEqual({ divisionType: '其他', kind: 'zone' });
  });

  it('gives the word a government calls itself by', () => {
    expect(['县', '区', '县级市', '市', '省', '街道'].map(selfWord)).toEqual(['县', '区', '市', '市', '省', '街道']);
  });
});
