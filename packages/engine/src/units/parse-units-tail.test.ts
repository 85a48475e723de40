import { describe, expect, it } from 'vitest';
import { parseUnitsTail } from './parse-units-tail.ts';
import type { UnitRef } from './units-by-role.ts';

const texts = (refs: UnitRef[] | undefined) => (refs ?? []).map((r) => r.text);

/** Every 〔…〕 tail of guixi-city-2021.txt, with the lead and responsible units it names. */
const GUIXI_TAILS: [string, string[], string[]][] = [
  ['〔牵头单位∶市政府办、市司法局;责任单位∶各乡(镇、街道)〕', ['市政府办', '市司法局'], ['各乡（镇、街道）']],
  [
    '〔牵头单位∶市政府办、市发改委、贵溪生态环境局、市民政局;责任单位∶市直各单位,各乡(镇、街道)〕',
    ['市政府办', '市发改委', '贵溪生态环境局', '市民政局'],
    ['市直各单位', '各乡（镇、街道）'],
  ],
  [
    '〔牵头单位∶市政府办、市大数据中心、市融媒体中心;责任单位∶市直各单位,各乡(镇、街道)〕',
    ['市政府办', '市大数据中心', '市融媒体中心'],
    ['市直各单位', '各乡（镇、街道）'],
  ],
  [
    '〔牵头单位∶市政府办、市网信中心、市公安局、市委信访局、市融媒体中心、市行政审批局; 责任单位∶市直各单位,各乡(镇、街道)〕',
    ['市政府办', '市网信中心', '市公安局', '市委信访局', '市融媒体中心', '市行政审批局'],
    ['市直各单位', '各乡（镇、街道）'],
  ],
  [
    '〔牵头单位∶市发改委、市自然资源局;责任单位∶市直各单位,各乡(镇、街道)〕',
    ['市发改委', '市自然资源局'],
    ['市直各单位', '各乡（镇、街道）'],
  ],
  [
    '〔牵头单位∶市市场监管局、市司法局;责任单位∶市直各单位,各乡(镇、街道)〕',
    ['市市场监管局', '市司法局'],
    ['市直各单位', '各乡（镇、街道）'],
  ],
  [
    '〔牵头单位∶贵溪生态环境局、市水利局、市发改委;责任单位∶市直各单位,各乡(镇、街道)〕',
    ['贵溪生态环境局', '市水利局', '市发改委'],
    ['市直各单位', '各乡（镇、街道）'],
  ],
  [
    '〔牵头单位∶市政府办、市财政局;责任单位∶市直各单位,各乡(镇、街道)〕',
    ['市政府办', '市财政局'],
    ['市直各单位', '各乡（镇、街道）'],
  ],
  ['〔牵头单位∶市卫健委;责任单位∶市直各单位,各乡(镇、街道)〕', ['市卫健委'], ['市直各单位', '各乡（镇、街道）']],
  [
    '〔牵头单位∶市政府办、市大数据中心;责任单位∶市直各单位,各乡(镇、街道)〕',
    ['市政府办', '市大数据中心'],
    ['市直各单位', '各乡（镇、街道）'],
  ],
  [
    '〔牵头单位∶市政府办、市大数据中心、市行政审批局;责任单位∶市直各单位,各乡(镇、街道)〕',
    ['市政府办', '市大数据中心', '市行政审批局'],
    ['市直各单位', '各乡（镇、街道）'],
  ],
  [
    '〔责任单位∶市大数据中心、市教体局、市卫健委、市住建局、市城管局、贵溪生态环境局、市交通运输局、市供电分公司〕',
    [],
    ['市大数据中心', '市教体局', '市卫健委', '市住建局', '市城管局', '贵溪生态环境局', '市交通运输局', '市供电分公司'],
  ],
  ['〔牵头单位∶市政府办;责任单位:市直各单位,各乡(镇、街道)〕', ['市政府办'], ['市直各单位', '各乡（镇、街道）']],
  [
    '〔牵头单位∶市政府办,市融媒体中心;责任单位∶市大数据中心、市直各单位,各乡(镇、街道)〕',
    ['市政府办', '市融媒体中心'],
    ['市大数据中心', '市直各单位', '各乡（镇、街道）'],
  ],
  [
    '〔牵头单位∶市政府办、市司法局;责任单位∶市大数据中心,市直各单位,各乡(镇、街道)〕',
    ['市政府办', '市司法局'],
    ['市大数据中心', '市直各单位', '各乡（镇、街道）'],
  ],
  [
    '〔牵头单位∶市政府办、市大数据中心、市人社局; 责任单位∶市直各单位,各乡(镇、街道)〕',
    ['市政府办', '市大数据中心', '市人社局'],
    ['市直各单位', '各乡（镇、街道）'],
  ],
];

describe('parseUnitsTail: the 〔牵头单位∶…；责任单位∶…〕 annotation of a prose paragraph', () => {
  it.each(GUIXI_TAILS)('reads the 贵溪 tail %s', (tail, lead, responsible) => {
    const r = parseUnitsTail(`推进决策过程公开,扩大公众参与。${tail}`);
    expect(r?.rest).toBe('推进决策过程公开,扩大公众参与。');
    expect(texts(r?.units.lead)).toEqual(lead);
    expect(texts(r?.units.responsible)).toEqual(responsible);
    expect(r?.units.cooperate).toEqual([]);
  });

  it('gives 各乡(镇、街道) the township selector and 市政府办 the own office', () => {
    const r = parseUnitsTail('…。〔牵头单位∶市政府办;责任单位∶市直各单位,各乡(镇、街道)〕');
    expect(r?.units.lead[0]?.selector).toEqual({ kind: 'ownOffice' });
    expect(r?.units.responsible[1]?.selector).toEqual({
      kind: 'childGovernments',
      includeZones: false,
      depth: 1,
      targetLevel: 'township',
    });
  });

  it('accepts （…） and 【…】 brackets, any of ∶ : ：, a closing 。, and 配合单位', () => {
    const r = parseUnitsTail('加强培训。（牵头单位：市政府办；责任单位：市直各单位；配合单位：市财政局）。');
    expect(r?.rest).toBe('加强培训。');
    expect(texts(r?.units.cooperate)).toEqual(['市财政局']);
    const s = parseUnitsTail('加强培训【统筹单位:市政府办;协助单位∶市税务局】');
    expect(texts(s?.units.lead)).toEqual(['市政府办']);
    expect(texts(s?.units.cooperate)).toEqual(['市税务局']);
  });

  it('keeps nested parentheses inside a （…） tail', () => {
    const r = parseUnitsTail('公开。（责任单位：各县(区)人民政府(管委会)、市直各单位）');
    expect(texts(r?.units.responsible)).toEqual(['各县（区）人民政府（管委会）', '市直各单位']);
    expect(r?.rest).toBe('公开。');
  });

  it('reads a bracket of units with inline role words ("（市司法局牵头，市直各单位配合）")', () => {
    const r = parseUnitsTail('规范执法公开。（市司法局牵头，市直各单位配合）');
    expect(texts(r?.units.lead)).toEqual(['市司法局']);
    expect(texts(r?.units.cooperate)).toEqual(['市直各单位']);
  });

  it('returns a 完成时限 in the same bracket as another part, not as a unit', () => {
    const r = parseUnitsTail('…〔牵头单位∶市政府办;完成时限∶2022年底前〕');
    expect(texts(r?.units.lead)).toEqual(['市政府办']);
    expect(texts(r?.units.responsible)).toEqual([]);
    expect(r?.others).toEqual([{ label: '完成时限', text: '2022年底前' }]);
  });

  it('says null for a paragraph without a units annotation, or with an ordinary remark in brackets', () => {
    expect(parseUnitsTail('没有单位的段落。')).toBeNull();
    expect(parseUnitsTail('现将《垫江县 2022 年政务公开工作要点任务分工》(以下简称《任务分工》)')).toBeNull();
    expect(parseUnitsTail('（此件公开发布）')).toBeNull();
    expect(parseUnitsTail('〔完成时限∶2022年底前〕')).toBeNull();
    expect(parseUnitsTail('')).toBeNull();
    expect(parseUnitsTail('）')).toBeNull();
  });
});
