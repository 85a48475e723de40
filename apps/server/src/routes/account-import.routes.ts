import {
  accountImportFormSchema,
  accountImportPreviewSchema,
  accountImportResultSchema,
  type ImportedAccountDto,
} from '@cascade/contracts';
import { createImportedAccounts, sqlStateOf, takenUsernames } from '@cascade/db';
import { accountTemplateXlsx, describeRowError, oneTimePasswordsXlsx } from '@cascade/documents';
import type { Role } from '@cascade/engine';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { allow } from '../auth/authorize.ts';
import { clientAddress } from '../auth/client-address.ts';
import { requireAccount } from '../auth/session.middleware.ts';
import { apiRouter } from '../http/api-router.ts';
import type { AppDeps, AppEnv } from '../http/app-env.ts';
import { json, problems, SIGNED_IN } from '../http/openapi.ts';
import { ProblemError } from '../http/problem.ts';
import { uploadedFile } from '../http/uploaded-file.ts';
import { type CheckedSheet, checkAccountSheet, type ImportScope, oneTimePasswords } from './account-import-sheet.ts';

const TAGS = ['账号管理'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const binary = z.any().meta({ type: 'string', format: 'binary' });
/** An account sheet of 2,000 rows is ~100 KB; 1 MB leaves room for styles and notes. */
export const MAX_ACCOUNT_SHEET_BYTES = 1024 * 1024;

const upload = {
  // Not "required": the validator then checks only a body whose Content-Type was sent.
  required: false,
  content: { 'multipart/form-data': { schema: accountImportFormSchema } },
};

const preview = createRoute({
  method: 'post',
  path: '/account-import/preview',
  tags: TAGS,
  summary: '管理员：读取批量导入的账号表（.xlsx：用户名、姓名、单位代码或名称、角色、电话）并逐行检查，不创建任何账号',
  security: SIGNED_IN,
  request: { body: upload },
  responses: {
    200: json(accountImportPreviewSchema, '每行的单位、角色与错误（指明行号和字段），以及合计'),
    ...problems('forbidden', 'csrf', 'import-failed', 'payload-too-large', 'unsupported-media-type'),
  },
});
const commit = createRoute({
  method: 'post',
  path: '/account-import',
  tags: TAGS,
  summary:
    '管理员：再次上传同一账号表，重新检查后在一个事务中创建全部账号（任何一行有误则一个也不创建；有行的单位不在本单位及下级之内时为 403）；答复一次性密码表（只此一次）',
  security: SIGNED_IN,
  request: { body: upload },
  responses: {
    201: json(accountImportResultSchema, '已创建的账号，及其一次性密码的 .xlsx（base64）'),
    ...problems(
      'forbidden',
      'csrf',
      'import-failed',
      'account-import-refused',
      'payload-too-large',
      'unsupported-media-type',
    ),
  },
});
const template = createRoute({
  method: 'get',
  path: '/account-import/template',
  tags: TAGS,
  summary: '管理员：批量导入账号的模板（表头、一行示例、填写说明）',
  security: SIGNED_IN,
  responses: { 200: { description: 'Excel 文件', content: { [XLSX]: { schema: binary } } }, ...problems('forbidden') },
});

const attachment = (ascii: string, name: string) =>
  `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** 第 3、7、12 行 (the first ten, then 等 N 行). */
function rowsNamed(rows: readonly number[]): string {
  const listed = rows.slice(0, 10);
  return `第 ${listed.join('、')} 行${rows.length > listed.length ? `等 ${rows.length} 行` : ''}`;
}

/**
 * The refusal naming every row at fault, each as "第 12 行 单位：…": 403 when a row would place an
 * account outside the admin's subtree (as a single create there is), 422 for any other fault.
 */
function refused(rows: CheckedSheet['rows'], why: string, outOfReach: readonly number[] = []): ProblemError {
  const bad = rows.filter((r) => r.errors.length);
  const forbidden = outOfReach.length > 0;
  return new ProblemError(
    forbidden ? 'forbidden' : 'account-import-refused',
    forbidden
      ? `${rowsNamed(outOfReach)}的单位不在您管理的范围内，未创建任何账号`
      : `${why}：${rowsNamed(bad.map((r) => r.row))}有误，未创建任何账号；请改正后重新上传`,
    bad.flatMap((r) =>
      r.errors.map((e) => ({ path: `rows[${r.row}].${e.field}`, message: describeRowError(r.row, e) })),
    ),
    { invalidRows: bad.map((r) => r.row) },
  );
}

/**
 * Bulk account creation from an .xlsx within the admin's subtree: a preview that checks every
 * row and writes nothing, the commit that checks again and creates them all in one transaction
 * with one-time passwords answered once as a sheet, and the blank template.
 */
export function accountImportRoutes(deps: AppDeps) {
  const db = deps.database.db;

  /** The admin's scope, refused before the body is read for anyone who may not manage accounts. */
  function scopeOf(c: Context<AppEnv>): ImportScope {
    const admin = requireAccount(c);
    allow(c, 'account.manage', { orgPath: admin.orgPath });
    return { path: admin.orgPath, name: admin.orgName };
  }

  async function readUpload(c: Context<AppEnv>, scope: ImportScope) {
    if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data'))
      throw new ProblemError('unsupported-media-type', '请以 multipart/form-data 上传账号表（.xlsx）');
    const { file } = await uploadedFile(c, { maxBytes: MAX_ACCOUNT_SHEET_BYTES, missing: '请选择账号表（.xlsx）' });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const fileName = file.name.slice(0, 200);
    return { fileName, checked: await checkAccountSheet(db, { bytes, fileName, scope }) };
  }

  return apiRouter()
    .openapi(preview, async (c) => {
      const scope = scopeOf(c);
      const { fileName, checked } = await readUpload(c, scope);
      const { outOfReach: _o, ...preview } = checked;
      return c.json({ fileName, ...preview }, 200);
    })
    .openapi(commit, async (c) => {
      const scope = scopeOf(c);
      const admin = requireAccount(c);
      const { fileName, checked } = await readUpload(c, scope);
      if (checked.summary.invalid) throw refused(checked.rows, '账号表有误', checked.outOfReach);
      const rows = checked.rows as (CheckedSheet['rows'][number] & { orgId: string; role: Role })[];
      const passwords = await oneTimePasswords(rows.length);
      const accounts = rows.map((row, i) => ({
        username: row.username,
        displayName: row.displayName,
        passwordHash: passwords[i]?.hash as string,
        orgId: row.orgId,
        role: row.role,
        phone: row.phone || null,
      }));
      try {
        await createImportedAccounts(db, {
          accounts,
          actor: admin.id,
          actorOrgId: admin.orgId,
          address: clientAddress(c, deps.trustProxy),
          fileName,
        });
      } catch (error) {
        if (sqlStateOf(error) !== '23505') throw error;
        // Someone took a username while the passwords were hashed: nothing was written; say which.
        const taken = await takenUsernames(
          db,
          rows.map((r) => r.username),
        );
        const now = rows.map((r) => ({
          ...r,
          errors: taken.has(r.username.toLowerCase())
            ? [{ field: 'username' as const, message: `“${r.username}”刚刚被他人使用，请换一个` }]
            : [],
        }));
        throw refused(now, '检查之后有用户名被占用');
      }
      const orgNames = new Map(rows.map((r) => [r.orgId, r.orgFullName ?? r.org]));
      const created: ImportedAccountDto[] = rows.map((r) => ({
        row: r.row,
        username: r.username,
        displayName: r.displayName,
        orgId: r.orgId,
        orgName: orgNames.get(r.orgId) ?? r.orgId,
        role: r.role,
      }));
      const sheet = await oneTimePasswordsXlsx(
        created.map((a, i) => ({ ...a, oneTimePassword: passwords[i]?.password as string })),
        { createdAt: new Date(), createdBy: `${admin.orgName} ${admin.displayName}` },
      );
      return c.json(
        {
          created: created.length,
          accounts: created,
          passwordSheet: {
            fileName: `一次性密码-${created.length}个账号.xlsx`,
            mediaType: XLSX,
            base64: Buffer.from(sheet).toString('base64'),
          },
        },
        201,
      );
    })
    .openapi(template, async (c) => {
      const scope = scopeOf(c);
      const bytes = await accountTemplateXlsx({ orgName: scope.name });
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        'content-type': XLSX,
        'content-disposition': attachment('accounts-template.xlsx', '批量导入账号模板.xlsx'),
      });
    });
}
