import { z } from 'zod';
import { roleSchema } from './auth.contract.ts';

export const accountImportFieldSchema = z
  .enum(['username', 'displayName', 'org', 'role', 'phone'])
  .meta({ id: 'AccountImportField' });

/** One fault of a row, naming the field: 缺少单位, “经理”不是可用的角色…, 用户名已被使用. */
export const accountImportErrorSchema = z.object({ field: accountImportFieldSchema, message: z.string() });

/** One row of the sheet as the preview shows it: what it asks for, where it lands, what is wrong. */
export const accountImportRowSchema = z
  .object({
    /** The row number in the sheet, as Excel shows it. */
    row: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    /** The org cell as written (a code or a name). */
    org: z.string(),
    /** The org it names within the admin's subtree; null when it names none. */
    orgId: z.string().nullable(),
    orgFullName: z.string().nullable(),
    role: roleSchema.nullable(),
    /** The role cell as written. */
    roleText: z.string(),
    phone: z.string(),
    /** Empty when the row can be created. */
    errors: z.array(accountImportErrorSchema),
  })
  .meta({ id: 'AccountImportRow' });
export type AccountImportRowDto = z.infer<typeof accountImportRowSchema>;

/** POST /api/account-import/preview: the sheet read and checked; nothing is written. */
export const accountImportPreviewSchema = z
  .object({
    fileName: z.string(),
    /** The row the headings were found in. */
    headerRow: z.number().int(),
    /** The heading each field was read from, as written. */
    columns: z.record(z.string(), z.string()),
    /** Headings of columns that were not read. */
    ignoredColumns: z.array(z.string()),
    rows: z.array(accountImportRowSchema),
    summary: z.object({ total: z.number().int(), valid: z.number().int(), invalid: z.number().int() }),
  })
  .meta({
    id: 'AccountImportPreview',
    example: {
      fileName: '博罗县账号.xlsx',
      headerRow: 1,
      columns: { username: '用户名', displayName: '姓名', org: '单位', role: '角色', phone: '电话' },
      ignoredColumns: ['备注'],
      rows: [
        {
          row: 2,
          username: 'bl-justice-li',
          displayName: '李四',
          org: '博罗县司法局',
          orgId: '441322-justice',
          orgFullName: '广东省惠州市博罗县司法局',
          role: 'reporter',
          roleText: '任务报送',
          phone: '',
          errors: [],
        },
        {
          row: 3,
          username: 'hd-wang',
          displayName: '王五',
          org: '惠东县',
          orgId: null,
          orgFullName: null,
          role: 'reporter',
          roleText: '报送',
          phone: '',
          errors: [{ field: 'org', message: '“惠东县”（广东省惠州市惠东县）不在您管理的范围内（博罗县及下级单位）' }],
        },
      ],
      summary: { total: 2, valid: 1, invalid: 1 },
    },
  });
export type AccountImportPreviewDto = z.infer<typeof accountImportPreviewSchema>;

/** An account the import created (its one-time password is only in the sheet). */
export const importedAccountSchema = z.object({
  row: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  role: roleSchema,
});
export type ImportedAccountDto = z.infer<typeof importedAccountSchema>;

/** POST /api/account-import: every account created in one step, with their one-time passwords as a sheet. */
export const accountImportResultSchema = z
  .object({
    created: z.number().int(),
    accounts: z.array(importedAccountSchema),
    /**
     * The one-time passwords (用户名、姓名、单位、角色、一次性密码) as an .xlsx, base64: answered once,
     * never stored in clear — save it now, it cannot be downloaded again.
     */
    passwordSheet: z.object({ fileName: z.string(), mediaType: z.string(), base64: z.string() }),
  })
  .meta({ id: 'AccountImportResult' });
export type AccountImportResultDto = z.infer<typeof accountImportResultSchema>;

/** The upload: one .xlsx of accounts. */
export const accountImportFormSchema = z.object({
  file: z.any().optional().meta({ type: 'string', format: 'binary', description: '账号表（.xlsx，≤ 1 MB，必填）' }),
});
