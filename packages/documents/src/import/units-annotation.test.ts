import { describe, expect, it } from 'vitest';
import { isDeadlineLine, isUnitsLine, readUnitsAnnotation } from './units-annotation.ts';

const texts = (refs: { text: string }[] | undefined) => refs?.map((u) => u.text);

describe('readUnitsAnnotation', () => {
  it("reads 贵溪's 〔牵头单位∶…;责任单位∶…〕 and returns the paragraph without it", () => {
    const a = readUnitsAnnotation('扩大公众参与。〔牵头单位∶市政府办、市司法局;责任单位∶各乡(镇、街道)〕');
    expect(a?.rest).toBe('扩大公众参与。');
    expect(texts(a?.units.lead)).toEqual(['市政府办', '市司法局']);
    expect(texts(a?.units.responsible)).toEqual(['各乡（镇、街道）']);
  });

  it('takes a 完成时限 inside the annotation as the deadline, not as a unit', () => {
    const a = readUnitsAnnotation('公开补贴发放结果。（责任单位：财政所；完成时限：2022年12月31日前）');
    expect(texts(a?.units.responsible)).toEqual(['财政所']);
    expect(a?.deadlineText).toBe('2022年12月31日前');
  });

  it('reads labelled parts separated by a comma as well: the 完成时限 after 牵头单位：…，', () => {
    const a = readUnitsAnnotation('做好依申请公开。（牵头单位：市司法局，完成时限：2023年年底前）');
    expect(texts(a?.units.lead)).toEqual(['市司法局']);
    expect(a?.deadlineText).toBe('2023年年底前');
    const b = readUnitsAnnotation('扩大公众参与。〔牵头单位∶市政府办，责任单位∶各乡(镇、街道)〕');
    expect(texts(b?.units.lead)).toEqual(['市政府办']);
    expect(texts(b?.units.responsible)).toEqual(['各乡（镇、街道）']);
  });

  it('reads an annotation without brackets after the last sentence', () => {
    const a = readUnitsAnnotation('做好政策解读。责任单位：党政办；配合单位：各村（居）委会');
    expect(a?.rest).toBe('做好政策解读。');
    expect(texts(a?.units.responsible)).toEqual(['党政办']);
    expect(texts(a?.units.cooperate)).toEqual(['各村（居）委会']);
  });

  it('finds nothing in a paragraph that only mentions units', () => {
    expect(readUnitsAnnotation('市大数据中心要定期组织开展技术培训。')).toBeNull();
  });
});

describe('lines of a table copied as text', () => {
  it.each([
    '市政府办公室、市司法局',
    '各县(区)人民政府(管委会);市直各单位',
    '相关科(室)',
    '市政府办公室、市司法局牵头,市直其他单位按职能分工落实',
  ])('"%s" is a units line', (text) => expect(isUnitsLine(text)).toBe(true));

  it.each(['2022年底前', '2022年9月前', '按各自文件规定的时间节点完成', '长期', '每个季度'])(
    '"%s" is a deadline line',
    (text) => {
      expect(isDeadlineLine(text)).toBe(true);
      expect(isUnitsLine(text)).toBe(false);
    },
  );

  it('a sentence is neither', () => {
    const text = '各单位、各部门要将本要点落实情况纳入政府信息公开工作年度报告予以公开,接受社会监督。';
    expect(isUnitsLine(text)).toBe(false);
    expect(isDeadlineLine(text)).toBe(false);
  });
});

describe('a measure broken onto the next line is not a units line', () => {
  it.each([
    '依托政府信息公开平台,完善全市各级行政规章库建设',
    '市直各单位要依托政府信息公开平台',
    '推进全市政务公开平台建设',
  ])('"%s"', (text) => expect(isUnitsLine(text)).toBe(false));
});
