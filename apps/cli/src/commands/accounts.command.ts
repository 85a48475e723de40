import {
  accountExists,
  checkPasswordStrength,
  createUser,
  type Db,
  findOrg,
  generatePassword,
  hashPassword,
  listAccounts,
  resetAccountPassword,
  setAccountDisabled,
} from '@cascade/db';
import { isRole, ROLE_LABELS, ROLES } from '@cascade/engine';
import type { Command } from 'commander';
import { withDatabase } from '../open-database.ts';

/** Who the event log names for what an operator does at the server's console. */
const CLI_ACTOR = 'system:cli';
const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/;

/**
 * The password piped on stdin (`echo … | pnpm cli accounts add … --password-stdin`), first line
 * only, refused when zxcvbn finds it easy to guess (the same check as setting one's own in the app).
 */
async function readPasswordFromStdin(userInputs: string[]): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  const verdict = checkPasswordStrength(password, userInputs);
  if (!verdict.ok) throw new Error(verdict.reason);
  return password;
}

/**
 * The password given on stdin, or a generated one printed once — a one-time password: the holder
 * must set their own at the first sign-in.
 */
async function choosePassword(
  fromStdin: boolean | undefined,
  userInputs: string[],
): Promise<{ password: string; generated: boolean }> {
  return fromStdin
    ? { password: await readPasswordFromStdin(userInputs), generated: false }
    : { password: generatePassword(), generated: true };
}

function printPassword(username: string, password: string) {
  console.log(`${username} 的一次性密码（只显示这一次，请妥善转交；首次登录时须设置新密码）：${password}`);
}

async function requireAccount(db: Db, username: string) {
  if (!(await accountExists(db, username))) throw new Error(`没有用户名为“${username}”的账号`);
}

/**
 * `pnpm cli accounts add|list|disable|enable|reset-password`: the accounts of a production install
 * from the server's console — how its first administrator comes to exist. Every change is an event
 * whose actor is `system:cli`.
 */
export function registerAccountsCommand(program: Command): void {
  const accounts = program.command('accounts').description('账号：新建、列出、停用、启用、重置密码');
  accounts
    .command('add <username>')
    .description(
      '新建账号（首个管理员：--role admin）；密码从标准输入读取，或自动生成一次性密码（只显示一次，首次登录须改）',
    )
    .requiredOption('--org <code>', '所属单位的代码（如 440000）')
    .requiredOption('--role <role>', `角色：${ROLES.join(' | ')}`)
    .option('--name <name>', '显示名称（缺省为 单位名 + 角色）')
    .option('--password-stdin', '从标准输入读取密码')
    .action(
      async (username: string, options: { org: string; role: string; name?: string; passwordStdin?: boolean }) => {
        if (!USERNAME.test(username))
          throw new Error('用户名为 2–64 位字母、数字、点、下划线或连字符，以字母或数字开头');
        if (!isRole(options.role)) throw new Error(`没有“${options.role}”这个角色；可选 ${ROLES.join('、')}`);
        const role = options.role;
        await withDatabase(async ({ db }) => {
          if (await accountExists(db, username)) throw new Error(`用户名“${username}”已被使用`);
          const org = await findOrg(db, options.org);
          if (!org) throw new Error(`没有代码为“${options.org}”的单位；可用 pnpm cli orgs find <名称> 查找`);
          const displayName = options.name?.trim() || `${org.name} ${ROLE_LABELS[role]}`;
          const { password, generated } = await choosePassword(options.passwordStdin, [username, displayName]);
          await createUser(db, {
            username,
            displayName,
            passwordHash: await hashPassword(password),
            orgId: org.id,
            role,
            mustChangePassword: generated,
            actor: CLI_ACTOR,
          });
          console.log(`已新建账号 ${username}（${displayName}，${org.name}，${ROLE_LABELS[role]}）`);
          if (generated) printPassword(username, password);
        });
      },
    );
  accounts
    .command('list')
    .description('列出账号（--org 只列该单位及下级）')
    .option('--org <code>', '单位代码')
    .option('--json', '输出 JSON')
    .action(async (options: { org?: string; json?: boolean }) => {
      await withDatabase(async ({ db }) => {
        const org = options.org ? await findOrg(db, options.org) : undefined;
        if (options.org && !org) throw new Error(`没有代码为“${options.org}”的单位`);
        const rows = await listAccounts(db, org ? { underOrgPath: org.path } : {});
        if (options.json) return void console.log(JSON.stringify(rows, null, 2));
        if (!rows.length)
          return void console.log(
            '还没有账号。用 pnpm cli accounts add <用户名> --org <单位代码> --role admin 新建首个管理员。',
          );
        for (const r of rows)
          console.log(
            `${r.username.padEnd(22)} ${r.role.padEnd(10)} ${r.orgName}  ${r.displayName}${r.disabled ? '  [已停用]' : ''}${r.mustChangePassword ? '  [待设置新密码]' : ''}`,
          );
      });
    });
  for (const [verb, disabled, done] of [
    ['disable', true, '已停用（已退出所有会话）'],
    ['enable', false, '已启用'],
  ] as const) {
    accounts
      .command(`${verb} <username>`)
      .description(disabled ? '停用账号（离职人员）：不能再登录，已有会话立即失效' : '重新启用已停用的账号')
      .action(async (username: string) => {
        await withDatabase(async ({ db }) => {
          await requireAccount(db, username);
          await setAccountDisabled(db, { username, disabled, actor: CLI_ACTOR });
          console.log(`${username} ${done}`);
        });
      });
  }
  accounts
    .command('reset-password <username>')
    .description('重置密码：从标准输入读取或自动生成并只显示一次；已有会话立即失效')
    .option('--password-stdin', '从标准输入读取密码')
    .action(async (username: string, options: { passwordStdin?: boolean }) => {
      await withDatabase(async ({ db }) => {
        await requireAccount(db, username);
        const { password, generated } = await choosePassword(options.passwordStdin, [username]);
        await resetAccountPassword(db, {
          username,
          passwordHash: await hashPassword(password),
          mustChangePassword: generated,
          actor: CLI_ACTOR,
        });
        console.log(`${username} 的密码已重置（已退出所有会话）`);
        if (generated) printPassword(username, password);
      });
    });
}
