import type { AccountImportPreviewDto, AccountImportResultDto, Problem, SessionDto } from '@cascade/contracts';
import { listAccountEvents, listAccounts, listSubtree, type OrgRecord } from '@cascade/db';
import { forEachDatabase } from '@cascade/db/testing';
import { sheetCells, sheetXlsx } from '@cascade/documents/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureAccounts } from '../demo/demo-accounts.ts';
import { type ApiSession, signIn } from '../http/in-process-session.ts';
import { createTestWorld, TEST_PASSWORD, type TestWorld } from '../testing/test-world.ts';

const ADDRESS = '203.0.113.44';
const HEADER = ['序号', '登录名', '姓名', '所属单位', '角色', '手机'];
const ROLE_WORDS = ['任务报送', '方案分解', 'reporter', '督查', '填报', '管理员', 'author'];

type Row = (string | number)[];

/** Uploads a sheet as the admin's browser does (multipart, through a trusted proxy). */
async function upload<T>(session: ApiSession, path: string, rows: Row[], fileName = '账号.xlsx') {
  const form = new FormData();
  form.set('file', new File([(await sheetXlsx([HEADER, ...rows], '账号')) as Uint8Array<ArrayBuffer>], fileName));
  const res = await session.request(path, { method: 'POST', body: form, headers: { 'x-forwarded-for': ADDRESS } });
  return { status: res.status, body: (await res.json()) as T };
}
const previewOf = (session: ApiSession, rows: Row[]) =>
  upload<AccountImportPreviewDto & Problem>(session, '/api/account-import/preview', rows);
const commitOf = (session: ApiSession, rows: Row[]) =>
  upload<AccountImportResultDto & Problem>(session, '/api/account-import', rows);

/** Each row at fault by its sheet number, with the fields named. */
const faults = (preview: AccountImportPreviewDto) =>
  Object.fromEntries(preview.rows.filter((r) => r.errors.length).map((r) => [r.row, r.errors.map((e) => e.field)]));

/** 500 accounts spread over 惠州市's counties, townships and departments: codes and full names mixed. */
function huizhouSheet(orgs: OrgRecord[]): Row[] {
  return Array.from({ length: 500 }, (_, i) => {
    const org = orgs[i % orgs.length] as OrgRecord;
    return [
      i + 1,
      `hz-bulk-${i + 1}`,
      `职员${i + 1}`,
      i % 2 ? org.fullName : org.id,
      ROLE_WORDS[i % ROLE_WORDS.length] as string,
      i % 3 ? '' : `0752-${String(2000000 + i)}`,
    ];
  });
}

describe('bulk account creation from an .xlsx within the admin’s subtree', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    let cityAdmin: ApiSession;
    let huizhou: OrgRecord[];
    beforeAll(async () => {
      world = await createTestWorld(getDb(), { trustProxy: true });
      await ensureAccounts(
        world.deps.database.db,
        [{ username: 'hz-admin', displayName: '惠州市 管理员', orgId: '441300', role: 'admin' }],
        TEST_PASSWORD,
      );
      cityAdmin = await world.as('hz-admin');
      huizhou = (await listSubtree(world.deps.database.db, '441300')).filter((o) => o.id !== '441300');
    }, 60_000);

    it('previews 500 accounts of 惠州市 naming exactly the bad rows, refuses them all, then creates all 500 in one step', async () => {
      const db = world.deps.database.db;
      const sheet = huizhouSheet(huizhou);
      const before = (await listAccounts(db, { underOrgPath: '/440000/441300/' })).length;
      // Rows of the sheet are numbered from 2 (the header is row 1): account i is row i + 2.
      const bad = sheet.map((r) => [...r]);
      bad[10] = [11, 'hz-bulk-11', '职员11', '不存在的单位', '报送', ''];
      bad[20] = [21, 'hz-bulk-5', '职员21', '441322', '报送', ''];
      bad[30] = [31, 'hz-bulk-31', '职员31', '441322', '经理', ''];
      bad[40] = [41, 'hz-bulk-41', '职员41', '440100', '报送', ''];
      bad[50] = [51, 'bl-admin', '职员51', '441322', '报送', ''];
      bad[60] = [61, 'hz-bulk-61', '职员61', '441322', '报送', '电话：123'];
      const preview = await previewOf(cityAdmin, bad);
      expect(preview.status).toBe(200);
      expect(preview.body.summary).toEqual({ total: 500, valid: 494, invalid: 6 });
      expect(faults(preview.body)).toEqual({
        12: ['org'],
        22: ['username'],
        32: ['role'],
        42: ['org'],
        52: ['username'],
        62: ['phone'],
      });
      const message = (row: number) => preview.body.rows.find((r) => r.row === row)?.errors[0]?.message;
      expect(message(12)).toBe('惠州市及下级单位中没有名为“不存在的单位”的单位，请核对名称或改写单位代码');
      expect(message(22)).toBe('与第 6 行的用户名“hz-bulk-5”重复');
      expect(message(42)).toBe('440100（广东省广州市）不在您管理的范围内（惠州市及下级单位）');
      expect(message(52)).toBe('“bl-admin”已被使用，请换一个');
      // A good row shows where it lands, by the org's full name.
      expect(preview.body.rows[1]).toMatchObject({ row: 3, orgId: huizhou[1]?.id, orgFullName: huizhou[1]?.fullName });

      // Row 42 would place an account outside 惠州市: as a single create there, that is forbidden.
      const refused = await commitOf(cityAdmin, bad);
      expect(refused.status).toBe(403);
      expect(refused.body.type).toBe('/problems/forbidden');
      expect(refused.body.detail).toBe('第 42 行的单位不在您管理的范围内，未创建任何账号');
      expect(refused.body.errors?.map((e) => e.path)).toEqual([
        'rows[12].org',
        'rows[22].username',
        'rows[32].role',
        'rows[42].org',
        'rows[52].username',
        'rows[62].phone',
      ]);
      const withinReach = bad.map((r, i) => (i === 40 ? (sheet[40] as Row) : r));
      const faulty = await commitOf(cityAdmin, withinReach);
      expect(faulty.status).toBe(422);
      expect(faulty.body.type).toBe('/problems/account-import-refused');
      expect(faulty.body.detail).toBe('账号表有误：第 12、22、32、52、62 行有误，未创建任何账号；请改正后重新上传');
      expect((await listAccounts(db, { underOrgPath: '/440000/441300/' })).length).toBe(before);

      const started = Date.now();
      const created = await commitOf(cityAdmin, sheet);
      const took = Date.now() - started;
      expect(created.status).toBe(201);
      expect(took).toBeLessThan(60_000);
      expect(created.body.created).toBe(500);
      const after = await listAccounts(db, { underOrgPath: '/440000/441300/' });
      expect(after.length).toBe(before + 500);
      const bulk = after.filter((a) => a.username.startsWith('hz-bulk-'));
      expect(bulk.every((a) => a.mustChangePassword && !a.disabled)).toBe(true);
      expect(new Set(bulk.map((a) => a.orgId)).size).toBe(Math.min(500, huizhou.length));
      expect(bulk.find((a) => a.username === 'hz-bulk-1')).toMatchObject({
        orgId: huizhou[0]?.id,
        role: 'reporter',
        phone: '0752-2000000',
      });

      // Each creation is in the history with its actor and address, as a single create is.
      const history = await listAccountEvents(db, { underOrgPath: '/440000/441300/', limit: 600, offset: 0 });
      const createdEvents = history.items.filter((e) => e.type === 'user.created' && e.username.startsWith('hz-bulk-'));
      expect(createdEvents).toHaveLength(500);
      expect(createdEvents.every((e) => e.actor.name === '惠州市 管理员' && e.address === ADDRESS)).toBe(true);

      // The one-time passwords come once, as a sheet; each opens only 设置新密码.
      const cells = await sheetCells(Buffer.from(created.body.passwordSheet.base64, 'base64'));
      expect(cells[0]).toEqual(['用户名', '姓名', '单位', '角色', '一次性密码']);
      const first = cells.find((r) => r[0] === 'hz-bulk-1') as string[];
      expect(first.slice(0, 4)).toEqual(['hz-bulk-1', '职员1', huizhou[0]?.fullName, '任务报送']);
      expect(cells.filter((r) => r[0]?.startsWith('hz-bulk-'))).toHaveLength(500);
      const holder = await signIn(world.app, 'hz-bulk-1', first[4] as string);
      const session = (await (await holder.request('/api/auth/session')).json()) as SessionDto;
      expect(session.account.mustChangePassword).toBe(true);

      // The same file again: every username is taken now, and nothing more is created.
      const again = await commitOf(cityAdmin, sheet.slice(0, 3));
      expect(again.status).toBe(422);
      expect(again.body.errors?.map((e) => e.message)).toEqual([
        '第 2 行 用户名：“hz-bulk-1”已被使用，请换一个',
        '第 3 行 用户名：“hz-bulk-2”已被使用，请换一个',
        '第 4 行 用户名：“hz-bulk-3”已被使用，请换一个',
      ]);
    }, 180_000);

    it('refuses, in the commit, a username taken after the preview: the whole batch, that row named', async () => {
      const rows: Row[] = [
        [1, 'bl-late-1', '甲', '博罗县', '报送', ''],
        [2, 'bl-late-2', '乙', '441322-justice', '报送', ''],
      ];
      const admin = await world.as('bl-admin');
      expect((await previewOf(admin, rows)).body.summary.invalid).toBe(0);
      await admin.send('POST', '/api/accounts', {
        username: 'bl-late-2',
        displayName: '抢先',
        orgId: '441322',
        role: 'reporter',
      });
      const refused = await commitOf(admin, rows);
      expect(refused.status).toBe(422);
      expect(refused.body.errors).toEqual([
        { path: 'rows[3].username', message: '第 3 行 用户名：“bl-late-2”已被使用，请换一个' },
      ]);
      expect(await listAccounts(world.deps.database.db, { q: 'bl-late-1' })).toEqual([]);
    });

    it('lets an admin of 博罗县 place accounts only in 博罗县: rows naming 惠东县 or 惠州市 are refused', async () => {
      const admin = await world.as('bl-admin');
      const rows: Row[] = [
        [1, 'bl-ok-1', '甲', '博罗县司法局', '报送', ''],
        [2, 'bl-ok-2', '乙', '441322', '督查', ''],
        [3, 'bl-hd-1', '丙', '441323', '报送', ''],
        [4, 'bl-hd-2', '丁', '惠东县', '报送', ''],
        [5, 'bl-hz-1', '戊', '惠州市', '管理员', ''],
        [6, 'bl-hz-2', '己', '441300-justice', '报送', ''],
        [7, 'bl-hd-3', '庚', '惠东县司法局', '报送', ''],
      ];
      const preview = await previewOf(admin, rows);
      expect(faults(preview.body)).toEqual({ 4: ['org'], 5: ['org'], 6: ['org'], 7: ['org'], 8: ['org'] });
      for (const row of preview.body.rows.filter((r) => r.errors.length))
        expect(row.errors[0]?.message).toMatch(/不在您管理的范围内（博罗县及下级单位）$/);
      expect(preview.body.rows[0]).toMatchObject({ orgId: '441322-justice' });
      const refused = await commitOf(admin, rows);
      expect(refused.status).toBe(403);
      expect(refused.body.detail).toBe('第 4、5、6、7、8 行的单位不在您管理的范围内，未创建任何账号');
      expect(await listAccounts(world.deps.database.db, { q: 'bl-ok-' })).toEqual([]);
    });

    it('names the candidates when an org name fits several, and reads the template back', async () => {
      const preview = await previewOf(cityAdmin, [[1, 'hz-amb-1', '甲', '县司法局', '报送', '']]);
      // 惠州市's districts have 区司法局; its three counties each a 县司法局.
      expect(preview.body.rows[0]?.errors).toEqual([
        {
          field: 'org',
          message:
            '“县司法局”可指多个单位：广东省惠州市博罗县司法局（441322-justice）、广东省惠州市惠东县司法局（441323-justice）、广东省惠州市龙门县司法局（441324-justice），请写单位代码或全称',
        },
      ]);

      const template = await cityAdmin.request('/api/account-import/template');
      expect(template.status).toBe(200);
      expect(template.headers.get('content-disposition')).toContain('filename*=UTF-8');
      const form = new FormData();
      form.set('file', new File([new Uint8Array(await template.arrayBuffer())], '模板.xlsx'));
      const res = await cityAdmin.request('/api/account-import/preview', { method: 'POST', body: form });
      const read = (await res.json()) as AccountImportPreviewDto;
      expect(read.rows).toMatchObject([
        { row: 2, username: 'zhangsan', orgId: '441300', role: 'reporter', errors: [] },
      ]);
    });

    it('refuses those who may not manage accounts, and files that are not account sheets, in words', async () => {
      for (const username of ['bl-reporter', 'bl-author', 'hz-supervisor']) {
        const session = await world.as(username);
        expect((await previewOf(session, [[1, 'x-1', '甲', '441322', '报送', '']])).status).toBe(403);
        expect((await commitOf(session, [[1, 'x-1', '甲', '441322', '报送', '']])).status).toBe(403);
        expect((await session.request('/api/account-import/template')).status).toBe(403);
      }
      const form = new FormData();
      form.set('file', new File([await sheetXlsx([['惠州市2022年政务公开工作要点']])], '要点.xlsx'));
      const res = await cityAdmin.request('/api/account-import/preview', { method: 'POST', body: form });
      const problem = (await res.json()) as Problem;
      expect(res.status).toBe(422);
      expect(problem.detail).toMatch(/^找不到表头/);
      const many = Array.from({ length: 10_000 }, (_, i): Row => [i, `u${i}`, '某', '441300', '报送', '']);
      const tooMany = await previewOf(cityAdmin, many);
      expect(tooMany.status).toBe(422);
      expect(tooMany.body.detail).toBe('共 10,000 行账号，一次最多导入 2,000 个，请分成几个文件');
    }, 60_000);
  });
});
