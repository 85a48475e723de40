import { describe, expect, it } from 'vitest';
import { describeChanges, guidingUnitsOf, partnersOf, splitUnits, type TraceNote } from './describe-changes.ts';

/** 石坝镇's task 24 as derived from 博罗县's task 26 (issue #21): the county's bureau guides, the 镇 acts. */
const TOWNSHIP: TraceNote[] = [
  {
    field: 'inclusion',
    rule: 'applicability:unitReachesChild',
    fact: '石坝镇（township）属于“各镇（街道、管委会）”',
    from: 'responsible',
  },
  { field: 'text', rule: 'localize:levelWords', fact: '石坝镇 自称“镇”', from: '全县', to: '全镇' },
  { field: 'text', rule: 'localize:levelWords', fact: '石坝镇 自称“镇”', from: '县直', to: '镇直' },
  {
    field: 'lead',
    rule: 'unit:superiorGuides',
    fact: '博罗县人力资源和社会保障局是上级单位，对石坝镇负指导责任；本级由石坝镇社会事务办公室承担',
    from: '博罗县人力资源和社会保障局',
    to: '石坝镇社会事务办公室',
  },
  {
    field: 'responsible',
    rule: 'unit:childGovernments→ownOffice',
    fact: '石坝镇 是各镇（街道、管委会）之一',
    from: '各镇（街道、管委会）',
    to: '石坝镇党政综合办公室',
  },
  {
    field: 'guidedBy',
    rule: 'localize:superiorUnitsGuide',
    fact: '上级单位对石坝镇负指导责任，不列为本级责任单位',
    to: '博罗县人力资源和社会保障局、博罗县人民政府办公室',
  },
  { field: 'deadline', rule: 'deadline:sameAsParent', fact: '无提前规则', to: '2022-12-31' },
  { field: 'label', rule: 'numbering:ownOutline', fact: '本级方案按自身大纲编号', from: '26.', to: '24.' },
];

describe('what changed at this level, in words', () => {
  it('says the number first, then the wording, the units, the guiding units — each with why', () => {
    expect(describeChanges(TOWNSHIP)).toEqual([
      '编号：上级第26项，本级第24项（本级方案按自身大纲编号）',
      '用语：全县→全镇、县直→镇直（石坝镇自称“镇”）',
      '牵头单位：博罗县人力资源和社会保障局 → 石坝镇社会事务办公室（博罗县人力资源和社会保障局是上级单位，对石坝镇负指导责任；本级由石坝镇社会事务办公室承担）',
      '责任单位：各镇（街道、管委会） → 石坝镇党政综合办公室（石坝镇是各镇（街道、管委会）之一）',
      '指导单位：博罗县人力资源和社会保障局、博罗县人民政府办公室（上级单位对石坝镇负指导责任，不列为本级责任单位）',
    ]);
  });

  it('says a task became support (配合) with the reason, and a deadline moved', () => {
    const changes = describeChanges([
      {
        field: 'cooperate',
        rule: 'capability:pressConferences',
        fact: '本级不举办新闻发布会，配合上级单位做好发布（任务提及“新闻发布会”，规则“不举办新闻发布会的单位配合上级发布”）',
        to: '石坝镇党政综合办公室、各办（中心）、各站所',
      },
      {
        field: 'deadline',
        rule: 'deadline:before',
        fact: '提前 10 个工作日',
        from: '2022-12-31',
        to: '2022-12-16',
        cites: '粤府办〔2022〕17号 第3项',
      },
    ]);
    expect(changes).toEqual([
      '改为配合：本级不举办新闻发布会，配合上级单位做好发布（任务提及“新闻发布会”，规则“不举办新闻发布会的单位配合上级发布”）',
      '时限：2022年12月31日 → 2022年12月16日（提前 10 个工作日；依据粤府办〔2022〕17号 第3项）',
    ]);
  });

  it('gathers a department’s 协同单位 in one sentence and names the 股室 that takes the task', () => {
    const trace: TraceNote[] = [
      {
        field: 'responsible',
        rule: 'unit:peer→partner',
        fact: '博罗县人民政府办公室不是博罗县司法局的股室，列为协同单位',
        from: '博罗县人民政府办公室',
        to: '',
      },
      {
        field: 'responsible',
        rule: 'unit:peer→partner',
        fact: '各镇（街道、管委会）不是博罗县司法局的股室，列为协同单位',
        from: '各镇（街道、管委会）',
        to: '',
      },
      {
        field: 'responsible',
        rule: 'unit:ownSections',
        fact: '博罗县司法局 属于“博罗县司法局”；分解时指定',
        from: '博罗县司法局',
        to: '普法与依法治理股',
      },
    ];
    expect(describeChanges(trace)).toEqual([
      '协同单位：博罗县人民政府办公室、各镇（街道、管委会）（不是博罗县司法局的股室，列为协同单位）',
      '责任单位：博罗县司法局 → 普法与依法治理股（博罗县司法局属于“博罗县司法局”；分解时指定）',
    ]);
    expect(partnersOf(trace)).toEqual(['博罗县人民政府办公室', '各镇（街道、管委会）']);
  });

  it('has nothing to say of an item inherited as written, and reads stored steps with empty from/to', () => {
    expect(
      describeChanges([
        {
          field: 'inclusion',
          rule: 'applicability:unitReachesChild',
          fact: '博罗县（county）属于“各县（区）”',
          from: '',
        },
        { field: 'deadline', rule: 'deadline:sameAsParent', fact: '无提前规则', from: '', to: '2022-12-31' },
        { field: 'responsible', rule: 'unit:peer', fact: '本级其他单位，原样继承', from: '县财政局', to: '县财政局' },
      ]),
    ).toEqual([]);
  });

  it('says why a rule of the template took the task on', () => {
    expect(
      describeChanges([{ field: 'inclusion', rule: 'rule:山区县', fact: '博罗县（county/县）满足“山区县承接”' }]),
    ).toEqual(['承接：博罗县（county/县）满足“山区县承接”']);
  });

  it('reads the guiding units back from the trace, keeping 、 inside parentheses', () => {
    expect(guidingUnitsOf(TOWNSHIP)).toEqual(['博罗县人力资源和社会保障局', '博罗县人民政府办公室']);
    expect(splitUnits('博罗县卫生健康局、各镇（街道、管委会）')).toEqual(['博罗县卫生健康局', '各镇（街道、管委会）']);
    expect(guidingUnitsOf([])).toEqual([]);
  });
});
