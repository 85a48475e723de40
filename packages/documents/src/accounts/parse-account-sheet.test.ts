import { describe, expect, it } from 'vitest';
import { AccountSheetError } from './account-sheet-error.ts';
import { type AccountSheetRow, MAX_ACCOUNT_ROWS, parseAccountSheet, type SheetRow } from './parse-account-sheet.ts';

/** Rows numbered from 1 as a spreadsheet shows them. */
const sheet = (...rows: string[][]): SheetRow[] => rows.map((cells, i) => ({ row: i + 1, cells }));

const ACCOUNTS = [
  { username: 'bl-li', displayName: '李四', org: '441322', role: '方案起草', phone: '0752-6123456' },
  { username: 'hd.wang', displayName: '王五', org: '惠东县', role: 'reporter', phone: '' },
  { username: 'zhao_6', displayName: '赵六', org: '博罗县司法局', role: '督查', phone: '+86 138 0000 0000' },
];
type Field = keyof (typeof ACCOUNTS)[number];

/** What a user would check in the preview: each account's fields and errors, without row numbers. */
const essence = (rows: AccountSheetRow[]) =>
  rows.map(({ username, displayName, org, role, phone, errors }) => ({
    username,
    displayName,
    org,
    role,
    phone,
    errors,
  }));

describe('reading a sheet of accounts', () => {
  it('reads the same accounts whatever the headings, column order, extra columns, title rows and blank rows', () => {
    const layouts: { headings: Record<Field, string>; order: Field[]; title?: string; extra?: string }[] = [
      {
        headings: { username: '用户名', displayName: '姓名', org: '单位', role: '角色', phone: '电话' },
        order: ['username', 'displayName', 'org', 'role', 'phone'],
      },
      {
        headings: { username: '登录名', displayName: '用户姓名', org: '单位代码', role: '权限', phone: '联系电话' },
        order: ['role', 'phone', 'org', 'username', 'displayName'],
        title: '惠州市政务公开平台账号申请表',
        extra: '备注',
      },
      {
        headings: {
          username: '账号*',
          displayName: '名称',
          org: '所属单位（名称或代码）',
          role: '角色(见说明)',
          phone: '手机',
        },
        order: ['displayName', 'username', 'phone', 'role', 'org'],
        extra: '序号',
      },
      {
        headings: { username: 'Username', displayName: 'Name', org: 'Org', role: 'Role', phone: 'Phone' },
        order: ['org', 'role', 'username', 'phone', 'displayName'],
      },
    ];
    const read = layouts.map(({ headings, order, title, extra }) => {
      const rows: string[][] = [];
      if (title) rows.push([title], []);
      rows.push([...(extra ? [extra] : []), ...order.map((f) => headings[f])]);
      ACCOUNTS.forEach((account, i) => {
        rows.push([...(extra ? [`x${i}`] : []), ...order.map((f) => account[f])]);
        rows.push(['', '  ', '']); // a blank row between accounts
      });
      const parsed = parseAccountSheet(sheet(...rows));
      if (extra) expect(parsed.ignoredColumns).toEqual([extra]);
      return essence(parsed.rows);
    });
    expect(read[0]).toEqual([
      { username: 'bl-li', displayName: '李四', org: '441322', role: 'author', phone: '0752-6123456', errors: [] },
      { username: 'hd.wang', displayName: '王五', org: '惠东县', role: 'reporter', phone: '', errors: [] },
      {
        username: 'zhao_6',
        displayName: '赵六',
        org: '博罗县司法局',
        role: 'supervisor',
        phone: '+86 138 0000 0000',
        errors: [],
      },
    ]);
    for (const other of read.slice(1)) expect(other).toEqual(read[0]);
  });

  it('keeps each row’s sheet number, skipping blank rows and the title above the header', () => {
    const parsed = parseAccountSheet(
      sheet(
        ['账号导入'],
        [],
        ['用户名', '姓名', '单位', '角色'],
        ['a1', '甲', '441322', '管理员'],
        [],
        ['b2', '乙', '441322', '填报'],
      ),
    );
    expect(parsed.headerRow).toBe(3);
    expect(parsed.rows.map((r) => [r.row, r.role])).toEqual([
      [4, 'admin'],
      [6, 'reporter'],
    ]);
  });

  it('names the row and field of each fault: missing fields, bad username, unknown role, bad phone, duplicates', () => {
    const parsed = parseAccountSheet(
      sheet(
        ['用户名', '姓名', '单位', '角色', '电话'],
        ['ok-1', '甲', '441322', '方案分解', ''],
        ['', '乙', '441322', '管理员', ''],
        ['张三', '丙', '', '经理', 'tel:123'],
        ['OK-1', '丁', '441322', '派生', ''],
        ['x', '', '441322', '', ''],
      ),
    );
    const errors = Object.fromEntries(parsed.rows.map((r) => [r.row, r.errors.map((e) => `${e.field}: ${e.message}`)]));
    expect(errors).toEqual({
      2: [],
      3: ['username: 缺少用户名'],
      4: [
        'username: 用户名为 2–64 位字母、数字、点、下划线或连字符，以字母或数字开头',
        'org: 缺少单位',
        'role: “经理”不是可用的角色，应为 管理员、方案起草、方案分解、任务报送、督查核验 之一',
        'phone: 电话只能有数字、空格和 + - ( )',
      ],
      5: ['username: 与第 2 行的用户名“OK-1”重复'],
      6: [
        'username: 用户名为 2–64 位字母、数字、点、下划线或连字符，以字母或数字开头',
        'displayName: 缺少姓名',
        'role: 缺少角色',
      ],
    });
  });

  it('holds hostile cells: very long text is refused and cut for display, formulas-as-text are only text', () => {
    const long = '长'.repeat(100_000);
    const parsed = parseAccountSheet(
      sheet(
        ['用户名', '姓名', '单位', '角色'],
        ['a'.repeat(5000), long, long, '=cmd|" /c calc"!A1'],
        ['ok-2', '=1+1', '441322', '管理员'],
      ),
    );
    const [hostile, formula] = parsed.rows as [AccountSheetRow, AccountSheetRow];
    expect(hostile.errors.map((e) => `${e.field}: ${e.message}`)).toEqual([
      'username: 过长：5000 个字符，最多 64 个',
      'displayName: 过长：100000 个字符，最多 64 个',
      'org: 过长：100000 个字符，最多 100 个',
      'role: “=cmd|" /c calc"!A1”不是可用的角色，应为 管理员、方案起草、方案分解、任务报送、督查核验 之一',
    ]);
    expect(hostile.displayName.length).toBeLessThanOrEqual(65);
    expect(hostile.org.length).toBeLessThanOrEqual(101);
    // A name that looks like a formula is a name: the sheets written back write it as text.
    expect(formula).toMatchObject({ displayName: '=1+1', errors: [] });
  });

  it('refuses a sheet it cannot read as accounts, saying what to fix', () => {
    const refusal = (rows: SheetRow[]) => {
      try {
        parseAccountSheet(rows);
      } catch (error) {
        expect(error).toBeInstanceOf(AccountSheetError);
        return (error as AccountSheetError).chinese;
      }
      throw new Error('not refused');
    };
    expect(refusal(sheet(['张三', '李四'], ['a', 'b']))).toMatch(/^找不到表头/);
    expect(refusal(sheet(['用户名', '姓名', '电话'], ['a1', '甲', '']))).toBe(
      '第 1 行的表头缺少 “单位”列（可写作 单位、单位名称、单位代码、单位编码）、“角色”列（可写作 角色、权限、用户角色、角色名称）',
    );
    expect(refusal(sheet(['用户名', '姓名', '单位', '角色'], []))).toBe('表头（第 1 行）下面没有任何账号');
    const many = Array.from({ length: 10_000 }, (_, i) => [`u${i}`, '某', '441322', '管理员']);
    expect(refusal(sheet(['用户名', '姓名', '单位', '角色'], ...many))).toBe(
      `共 10,000 行账号，一次最多导入 ${MAX_ACCOUNT_ROWS.toLocaleString('en-US')} 个，请分成几个文件`,
    );
  });
});
