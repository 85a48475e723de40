import { PHONE_MAX_LENGTH, PHONE_PATTERN, PHONE_RULE, USERNAME_PATTERN, USERNAME_RULE } from '@cascade/engine';
import { z } from 'zod';
import { roleSchema } from './auth.contract.ts';

export { USERNAME_PATTERN };

const username = z.string().trim().regex(USERNAME_PATTERN, USERNAME_RULE);
const displayName = z.string().trim().min(1, '请输入姓名').max(64, '姓名不能超过 64 个字');
const phone = z
  .string()
  .trim()
  .max(PHONE_MAX_LENGTH, `电话不能超过 ${PHONE_MAX_LENGTH} 个字符`)
  .regex(PHONE_PATTERN, PHONE_RULE);
const orgId = z.string().trim().min(1, '请选择单位').max(64);

/** An account as its administrators list it. */
export const managedAccountSchema = z
  .object({
    username: z.string(),
    displayName: z.string(),
    role: roleSchema,
    orgId: z.string(),
    orgName: z.string(),
    orgPath: z.string(),
    phone: z.string().nullable(),
    disabled: z.boolean(),
    /** A one-time password was handed over and not yet replaced by the holder's own. */
    mustChangePassword: z.boolean(),
    createdAt: z.string(),
  })
  .meta({
    id: 'ManagedAccount',
    example: {
      username: 'bl-author',
      displayName: '博罗县 方案起草',
      role: 'author',
      orgId: '441322',
      orgName: '博罗县',
      orgPath: '/440000/441300/441322/',
      phone: null,
      disabled: false,
      mustChangePassword: true,
      createdAt: '2022-06-01T01:02:03.000Z',
    },
  });
export type ManagedAccountDto = z.infer<typeof managedAccountSchema>;

/** GET /api/accounts */
export const accountListQuerySchema = z.object({
  /** The subtree to list: the admin's own org when left out. */
  orgId: z.string().min(1).max(64).optional(),
  role: roleSchema.optional(),
  /** true: only disabled accounts; false: only active ones; left out: both. */
  disabled: z.enum(['true', 'false']).optional(),
  /** Part of the username or name. */
  q: z.string().trim().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const accountListSchema = z
  .object({
    org: z.object({ id: z.string(), name: z.string(), path: z.string() }),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    items: z.array(managedAccountSchema),
  })
  .meta({ id: 'AccountList' });
export type AccountListDto = z.infer<typeof accountListSchema>;

/** POST /api/accounts: the password is generated and answered once. */
export const createAccountRequestSchema = z
  .object({
    username,
    displayName,
    orgId,
    role: roleSchema,
    phone: phone.optional(),
  })
  .meta({
    id: 'CreateAccountRequest',
    example: { username: 'bl-author2', displayName: '张三', orgId: '441322', role: 'author', phone: '0752-6123456' },
  });
export type CreateAccountRequest = z.infer<typeof createAccountRequestSchema>;

/** PATCH /api/accounts/{username}: only the fields given change. */
export const updateAccountRequestSchema = z
  .object({
    displayName: displayName.optional(),
    orgId: orgId.optional(),
    role: roleSchema.optional(),
    /** An empty string removes the phone number. */
    phone: phone.optional(),
  })
  .meta({ id: 'UpdateAccountRequest', example: { displayName: '李四', role: 'deriver' } });
export type UpdateAccountRequest = z.infer<typeof updateAccountRequestSchema>;

/** The answer to creating an account or resetting its password: the one-time password, shown once. */
export const oneTimePasswordSchema = z
  .object({
    account: managedAccountSchema,
    /** Hand it over once; it is not stored in clear and cannot be shown again. The holder sets their own at sign-in. */
    oneTimePassword: z.string(),
  })
  .meta({ id: 'OneTimePassword' });
export type OneTimePasswordDto = z.infer<typeof oneTimePasswordSchema>;

export const accountPathSchema = z.object({ username: z.string().min(1).max(64) });

/** GET /api/account-orgs: orgs of the admin's subtree to place an account in. */
export const accountOrgsQuerySchema = z.object({
  q: z.string().trim().max(50).default(''),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export const accountOrgsSchema = z
  .object({
    orgs: z.array(
      z.object({ id: z.string(), name: z.string(), fullName: z.string(), path: z.string(), kind: z.string() }),
    ),
  })
  .meta({ id: 'AccountOrgs' });

export const accountEventTypeSchema = z
  .enum(['user.created', 'user.updated', 'user.disabled', 'user.enabled', 'user.passwordReset', 'user.passwordChanged'])
  .meta({ id: 'AccountEventType' });

/** One administrative action on an account: who, whose, from where, what changed. */
export const accountEventSchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    type: accountEventTypeSchema,
    actor: z.object({ id: z.string(), name: z.string() }),
    username: z.string(),
    displayName: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    /** The request's client address; null from the server's console. */
    address: z.string().nullable(),
    /** For user.updated: each field's value before and after. */
    changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).nullable(),
  })
  .meta({ id: 'AccountEvent' });
export type AccountEventDto = z.infer<typeof accountEventSchema>;

/** GET /api/account-events */
export const accountEventsQuerySchema = z.object({
  /** The subtree whose accounts' history is read: the admin's own org when left out. */
  orgId: z.string().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const accountEventsSchema = z
  .object({ total: z.number().int(), items: z.array(accountEventSchema) })
  .meta({ id: 'AccountEvents' });
export type AccountEventsDto = z.infer<typeof accountEventsSchema>;

/** POST /api/auth/password: the holder's own new password, the current one to prove it is them. */
export const changePasswordRequestSchema = z
  .object({
    currentPassword: z.string().min(1, '请输入当前密码').max(256),
    newPassword: z.string().min(1, '请输入新密码').max(256, '密码不能超过 256 个字符'),
  })
  .meta({
    id: 'ChangePasswordRequest',
    example: { currentPassword: 'nOP1YUj2s4WAG5-V8dk4Ez5-', newPassword: '灯笼 果园 七十三 lantern' },
  });
