import { ROLE_LABELS, ROLES, type Role } from '@cascade/engine';

/** The columns an account sheet carries; phone is optional, the others are needed on every row. */
export const ACCOUNT_FIELDS = ['username', 'displayName', 'org', 'role', 'phone'] as const;
export type AccountField = (typeof ACCOUNT_FIELDS)[number];
export const REQUIRED_ACCOUNT_FIELDS: readonly AccountField[] = ['username', 'displayName', 'org', 'role'];

/** A field as the user's sheet and the error messages name it. */
export const ACCOUNT_FIELD_LABELS: Record<AccountField, string> = {
  username: '用户名',
  displayName: '姓名',
  org: '单位',
  role: '角色',
  phone: '电话',
};

/**
 * Headings offices write over each column, normalised (`headingKey`). Matched whole, never as a
 * part: "单位名称" is the org, but "名称" alone is the person's name as many registers write it.
 */
const HEADINGS: Record<AccountField, readonly string[]> = {
  username: [
    '用户名',
    '账号',
    '帐号',
    '登录名',
    '登录账号',
    '登录帐号',
    '账户',
    '帐户',
    '用户账号',
    'username',
    'login',
    'account',
  ],
  displayName: ['姓名', '名称', '用户姓名', '真实姓名', '人员姓名', '使用人', 'name', 'displayname', 'fullname'],
  org: [
    '单位',
    '单位名称',
    '单位代码',
    '单位编码',
    '所属单位',
    '所在单位',
    '机构',
    '机构名称',
    '机构代码',
    '所属机构',
    '组织',
    '部门',
    '所属部门',
    'org',
    'orgid',
    'orgcode',
    'organization',
  ],
  role: ['角色', '权限', '用户角色', '角色名称', '账号角色', 'role'],
  phone: ['电话', '手机', '联系电话', '手机号', '手机号码', '电话号码', '联系方式', 'phone', 'mobile', 'tel'],
};

/**
 * A heading as compared: no spaces, no required-marks (*), no note in brackets
 * ("用户名（必填）", "角色(见说明)"), Latin letters in lower case.
 */
export const headingKey = (text: string) =>
  text
    .replace(/[（(【[][^）)】\]]*[）)】\]]/g, '')
    .replace(/[\s*＊:：_-]/g, '')
    .toLowerCase();

const FIELD_OF_HEADING = new Map<string, AccountField>(
  ACCOUNT_FIELDS.flatMap((field) => HEADINGS[field].map((h) => [headingKey(h), field] as const)),
);

/** The field a heading names, if any. */
export const fieldOfHeading = (text: string): AccountField | undefined => FIELD_OF_HEADING.get(headingKey(text));

/** Headings a user may write for a field, for the message when a column is missing. */
export const headingsOf = (field: AccountField) => HEADINGS[field].filter((h) => !/^[a-z]/.test(h)).slice(0, 4);

/**
 * Words for each role: the label the app shows (管理员, 方案起草 …), the key (author), and the
 * shorter words offices use in their registers (起草/编制, 分解/派生, 报送/填报, 督查/督办/核验).
 */
const ROLE_WORDS: Record<Role, readonly string[]> = {
  admin: ['管理员', '管理', '系统管理员', '账号管理员'],
  author: ['起草', '编制', '方案编制', '起草人员'],
  deriver: ['分解', '派生', '方案派生', '分解人员'],
  reporter: ['报送', '填报', '报送员', '填报员', '报送人员'],
  supervisor: ['督查', '督办', '核验', '督查员', '督查人员'],
};

const roleKey = (text: string) => text.replace(/\s+/g, '').toLowerCase();

const ROLE_OF_WORD = new Map<string, Role>(
  ROLES.flatMap((role) => [role, ROLE_LABELS[role], ...ROLE_WORDS[role]].map((w) => [roleKey(w), role] as const)),
);

/** The role a cell names (管理员, 方案起草, 起草, author …), or undefined. */
export const roleOfWord = (text: string): Role | undefined => ROLE_OF_WORD.get(roleKey(text));

/** The roles as a message lists them: 管理员、方案起草、方案分解、任务报送、督查核验. */
export const ROLE_CHOICES = ROLES.map((role) => ROLE_LABELS[role]).join('、');
