import { describe, expect, it } from 'vitest';
import { parseUnitCell, parseUnitsByRoleCells, parseUnitsInline } from './parse-units.ts';
import type { UnitRef, UnitSelector } from './units-by-role.ts';

const texts = (refs: UnitRef[]) => refs.map((r) => r.text);
const sel = (text: string) => parseUnitCell(text)[0]?.selector;

const COUNTY_WITH_ZONES: UnitSelector = {
  kind: 'childGovernments',
  includeZones: true,
  depth: 1,
  targetLevel: 'county',
};
const TOWNSHIPS: UnitSelector = { kind: 'childGovernments', includeZones: false, depth: 1, targetLevel: 'township' };
const ALL_DEPARTMENTS: UnitSelector = { kind: 'departments', scope: 'all' };
const named = (name: string): UnitSelector => ({ kind: 'namedOrg', name });

describe('惠州 (huizhou-city-2022): one units column with roles inline', () => {
  it('reads "A、B牵头,C按职能分工落实" as lead A, B and responsible C — other departments, by function', () => {
    const u = parseUnitsInline('市政府办公室、市司法局牵头,市直其他单位按职能分工落实', 'responsible');
    expect(u.lead).toEqual([
      { text: '市政府办公室', selector: { kind: 'ownOffice' } },
      { text: '市司法局', selector: named('市司法局') },
    ]);
    expect(u.responsible).toEqual([
      { text: '市直其他单位', selector: { kind: 'departments', scope: 'other', byFunction: true } },
    ]);
    expect(u.cooperate).toEqual([]);
  });

  it('puts runs without a role word in the column role: "各县(区)人民政府(管委会);市直各单位"', () => {
    const u = parseUnitsInline('各县(区)人民政府(管委会);市直各单位', 'responsible');
    expect(u.responsible).toEqual([
      { text: '各县（区）人民政府（管委会）', selector: COUNTY_WITH_ZONES },
      { text: '市直各单位', selector: ALL_DEPARTMENTS },
    ]);
    expect(u.lead).toEqual([]);
  });

  it.each([
    ['各县(区)人民政府(管委会)', [], ['各县（区）人民政府（管委会）']],
    ['市政府办公室、市司法局', [], ['市政府办公室', '市司法局']],
    ['各县(区)人民政府(管委会);市财政局', [], ['各县（区）人民政府（管委会）', '市财政局']],
    [
      '各县(区)人民政府(管委会);市政府办公室、市直各单位',
      [],
      ['各县（区）人民政府（管委会）', '市政府办公室', '市直各单位'],
    ],
    ['各县(区)政府(管委会);市司法局', [], ['各县（区）政府（管委会）', '市司法局']],
    ['各县(区)人民政府(管委会);市直有关单位按职能分工落实', [], ['各县（区）人民政府（管委会）', '市直有关单位']],
    [
      '各县(区)人民政府(管委会);市卫生健康局、市政务服务数据管理局牵头,市直其他单位按职能分工落实',
      ['市卫生健康局', '市政务服务数据管理局'],
      ['各县（区）人民政府（管委会）', '市直其他单位'],
    ],
    [
      '各县(区)人民政府(管委会);市人力资源和社会保障局牵头,市直其他单位按职能分工落实',
      ['市人力资源和社会保障局'],
      ['各县（区）人民政府（管委会）', '市直其他单位'],
    ],
    [
      '各县(区)人民政府(管委会);市教育局、生态环境局、住房和城乡建设局、交通运输局、卫生健康局、国资委等单位按职能分工落实',
      [],
      [
        '各县（区）人民政府（管委会）',
        '市教育局',
        '生态环境局',
        '住房和城乡建设局',
        '交通运输局',
        '卫生健康局',
        '国资委',
      ],
    ],
  ])('reads the cell %s', (cell, lead, responsible) => {
    const u = parseUnitsInline(cell, 'responsible');
    expect(texts(u.lead)).toEqual(lead);
    expect(texts(u.responsible)).toEqual(responsible);
  });

  it('reads 各县(区)政府(管委会) like 各县(区)人民政府(管委会), and 市直有关单位按职能分工落实 as the relevant departments', () => {
    expect(sel('各县(区)政府(管委会)')).toEqual(COUNTY_WITH_ZONES);
    expect(sel('市直有关单位按职能分工落实')).toEqual({ kind: 'departments', scope: 'relevant', byFunction: true });
    expect(sel('市直有关单位')).toEqual({ kind: 'departments', scope: 'relevant' });
  });

  it('keeps 各县、区人民政府(管委会) of the notice whole: 各 spans the list', () => {
    const u = parseUnitCell('各县、区人民政府(管委会),市政府各工作部门、直属机构:');
    expect(texts(u)).toEqual(['各县、区人民政府（管委会）', '市政府各工作部门', '直属机构']);
    expect(u[0]?.selector).toEqual(COUNTY_WITH_ZONES);
    expect(u[1]?.selector).toEqual(ALL_DEPARTMENTS);
    expect(u[2]?.selector).toEqual(ALL_DEPARTMENTS);
  });
});

describe('垫江 (dianjiang-county-2022): lead and responsible columns, broken cells', () => {
  it('reads the two columns of a row into their roles', () => {
    const u = parseUnitsByRoleCells({ lead: '县政府办公室、县委 网信办', responsible: '县政府各部门、各乡 镇(街道)' });
    expect(u.lead).toEqual([
      { text: '县政府办公室', selector: { kind: 'ownOffice' } },
      { text: '县委网信办', selector: named('县委网信办') },
    ]);
    expect(u.responsible).toEqual([
      { text: '县政府各部门', selector: ALL_DEPARTMENTS },
      { text: '各乡镇（街道）', selector: TOWNSHIPS },
    ]);
  });

  it.each([
    ['县政府各部门、各乡镇(街道)', ['县政府各部门', '各乡镇（街道）']],
    ['县政府各部门、各乡镇（街道）', ['县政府各部门', '各乡镇（街道）']],
    ['县政府各部门、各乡镇(街道))', ['县政府各部门', '各乡镇（街道）']], // a stray closing parenthesis
    ['县政府各部门、各乡镇', ['县政府各部门', '各乡镇']],
    ['县税务局、县政府办公室', ['县税务局', '县政府办公室']],
    ['县发展改革委、县住房城乡建委', ['县发展改革委', '县住房城乡建委']],
    ['县商务委、县文化旅游委、县住房城乡建委', ['县商务委', '县文化旅游委', '县住房城乡建委']],
    ['县卫生健康委、县委宣传部（县政府新闻办）', ['县卫生健康委', '县委宣传部（县政府新闻办）']],
    ['县委宣传部(县政府新闻办)、县委网信办', ['县委宣传部（县政府新闻办）', '县委网信办']],
    ['各乡镇(街道)、村委会', ['各乡镇（街道）', '村委会']],
    [
      '县卫生健康委、县教委、县民政局、县人社局、县医保局、县税务局、县招商投资局等县政府部门',
      ['县卫生健康委', '县教委', '县民政局', '县人社局', '县医保局', '县税务局', '县招商投资局'],
    ],
    [
      '县教委、县卫生健康委、县城市管理局、县经济信息委、县生态环境局、县交通局',
      ['县教委', '县卫生健康委', '县城市管理局', '县经济信息委', '县生态环境局', '县交通局'],
    ],
  ])('splits %s into its units', (cell, expected) => {
    expect(texts(parseUnitCell(cell))).toEqual(expected);
  });

  it('reads the selectors of 垫江 phrases', () => {
    expect(sel('县疫情防控工作领导小组成员单位')).toEqual({ kind: 'group', name: '县疫情防控工作领导小组成员单位' });
    expect(sel('各乡镇')).toEqual(TOWNSHIPS);
    // The office with a note in parentheses is still the own office; the 宣传部 with one is a named org.
    expect(sel('县政府办公室(政务服务中心)')).toEqual({ kind: 'ownOffice' });
    expect(sel('县委宣传部（县政府新闻办）')).toEqual(named('县委宣传部（县政府新闻办）'));
    expect(sel('县发展改革委')).toEqual(named('县发展改革委'));
  });

  it('reads the notice addressees: 各乡镇人民政府、街道办事处，县政府各部门，有关单位', () => {
    const u = parseUnitCell('各乡镇人民政府、街道办事处，县政府各部门，有关单位：');
    expect(texts(u)).toEqual(['各乡镇人民政府', '街道办事处', '县政府各部门', '有关单位']);
    expect(u.map((r) => r.selector)).toEqual([
      TOWNSHIPS,
      TOWNSHIPS,
      ALL_DEPARTMENTS,
      { kind: 'departments', scope: 'relevant' },
    ]);
  });

  it('keeps the same unit in both columns when a row names it as lead and responsible', () => {
    const u = parseUnitsByRoleCells({ lead: '县发展改革委', responsible: '县发展改革委' });
    expect(texts(u.lead)).toEqual(['县发展改革委']);
    expect(texts(u.responsible)).toEqual(['县发展改革委']);
  });
});

describe('贵溪 (guixi-city-2021) addressees and units', () => {
  it('reads 各乡(镇)人民政府、街道办事处、林(垦殖、园艺)场, not splitting inside parentheses', () => {
    const u = parseUnitCell('各乡(镇)人民政府、街道办事处、林(垦殖、园艺)场,市政府各部门:');
    expect(texts(u)).toEqual(['各乡（镇）人民政府', '街道办事处', '林（垦殖、园艺）场', '市政府各部门']);
    expect(u[0]?.selector).toEqual(TOWNSHIPS);
    expect(u[3]?.selector).toEqual(ALL_DEPARTMENTS);
  });

  it.each([
    ['市政府办', { kind: 'ownOffice' }],
    ['各乡(镇、街道)', TOWNSHIPS],
    ['市直各单位', ALL_DEPARTMENTS],
    ['贵溪生态环境局', named('贵溪生态环境局')],
    ['市供电分公司', named('市供电分公司')],
  ] as [string, UnitSelector][])('reads %s', (text, selector) => {
    expect(sel(text)).toEqual(selector);
  });
});

describe('other phrases the design names', () => {
  it.each([
    ['各县（市、区）人民政府', { kind: 'childGovernments', includeZones: false, depth: 1, targetLevel: 'county' }],
    ['各乡镇人民政府（街道办事处）', TOWNSHIPS],
    ['县直各部门', ALL_DEPARTMENTS],
    ['县级各部门', ALL_DEPARTMENTS],
    ['市直其他单位', { kind: 'departments', scope: 'other' }],
    ['有关部门', { kind: 'departments', scope: 'relevant' }],
    ['各有关单位', { kind: 'departments', scope: 'relevant' }],
    ['各单位', { kind: 'allUnits' }],
    ['各级各部门', { kind: 'allUnits' }],
    ['相关科(室)', { kind: 'relevantSections' }],
    ['各科室', { kind: 'relevantSections' }],
    ['市政府办公室', { kind: 'ownOffice' }],
    ['县政府办公室', { kind: 'ownOffice' }],
    ['市府办', { kind: 'ownOffice' }],
    ['市人民政府', { kind: 'self' }],
    ['市政府', { kind: 'self' }],
    ['市政数局', named('市政数局')],
    ['县融媒体中心', named('县融媒体中心')],
    ['各市、县（区）人民政府', { kind: 'childGovernments', includeZones: false, depth: 1, targetLevel: 'county' }],
    ['各地级以上市人民政府', { kind: 'childGovernments', includeZones: false, depth: 1, targetLevel: 'city' }],
  ] as [string, UnitSelector][])('%s', (text, selector) => {
    expect(sel(text)).toEqual(selector);
  });

  it('reads role labels and 由…牵头 / …配合 inside one cell', () => {
    const u = parseUnitsInline('由市司法局牵头，各单位配合', 'responsible');
    expect(texts(u.lead)).toEqual(['市司法局']);
    expect(texts(u.cooperate)).toEqual(['各单位']);
    const v = parseUnitsInline('牵头单位：市政府办；配合单位：市财政局、市税务局', 'responsible');
    expect(texts(v.lead)).toEqual(['市政府办']);
    expect(texts(v.cooperate)).toEqual(['市财政局', '市税务局']);
  });

  it('splits on spaces only between complete names', () => {
    expect(texts(parseUnitCell('市政府办公室 市司法局'))).toEqual(['市政府办公室', '市司法局']);
    expect(texts(parseUnitCell('县委 宣传部'))).toEqual(['县委宣传部']);
    expect(texts(parseUnitCell('市 司法局'))).toEqual(['市司法局']);
  });

  it('drops 等 / 等单位 and role words from the names', () => {
    expect(texts(parseUnitCell('市教育局等部门'))).toEqual(['市教育局']);
    expect(texts(parseUnitCell('市司法局牵头'))).toEqual(['市司法局']);
    expect(texts(parseUnitCell(''))).toEqual([]);
    expect(texts(parseUnitCell('、；'))).toEqual([]);
  });
});

describe("a department plan's own words (科室 / 股室 / 局属单位) and role phrases", () => {
  it("reads 各职能科（室）, 机关各科室 and 各股室 as the sections of the plan's owner", () => {
    for (const phrase of ['各职能科（室）', '机关各科室', '各股室', '相关科（室）']) {
      expect(sel(phrase), phrase).toEqual({ kind: 'relevantSections' });
    }
  });

  it("reads 局直属事业单位 and 局属各单位 as all of the department's own units", () => {
    expect(sel('局直属事业单位')).toEqual({ kind: 'departments', scope: 'all' });
    expect(sel('局属各单位')).toEqual({ kind: 'departments', scope: 'all' });
  });

  it('keeps a unit with its 科室 in parentheses as one unit', () => {
    expect(texts(parseUnitCell('区党政办（文秘科、宣传信息科）、区财政局'))).toEqual([
      '区党政办（文秘科、宣传信息科）',
      '区财政局',
    ]);
  });

  it('reads 由X会同Y落实 as X leading with Y cooperating, and 各单位 with 按职责分工落实 as responsible', () => {
    const together = parseUnitsInline('由区司法局会同区财政局、区税务局落实', 'responsible');
    expect(texts(together.lead)).toEqual(['区司法局']);
    expect(texts(together.cooperate)).toEqual(['区财政局', '区税务局']);
    const zone = parseUnitsInline('区综治局牵头，各单位按职责分工落实', 'lead');
    expect(texts(zone.lead)).toEqual(['区综治局']);
    expect(texts(zone.responsible)).toEqual(['各单位']);
  });

  it('names no unit where a cell says 无, 暂无, / or —', () => {
    for (const none of ['无', '暂无', '/', '／', '—', '——']) {
      const units = parseUnitsInline(none, 'responsible');
      expect([...units.lead, ...units.responsible, ...units.cooperate], none).toEqual([]);
    }
  });
});

describe('a units cell read again', () => {
  it('gives the same units each time, in a list of its own, and the units cannot be changed', () => {
    const cell = '市政府办公室、各县（区）人民政府';
    const first = parseUnitCell(cell);
    first.push(first[0] as UnitRef);
    const again = parseUnitCell(cell);
    expect(texts(again)).toEqual(['市政府办公室', '各县（区）人民政府']);
    expect(() => {
      (again[0] as { text: string }).text = '别的单位';
    }).toThrow(TypeError);
    expect(parseUnitCell(`${'市司法局、'.repeat(200)}市政府办公室`).length).toBe(2);
  });
});
