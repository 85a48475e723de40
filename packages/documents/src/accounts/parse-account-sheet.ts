import {
  DISPLAY_NAME_MAX_LENGTH,
  PHONE_MAX_LENGTH,
  PHONE_PATTERN,
  PHONE_RULE,
  type Role,
  USERNAME_PATTERN,
  USERNAME_RULE,
} from '@cascade/engine';
import { AccountSheetError } from './account-sheet-error.ts';
import {
  ACCOUNT_FIELD_LABELS,
  type AccountField,
  fieldOfHeading,
  headingsOf,
  REQUIRED_ACCOUNT_FIELDS,
  ROLE_CHOICES,
  roleOfWord,
} from './account-sheet-vocabulary.ts';

/** One row of a sheet as read: its number as the spreadsheet shows it, its cells' text by column. */
export type SheetRow = { row: number; cells: readonly string[] };

export type AccountRowError = { field: AccountField; message: string };

/** One account as its row asks for it, with everything wrong with the row by itself. */
export type AccountSheetRow = {
  /** The row number in the sheet (1-based, as Excel shows it), so errors point at it. */
  row: number;
  username: string;
  displayName: string;
  /** The org as written: a code (441322, 441322-justice) or a name, resolved against the tree later. */
  org: string;
  /** The role the cell names; null when it names none. */
  role: Role | null;
  /** The role cell as written. */
  roleText: string;
  phone: string;
  errors: AccountRowError[];
};

export type AccountSheet = {
  /** Where the header was found. */
  headerRow: number;
  /** The heading each field was read from, as written. */
  columns: Partial<Record<AccountField, string>>;
  /** Headings of columns that were not read (备注, 序号 …). */
  ignoredColumns: string[];
  rows: AccountSheetRow[];
};

/**
 * Accounts one file may create: a city's counties, townships and departments need a few hundred.
 * Each costs an argon2 hash (~20 ms of one core), so 2,000 keep the request under half a minute.
 */
export const MAX_ACCOUNT_ROWS = 2_000;
/** The header is looked for among the first rows with text (a title and a note may sit above it). */
const HEADER_SEARCH_ROWS = 10;
/** The longest org reference kept: 广东省惠州市博罗县人民政府办公室 is 16 characters. */
const ORG_MAX_LENGTH = 100;
const ROLE_MAX_LENGTH = 20;

/** The field label in messages: 用户名、姓名 … */
const label = (field: AccountField) => ACCOUNT_FIELD_LABELS[field];

/** One row's error as a sentence naming the row and field: 第 12 行 角色：“经理”不是可用的角色… */
export const describeRowError = (row: number, error: AccountRowError) =>
  `第 ${row} 行 ${label(error.field)}：${error.message}`;

const blank = (row: SheetRow) => row.cells.every((cell) => !cell.trim());

/** Which column holds which field: the first column headed with a field's word wins. */
function readHeader(row: SheetRow) {
  const columns = new Map<AccountField, number>();
  const ignored: string[] = [];
  row.cells.forEach((cell, index) => {
    const heading = cell.trim();
    if (!heading) return;
    const field = fieldOfHeading(heading);
    if (field && !columns.has(field)) columns.set(field, index);
    else ignored.push(heading);
  });
  return { columns, ignored };
}

function findHeader(rows: readonly SheetRow[]) {
  const candidates = rows.filter((row) => !blank(row)).slice(0, HEADER_SEARCH_ROWS);
  for (const row of candidates) {
    const header = readHeader(row);
    if (header.columns.size >= 2) return { row, ...header };
  }
  const expected = REQUIRED_ACCOUNT_FIELDS.map(label).join('、');
  throw new AccountSheetError(
    'noHeader',
    `找不到表头：前 ${HEADER_SEARCH_ROWS} 行中没有写着 ${expected}、电话 的一行。请下载模板，按模板的表头填写`,
    `no header row: none of the first ${HEADER_SEARCH_ROWS} rows names the columns username, name, org, role (phone); use the template`,
  );
}

/** A cell as kept: spaces collapsed; an overlong one cut for display (its error says how long it was). */
function cellText(cells: readonly string[], index: number | undefined): string {
  if (index === undefined) return '';
  return (cells[index] ?? '').replace(/\s+/g, ' ').trim();
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** What is wrong with one row by itself (not yet: the org tree, usernames already taken). */
function readRow(row: SheetRow, columns: Map<AccountField, number>): AccountSheetRow {
  const errors: AccountRowError[] = [];
  const fail = (field: AccountField, message: string) => errors.push({ field, message });
  const text = (field: AccountField) => cellText(row.cells, columns.get(field));
  const bounded = (field: AccountField, max: number) => {
    const value = text(field);
    if (!value) {
      if (field !== 'phone') fail(field, `缺少${label(field)}`);
      return '';
    }
    if (value.length > max) {
      fail(field, `过长：${value.length} 个字符，最多 ${max} 个`);
      return clip(value, max);
    }
    return value;
  };

  const username = bounded('username', 64);
  if (username && username.length <= 64 && !USERNAME_PATTERN.test(username)) fail('username', USERNAME_RULE);
  const displayName = bounded('displayName', DISPLAY_NAME_MAX_LENGTH);
  const org = bounded('org', ORG_MAX_LENGTH);
  const roleText = bounded('role', ROLE_MAX_LENGTH);
  const role = roleText ? (roleOfWord(roleText) ?? null) : null;
  if (roleText && !role && roleText.length <= ROLE_MAX_LENGTH)
    fail('role', `“${roleText}”不是可用的角色，应为 ${ROLE_CHOICES} 之一`);
  const phone = bounded('phone', PHONE_MAX_LENGTH);
  if (phone && phone.length <= PHONE_MAX_LENGTH && !PHONE_PATTERN.test(phone)) fail('phone', PHONE_RULE);
  return { row: row.row, username, displayName, org, role, roleText, phone, errors };
}

/** A later row with a username already used above is refused (usernames differ only in case are one). */
function markDuplicates(rows: AccountSheetRow[]) {
  const first = new Map<string, number>();
  for (const row of rows) {
    if (!row.username) continue;
    const key = row.username.toLowerCase();
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, row.row);
    else row.errors.push({ field: 'username', message: `与第 ${earlier} 行的用户名“${row.username}”重复` });
  }
}

/**
 * Reads a sheet of accounts: finds the header row by its headings (用户名/账号/登录名, 姓名,
 * 单位/单位代码/所属单位, 角色/权限, 电话/手机 — in any order, other columns ignored), then every
 * row below it that has any text, keeping its sheet row number. Each row carries its own errors
 * naming the field (missing, too long, bad username or phone, unknown role, a username repeated
 * in the file); whether the org exists and the username is free is for the database to say.
 *
 * @throws AccountSheetError when there is no header, a needed column is missing, no account
 *   rows, or more than MAX_ACCOUNT_ROWS
 */
export function parseAccountSheet(rows: readonly SheetRow[]): AccountSheet {
  const header = findHeader(rows);
  const missing = REQUIRED_ACCOUNT_FIELDS.filter((field) => !header.columns.has(field));
  if (missing.length)
    throw new AccountSheetError(
      'missingColumns',
      `第 ${header.row.row} 行的表头缺少 ${missing.map((f) => `“${label(f)}”列（可写作 ${headingsOf(f).join('、')}）`).join('、')}`,
      `the header in row ${header.row.row} lacks the column(s) ${missing.join(', ')}`,
    );
  const data = rows.filter((row) => row.row > header.row.row && !blank(row));
  if (!data.length)
    throw new AccountSheetError(
      'noRows',
      `表头（第 ${header.row.row} 行）下面没有任何账号`,
      `no accounts below the header (row ${header.row.row})`,
    );
  if (data.length > MAX_ACCOUNT_ROWS)
    throw new AccountSheetError(
      'tooManyRows',
      `共 ${data.length.toLocaleString('en-US')} 行账号，一次最多导入 ${MAX_ACCOUNT_ROWS.toLocaleString('en-US')} 个，请分成几个文件`,
      `${data.length} account rows; at most ${MAX_ACCOUNT_ROWS} per file, split it`,
    );
  const accounts = data.map((row) => readRow(row, header.columns));
  markDuplicates(accounts);
  const columns: AccountSheet['columns'] = {};
  for (const [field, index] of header.columns) columns[field] = (header.row.cells[index] ?? '').trim();
  return { headerRow: header.row.row, columns, ignoredColumns: header.ignored, rows: accounts };
}
