import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../import/import-error.ts';
import { AccountSheetError } from './account-sheet-error.ts';
import { accountTemplateXlsx, oneTimePasswordsXlsx } from './account-sheets-xlsx.ts';
import { readAccountSheet } from './read-account-sheet.ts';

async function workbookOf(fill: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void) {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('账号'), workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('reading an uploaded .xlsx of accounts', () => {
  it('reads the template back as its example account', async () => {
    const sheet = await readAccountSheet(await accountTemplateXlsx({ orgName: '博罗县' }));
    expect(sheet.rows).toMatchObject([
      {
        row: 2,
        username: 'zhangsan',
        displayName: '张三',
        org: '博罗县',
        role: 'reporter',
        phone: '0752-6123456',
        errors: [],
      },
    ]);
  });

  it('reads numbers as text, a formula as the value Excel showed, and passes over a 说明 sheet first', async () => {
    const bytes = await workbookOf((sheet, workbook) => {
      workbook.removeWorksheet(sheet.id);
      const notes = workbook.addWorksheet('说明');
      notes.addRow(['角色', '管理员、方案起草…']);
      const list = workbook.addWorksheet('名单');
      list.addRow(['序号', '姓名', '登录名', '单位代码', '角色', '手机']);
      list.addRow([1, '李四', 'li4', 441322, '管理员', 13800000000]);
      list.addRow([2, '王五', { formula: 'LOWER("WANG5")', result: 'wang5' }, '441322', '报送', '']);
      list.addRow([3, { formula: 'A1', result: undefined }, 'nobody', '441322', '报送', '']);
    });
    const sheet = await readAccountSheet(bytes);
    expect(sheet.rows.map((r) => [r.row, r.username, r.displayName, r.org, r.role, r.phone, r.errors.length])).toEqual([
      [2, 'li4', '李四', '441322', 'admin', '13800000000', 0],
      [3, 'wang5', '王五', '441322', 'reporter', '', 0],
      [4, 'nobody', '', '441322', 'reporter', '', 1],
    ]);
  });

  it('refuses what is not an account list, and what is not a workbook, in words', async () => {
    const notAccounts = await workbookOf((sheet) => sheet.addRow(['惠州市2022年政务公开工作要点']));
    await expect(readAccountSheet(notAccounts)).rejects.toBeInstanceOf(AccountSheetError);
    await expect(readAccountSheet(new TextEncoder().encode('用户名,姓名\n'))).rejects.toBeInstanceOf(ImportError);
  });

  it('writes the one-time passwords as text cells, one row per account', async () => {
    const bytes = await oneTimePasswordsXlsx(
      [{ username: 'li4', displayName: '=1+1', orgName: '博罗县', role: 'admin', oneTimePassword: 'abc-DEF_123' }],
      { createdAt: new Date('2022-06-01T00:00:00Z'), createdBy: '博罗县 管理员' },
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    const sheet = workbook.getWorksheet('一次性密码') as ExcelJS.Worksheet;
    expect(sheet.getRow(1).values).toEqual([undefined, '用户名', '姓名', '单位', '角色', '一次性密码']);
    expect(sheet.getRow(2).values).toEqual([undefined, 'li4', '=1+1', '博罗县', '管理员', 'abc-DEF_123']);
  });
});
