import { describe, expect, it } from 'vitest';
import { DEPARTMENT_FUNCTIONS, findFunctionByName } from './department-functions.ts';
import { renderDepartmentName } from './department-names.ts';

const boluo = { name: '博罗县', level: 'county' as const, divisionType: '县' };
const huicheng = { name: '惠城区', level: 'county' as const, divisionType: '区' };
const huizhou = { name: '惠州市', level: 'city' as const, divisionType: '市' };
const guangdong = { name: '广东省', level: 'province' as const, divisionType: '省' };
const guixi = { name: '贵溪市', level: 'county' as const, divisionType: '县级市' };

describe('department function dictionary', () => {
  it('has at least 30 functions with unique keys', () => {
    expect(DEPARTMENT_FUNCTIONS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(DEPARTMENT_FUNCTIONS.map((d) => d.key)).size).toBe(DEPARTMENT_FUNCTIONS.length);
  });

  it.each([
    ['市卫生健康局', 'health'],
    ['县卫健委', 'health'],
    ['广东省卫生健康委员会', 'health'],
    ['区司法局', 'justice'],
    ['省司法厅', 'justice'],
    ['市政数局', 'govServiceData'],
    ['市政务服务数据管理局', 'govServiceData'],
    ['市发展改革委', 'development'],
    ['县发改局', 'development'],
    ['市政府办公室', 'office'],
    ['市府办', 'office'],
    ['博罗县人民政府办公室', 'office'],
    ['市委网信办', 'cyberspace'],
    ['县融媒体中心', 'media'],
    ['市住房城乡建设局', 'housing'],
    ['市人力资源和社会保障局', 'hrss'],
    ['市市场监管局', 'marketRegulation'],
  ])('reads %s as %s', (name, key) => {
    expect(findFunctionByName(name)).toBe(key);
  });

  it('knows no function for a government or a selector', () => {
    expect(findFunctionByName('各县(区)人民政府')).toBeUndefined();
    expect(findFunctionByName('市直各单位')).toBeUndefined();
  });
});

describe('renderDepartmentName', () => {
  it('names a department by level: 厅 for a province, 局 below', () => {
    expect(renderDepartmentName('justice', guangdong)).toEqual({ name: '广东省司法厅', shortName: '省司法厅' });
    expect(renderDepartmentName('justice', huizhou)).toEqual({ name: '惠州市司法局', shortName: '市司法局' });
    expect(renderDepartmentName('justice', boluo)).toEqual({ name: '博罗县司法局', shortName: '县司法局' });
    expect(renderDepartmentName('justice', huicheng)).toEqual({ name: '惠城区司法局', shortName: '区司法局' });
    expect(renderDepartmentName('justice', guixi)).toEqual({ name: '贵溪市司法局', shortName: '市司法局' });
  });

  it('names the government office: 办公厅 for a province, 办公室 below', () => {
    expect(renderDepartmentName('office', guangdong).shortName).toBe('省政府办公厅');
    expect(renderDepartmentName('office', huizhou)).toEqual({
      name: '惠州市人民政府办公室',
      shortName: '市政府办公室',
    });
    expect(renderDepartmentName('office', boluo).shortName).toBe('县政府办公室');
  });

  it('every rendered name is read back as its own function', () => {
    for (const d of DEPARTMENT_FUNCTIONS) {
      for (const gov of [guangdong, huizhou, boluo, huicheng]) {
        const { name, shortName } = renderDepartmentName(d.key, gov);
        expect([findFunctionByName(name), findFunctionByName(shortName)], `${name} / ${shortName}`).toEqual([
          d.key,
          d.key,
        ]);
      }
    }
  });
});
