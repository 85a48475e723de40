import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../readers/read-docx.ts';
import { exportSupervisionNoticeDocx } from './export-supervision-notice-docx.ts';

const notice = {
  kind: 'notice' as const,
  docNumber: '博督〔2022〕3号',
  issuerName: '博罗县',
  unitName: '博罗县司法局',
  issuedOn: '2022-10-10',
  answerDueOn: '2022-10-17',
  requirement: '请你单位接此通知后及时签收，并于2022年10月17日前答复。',
  tasks: [{ label: '1.', text: '建设规章库', dueOn: '2022-09-28', redWorkingDays: 5 }],
};

describe('exportSupervisionNoticeDocx', () => {
  it('prints the 文号, title, addressee, task, answer day and issuer on a GB/T 9704 page', async () => {
    const bytes = await exportSupervisionNoticeDocx(notice);
    const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(xml).toContain('w:top="2098"');
    expect(xml).toContain('w:color w:val="FF0000"'); // the red masthead and rule
    const text = await readDocx(bytes);
    for (const words of [
      '博督〔2022〕3号',
      '督办通知书',
      '博罗县司法局：',
      '建设规章库（方案第1项，完成时限：2022年9月28日，已逾期5个工作日）',
      '答复时限：2022年10月17日前。',
      '2022年10月10日',
      '签收回执',
    ])
      expect(text).toContain(words);
  });

  it('titles a 约谈 as 约谈通知书 and fills the 回执 once answered', async () => {
    const bytes = await exportSupervisionNoticeDocx({
      ...notice,
      kind: 'interview',
      docNumber: '博督约〔2022〕1号',
      signedBy: '博罗县司法局 报送员',
      signedAt: '2022-10-11T02:00:00Z',
      answerText: '补齐规章库栏目',
      rectifyBy: '2022-11-30',
    });
    const text = await readDocx(bytes);
    expect(text).toContain('约谈通知书');
    expect(text).toContain('签收人：博罗县司法局 报送员');
    expect(text).toContain('整改完成时限：2022年11月30日');
  });
});
