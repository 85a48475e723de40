import {
  accountEventsQuerySchema,
  accountEventsSchema,
  accountListQuerySchema,
  accountListSchema,
  accountOrgsQuerySchema,
  accountOrgsSchema,
  accountPathSchema,
  createAccountRequestSchema,
  managedAccountSchema,
  oneTimePasswordSchema,
  updateAccountRequestSchema,
} from '@cascade/contracts';
import {
  type AccountEdit,
  type AccountListing,
  accountExists,
  createUser,
  findAccount,
  generatePassword,
  getOrg,
  hashPassword,
  listAccountEvents,
  pageAccounts,
  resetAccountPassword,
  searchOrgsUnder,
  setAccountDisabled,
  sqlStateOf,
  updateAccount,
} from '@cascade/db';
import { isRole } from '@cascade/engine';
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { allow } from '../auth/authorize.ts';
import { clientAddress } from '../auth/client-address.ts';
import { requireAccount } from '../auth/session.middleware.ts';
import { apiRouter } from '../http/api-router.ts';
import type { AppDeps, AppEnv } from '../http/app-env.ts';
import { json, problems, SIGNED_IN } from '../http/openapi.ts';
import { ProblemError } from '../http/problem.ts';

const TAGS = ['账号管理'];
const target = { params: accountPathSchema };

const list = createRoute({
  method: 'get',
  path: '/accounts',
  tags: TAGS,
  summary: '管理员：本单位及下级单位的账号（按单位、角色、停用与否、用户名或姓名筛选，分页）',
  security: SIGNED_IN,
  request: { query: accountListQuerySchema },
  responses: { 200: json(accountListSchema, '一页账号与总数'), ...problems('forbidden', 'org-not-found') },
});
const create = createRoute({
  method: 'post',
  path: '/accounts',
  tags: TAGS,
  summary: '管理员：在本单位或下级单位新建账号；答复一次性密码（只显示这一次），用户首次登录须设置新密码',
  security: SIGNED_IN,
  request: { body: { ...json(createAccountRequestSchema, '用户名、姓名、单位、角色、电话（可选）'), required: true } },
  responses: {
    201: json(oneTimePasswordSchema, '已新建：账号与一次性密码'),
    ...problems('forbidden', 'csrf', 'org-not-found', 'username-taken'),
  },
});
const read = createRoute({
  method: 'get',
  path: '/accounts/{username}',
  tags: TAGS,
  summary: '管理员：本单位或下级单位的一个账号',
  security: SIGNED_IN,
  request: target,
  responses: { 200: json(managedAccountSchema, '账号'), ...problems('forbidden', 'account-not-found') },
});
const edit = createRoute({
  method: 'patch',
  path: '/accounts/{username}',
  tags: TAGS,
  summary: '管理员：修改账号的姓名、单位、角色或电话（新单位也须在本单位及下级之内；不能改自己的单位和角色）',
  security: SIGNED_IN,
  request: { ...target, body: { ...json(updateAccountRequestSchema, '要修改的字段'), required: true } },
  responses: {
    200: json(managedAccountSchema, '修改后的账号'),
    ...problems('forbidden', 'csrf', 'account-not-found', 'org-not-found', 'account-change-refused'),
  },
});
const disable = createRoute({
  method: 'post',
  path: '/accounts/{username}/disable',
  tags: TAGS,
  summary: '管理员：停用账号（离职人员）：不能再登录，已有会话立即失效；不能停用自己',
  security: SIGNED_IN,
  request: target,
  responses: {
    200: json(managedAccountSchema, '已停用的账号'),
    ...problems('forbidden', 'csrf', 'account-not-found', 'account-change-refused'),
  },
});
const enable = createRoute({
  method: 'post',
  path: '/accounts/{username}/enable',
  tags: TAGS,
  summary: '管理员：重新启用已停用的账号',
  security: SIGNED_IN,
  request: target,
  responses: { 200: json(managedAccountSchema, '已启用的账号'), ...problems('forbidden', 'csrf', 'account-not-found') },
});
const resetPassword = createRoute({
  method: 'post',
  path: '/accounts/{username}/reset-password',
  tags: TAGS,
  summary: '管理员：重置密码：答复一次性密码（只显示这一次），已有会话立即失效，用户下次登录须设置新密码',
  security: SIGNED_IN,
  request: target,
  responses: {
    200: json(oneTimePasswordSchema, '账号与一次性密码'),
    ...problems('forbidden', 'csrf', 'account-not-found', 'account-change-refused'),
  },
});
const orgChoices = createRoute({
  method: 'get',
  path: '/account-orgs',
  tags: TAGS,
  summary: '管理员：可放置账号的单位（本单位及下级，按名称或代码查找）',
  security: SIGNED_IN,
  request: { query: accountOrgsQuerySchema },
  responses: { 200: json(accountOrgsSchema, '单位'), ...problems('forbidden') },
});
const history = createRoute({
  method: 'get',
  path: '/account-events',
  tags: TAGS,
  summary: '管理员：本单位及下级单位账号的管理记录（谁在何时从哪里新建、修改、停用、启用、重置了谁），新的在前',
  security: SIGNED_IN,
  request: { query: accountEventsQuerySchema },
  responses: { 200: json(accountEventsSchema, '一页记录与总数'), ...problems('forbidden', 'org-not-found') },
});

function toDto(account: AccountListing) {
  if (!isRole(account.role)) throw new ProblemError('internal', `账号 ${account.username} 的角色 ${account.role} 无效`);
  return { ...account, role: account.role };
}

/**
 * Account administration within the admin's own subtree: list, create (one-time password), edit,
 * disable, enable, reset; the history of it. Every change is an event with its actor and address.
 */
export function accountsRoutes(deps: AppDeps) {
  const db = deps.database.db;
  const address = (c: Context<AppEnv>) => clientAddress(c, deps.trustProxy);

  /** The account named in the path, if the signed-in admin may manage it (403 above or beside, 404 when none). */
  async function managed(c: Context<AppEnv>, username: string) {
    requireAccount(c);
    const account = await findAccount(db, username);
    if (!account) throw new ProblemError('account-not-found', `没有用户名为“${username}”的账号`);
    allow(c, 'account.manage', { orgPath: account.orgPath });
    return account;
  }

  /** The admin never locks itself out: not disabled, not moved or demoted, not reset by itself. */
  function refuseSelf(c: Context<AppEnv>, account: AccountListing, what: string) {
    if (account.username === requireAccount(c).username) throw new ProblemError('account-change-refused', what);
  }

  const reread = async (username: string) => toDto((await findAccount(db, username)) as AccountListing);

  return apiRouter()
    .openapi(list, async (c) => {
      const { orgId, role, disabled, q, limit, offset } = c.req.valid('query');
      const org = await getOrg(db, orgId ?? requireAccount(c).orgId);
      allow(c, 'account.manage', { orgPath: org.path });
      const page = await pageAccounts(db, {
        underOrgPath: org.path,
        ...(role ? { role } : {}),
        ...(disabled ? { disabled: disabled === 'true' } : {}),
        ...(q ? { q } : {}),
        limit,
        offset,
      });
      return c.json(
        {
          org: { id: org.id, name: org.name, path: org.path },
          total: page.total,
          limit,
          offset,
          items: page.items.map(toDto),
        },
        200,
      );
    })
    .openapi(create, async (c) => {
      const input = c.req.valid('json');
      const admin = requireAccount(c);
      const org = await getOrg(db, input.orgId);
      allow(c, 'account.manage', { orgPath: org.path });
      const taken = () => new ProblemError('username-taken', `用户名“${input.username}”已被使用，请换一个`);
      if (await accountExists(db, input.username)) throw taken();
      const oneTimePassword = generatePassword();
      try {
        await createUser(db, {
          username: input.username,
          displayName: input.displayName,
          passwordHash: await hashPassword(oneTimePassword),
          orgId: org.id,
          role: input.role,
          phone: input.phone || null,
          mustChangePassword: true,
          actor: admin.id,
          address: address(c),
        });
      } catch (error) {
        if (sqlStateOf(error) === '23505') throw taken(); // created by someone else in between
        throw error;
      }
      return c.json({ account: await reread(input.username), oneTimePassword }, 201);
    })
    .openapi(read, async (c) => {
      const { username } = c.req.valid('param');
      return c.json(toDto(await managed(c, username)), 200);
    })
    .openapi(edit, async (c) => {
      const { username } = c.req.valid('param');
      const input = c.req.valid('json');
      const account = await managed(c, username);
      const change: AccountEdit = {};
      if (input.displayName !== undefined) change.displayName = input.displayName;
      if (input.phone !== undefined) change.phone = input.phone || null;
      if (input.role !== undefined && input.role !== account.role) {
        refuseSelf(c, account, '不能修改自己的角色；请由上级或同级的其他管理员修改');
        change.role = input.role;
      }
      if (input.orgId !== undefined) {
        const org = await getOrg(db, input.orgId);
        if (org.id !== account.orgId) {
          refuseSelf(c, account, '不能修改自己所属的单位；请由上级管理员修改');
          allow(c, 'account.manage', { orgPath: org.path });
          change.orgId = org.id;
        }
      }
      await updateAccount(db, { username, edit: change, actor: requireAccount(c).id, address: address(c) });
      return c.json(await reread(username), 200);
    })
    .openapi(disable, async (c) => {
      const { username } = c.req.valid('param');
      const account = await managed(c, username);
      refuseSelf(c, account, '不能停用自己的账号');
      if (!account.disabled)
        await setAccountDisabled(db, { username, disabled: true, actor: requireAccount(c).id, address: address(c) });
      return c.json(await reread(username), 200);
    })
    .openapi(enable, async (c) => {
      const { username } = c.req.valid('param');
      const account = await managed(c, username);
      if (account.disabled)
        await setAccountDisabled(db, { username, disabled: false, actor: requireAccount(c).id, address: address(c) });
      return c.json(await reread(username), 200);
    })
    .openapi(resetPassword, async (c) => {
      const { username } = c.req.valid('param');
      const account = await managed(c, username);
      refuseSelf(c, account, '不能重置自己的密码；请在“设置新密码”中修改');
      const oneTimePassword = generatePassword();
      await resetAccountPassword(db, {
        username,
        passwordHash: await hashPassword(oneTimePassword),
        mustChangePassword: true,
        actor: requireAccount(c).id,
        address: address(c),
      });
      return c.json({ account: await reread(username), oneTimePassword }, 200);
    })
    .openapi(orgChoices, async (c) => {
      const { q, limit } = c.req.valid('query');
      const admin = requireAccount(c);
      allow(c, 'account.manage', { orgPath: admin.orgPath });
      return c.json({ orgs: await searchOrgsUnder(db, { underOrgPath: admin.orgPath, q, limit }) }, 200);
    })
    .openapi(history, async (c) => {
      const { orgId, limit, offset } = c.req.valid('query');
      const org = await getOrg(db, orgId ?? requireAccount(c).orgId);
      allow(c, 'account.manage', { orgPath: org.path });
      return c.json(await listAccountEvents(db, { underOrgPath: org.path, limit, offset }), 200);
    });
}
