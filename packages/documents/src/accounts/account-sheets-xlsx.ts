import { ROLE_LABELS, ROLES, type Role } from '@cascade/engine';
import ExcelJS from 'exceljs';
import { addHeaderRow, BORDER, toBytes, WRAP, XLSX_FONT } from '../export/xlsx-style.ts';
import { ACCOUNT_FIELD_LABELS } from './account-sheet-vocabulary.ts';

/** The template's headings: the words the reader looks for first. */
const TEMPLATE_HEADINGS = ['用户名', '姓名', '单位', '角色', '电话'];
const WIDTHS = [18, 14, 30, 12, 18];

function bodyRow(sheet: ExcelJS.Worksheet, values: readonly string[]) {
  const row = sheet.addRow([...values]);
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.font = XLSX_FONT.body;
    cell.border = BORDER;
    cell.alignment = WRAP;
    // Text, not numbers: a phone or an org code keeps its leading zeros and is never a formula.
    cell.numFmt = '@';
  });
  return row;
}

/**
 * The blank template for a bulk import: the header row, one example row in the admin's own org
 * (to be overwritten), the columns formatted as text; a second sheet says what each column takes
 * and lists the roles.
 */
export async function accountTemplateXlsx(example: { orgName: string }): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('账号');
  sheet.columns = WIDTHS.map((width) => ({ width, style: { numFmt: '@' } }));
  addHeaderRow(sheet, TEMPLATE_HEADINGS);
  bodyRow(sheet, ['zhangsan', '张三', example.orgName, ROLE_LABELS.reporter, '0752-6123456']);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];

  const notes = workbook.addWorksheet('填写说明');
  notes.columns = [{ width: 14 }, { width: 80 }];
  addHeaderRow(notes, ['列', '填写要求']);
  const explain: [string, string][] = [
    [
      ACCOUNT_FIELD_LABELS.username,
      '登录用的名字：2–64 位字母、数字、点、下划线或连字符，以字母或数字开头；不能与已有账号重复',
    ],
    [ACCOUNT_FIELD_LABELS.displayName, '使用人的姓名，最多 64 个字'],
    [
      ACCOUNT_FIELD_LABELS.org,
      `单位代码（如 441322、441322-justice）或单位名称（如 ${example.orgName}），须在您管理的范围内`,
    ],
    [ACCOUNT_FIELD_LABELS.role, `${ROLES.map((r: Role) => ROLE_LABELS[r]).join('、')} 之一`],
    [ACCOUNT_FIELD_LABELS.phone, '可不填；只能有数字、空格和 + - ( )'],
    ['', '示例行（张三）请改成实际账号或删除。每个账号的一次性密码在创建后下载，首次登录须设置新密码。'],
  ];
  for (const [column, rule] of explain) bodyRow(notes, [column, rule]);
  return toBytes(workbook);
}

/** A created account with the one-time password to hand over. */
export type OneTimePasswordRow = {
  username: string;
  displayName: string;
  orgName: string;
  role: Role;
  oneTimePassword: string;
};

/**
 * The one-time passwords of accounts just created, to hand over: one row per account. Every value
 * is written as text (a name that starts with "=" is shown, never evaluated).
 */
export async function oneTimePasswordsXlsx(
  rows: readonly OneTimePasswordRow[],
  options: { createdAt: Date; createdBy: string },
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = options.createdAt;
  const sheet = workbook.addWorksheet('一次性密码');
  sheet.columns = [{ width: 18 }, { width: 14 }, { width: 30 }, { width: 12 }, { width: 28 }];
  addHeaderRow(sheet, ['用户名', '姓名', '单位', '角色', '一次性密码']);
  for (const row of rows)
    bodyRow(sheet, [row.username, row.displayName, row.orgName, ROLE_LABELS[row.role], row.oneTimePassword]);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const note = sheet.addRow([]);
  note.getCell(1).value =
    `${options.createdBy} 创建，共 ${rows.length} 个账号。一次性密码只在此文件中，请分别交给本人并妥善保管或销毁此文件；首次登录须设置新密码。`;
  note.getCell(1).font = { ...XLSX_FONT.body, size: 10 };
  return toBytes(workbook);
}
