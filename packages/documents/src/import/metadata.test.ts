import { describe, expect, it } from 'vitest';
import type { Line, TextLine } from './block.ts';
import { findPlanTitle, readBasis, readMetadata } from './metadata.ts';

const lines = (...texts: string[]): Line[] => texts.map((text, i) => ({ n: i + 1, text }));
const textLines = (...texts: string[]): TextLine[] => texts.map((text, i) => ({ line: i + 1, text }));

describe('findPlanTitle', () => {
  it("takes the plan's own title, not the notice's title broken over lines", () => {
    const title = findPlanTitle(
      lines(
        '惠州市人民政府办公室关于印发惠州市',
        '',
        '2022年政务公开重点工作任务',
        '',
        '分工方案的通知',
        '正文',
        '惠州市2022年政务公开重点工作任务分工方案',
      ),
    );
    expect(title?.text).toBe('惠州市2022年政务公开重点工作任务分工方案');
  });

  it('finds none when only the notice is there', () => {
    expect(findPlanTitle(lines('某某县人民政府办公室关于印发某某县2022年政务公开工作要点的通知'))).toBeNull();
  });
});

describe('readMetadata', () => {
  it('reads a Chinese-numeral signature date, a 文号 with other brackets and the signing office', () => {
    const meta = readMetadata(textLines('龙府[2022]7号', '龙华镇人民政府', '二〇二二年七月五日'), [], null);
    expect(meta).toMatchObject({ docNumber: '龙府〔2022〕7号', issuer: '龙华镇人民政府', issuedOn: '2022-07-05' });
  });

  it("prefers the web page's fields (发布机构, 成文日期, 文号)", () => {
    const meta = readMetadata(
      textLines(
        '发布机构: 惠州市人民政府办公室',
        '成文日期: 2022-06-18',
        '文  号: 惠府办函〔2022〕68号',
        '发布日期: 2022-06-21',
      ),
      [],
      null,
    );
    expect(meta).toMatchObject({
      issuer: '惠州市人民政府办公室',
      issuedOn: '2022-06-18',
      docNumber: '惠府办函〔2022〕68号',
    });
  });

  it("without a title line, takes the plan named in the notice, then the notice's 关于印发…的通知", () => {
    expect(readMetadata(textLines('现将《某县2022年政务公开工作要点》印发给你们。'), [], null).title).toBe(
      '某县2022年政务公开工作要点',
    );
    expect(
      readMetadata(textLines('某县人民政府办公室关于印发某县2022年政务公开任务清单的通知'), [], null),
    ).toMatchObject({
      title: '某县2022年政务公开任务清单',
      issuer: '某县人民政府办公室',
    });
  });

  it('reads a signature at the end of the document when the head has none', () => {
    const meta = readMetadata([], textLines('某县人民政府办公室', '2022年6月6日'), null);
    expect(meta).toMatchObject({ issuer: '某县人民政府办公室', issuedOn: '2022-06-06' });
  });
});

describe('readBasis', () => {
  it('reads every cited document with its 文号, in order', () => {
    const basis = readBasis(
      '根据《国务院办公厅关于印发 2022 年政务公开工作要点的通知》(国办发〔2022〕8号)和《重庆市人民政府办公厅关于印发…的通知》（渝府办发〔2022〕59号）精神，现将《垫江县任务分工》印发',
    );
    expect(basis).toEqual([
      { title: '国务院办公厅关于印发2022年政务公开工作要点的通知', docNumber: '国办发〔2022〕8号' },
      { title: '重庆市人民政府办公厅关于印发…的通知', docNumber: '渝府办发〔2022〕59号' },
    ]);
  });
});

describe('metadata in other shapes', () => {
  it('joins a plan title broken over two lines', () => {
    expect(findPlanTitle(lines('龙门县2022年政务公开重点工作', '任务分工方案'))?.text).toBe(
      '龙门县2022年政务公开重点工作任务分工方案',
    );
  });

  it('reads 【发文字号】 fields and a citation with 以下简称 inside the parentheses', () => {
    const meta = readMetadata(
      textLines(
        '【发文字号】河府办函〔2022〕41号',
        '根据《国务院办公厅关于印发2022年政务公开工作要点的通知》（国办发〔2022〕8号，以下简称《工作要点》）',
      ),
      [],
      null,
    );
    expect(meta.docNumber).toBe('河府办函〔2022〕41号');
    expect(meta.basis).toEqual([
      { title: '国务院办公厅关于印发2022年政务公开工作要点的通知', docNumber: '国办发〔2022〕8号' },
    ]);
  });
});
