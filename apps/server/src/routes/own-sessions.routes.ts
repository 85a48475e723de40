import {
  endedSessionsSchema,
  ownSessionsSchema,
  sessionHandlePathSchema,
  signInHistorySchema,
} from '@cascade/contracts';
import { endOtherSessions, endOwnSession, listOwnSessions, listSignIns } from '@cascade/db';
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { clientAddress } from '../auth/client-address.ts';
import { requireAccount, SESSION_TIMES } from '../auth/session.middleware.ts';
import { apiRouter } from '../http/api-router.ts';
import type { AppDeps, AppEnv } from '../http/app-env.ts';
import { json, problems, SIGNED_IN } from '../http/openapi.ts';
import { ProblemError } from '../http/problem.ts';

const TAGS = ['账号'];

const signIns = createRoute({
  method: 'get',
  path: '/sign-ins',
  tags: TAGS,
  summary: '本账号最近 30 天的登录记录：成功的登录和失败的尝试（时间、来源地址、方式），最新的在前',
  security: SIGNED_IN,
  responses: { 200: json(signInHistorySchema, '登录记录'), ...problems() },
});
const list = createRoute({
  method: 'get',
  path: '/sessions',
  tags: TAGS,
  summary: '本账号仍有效的登录会话（开始时间、最近使用、来源地址、浏览器），当前会话有标记',
  security: SIGNED_IN,
  responses: { 200: json(ownSessionsSchema, '会话'), ...problems() },
});
const endOthers = createRoute({
  method: 'post',
  path: '/sessions/end-others',
  tags: TAGS,
  summary: '退出其他设备：结束本账号除当前会话以外的所有会话',
  security: SIGNED_IN,
  responses: { 200: json(endedSessionsSchema, '结束了几个会话'), ...problems('csrf') },
});
const endOne = createRoute({
  method: 'post',
  path: '/sessions/{handle}/end',
  tags: TAGS,
  summary: '结束本账号的一个会话（结束当前会话即退出登录）',
  security: SIGNED_IN,
  request: { params: sessionHandlePathSchema },
  responses: { 200: json(endedSessionsSchema, '结束了几个会话'), ...problems('csrf', 'session-not-found') },
});

const DAYS = 30;
const LIST_LIMIT = 200;

/** 登录记录与登录设备: an account's own sign-in history and live sessions, and ending the ones it does not know. */
export function ownSessionsRoutes(deps: AppDeps) {
  const db = deps.database.db;
  const ender = (c: Context<AppEnv>) => {
    const account = requireAccount(c);
    return {
      userId: account.id,
      username: account.username,
      actor: account.id,
      address: clientAddress(c, deps.trustProxy),
    };
  };
  return apiRouter()
    .openapi(signIns, async (c) => {
      const account = requireAccount(c);
      const history = await listSignIns(db, { username: account.username, days: DAYS, limit: LIST_LIMIT });
      return c.json({ days: DAYS, ...history }, 200);
    })
    .openapi(list, async (c) => {
      const account = requireAccount(c);
      const sessions = await listOwnSessions(db, {
        userId: account.id,
        currentSessionId: c.get('sessionId') ?? '',
        times: SESSION_TIMES,
      });
      return c.json({ sessions }, 200);
    })
    .openapi(endOthers, async (c) => {
      const ended = await endOtherSessions(db, { ...ender(c), keepSessionId: c.get('sessionId') ?? '' });
      return c.json({ ended }, 200);
    })
    .openapi(endOne, async (c) => {
      const { handle } = c.req.valid('param');
      if (!(await endOwnSession(db, { ...ender(c), handle })))
        throw new ProblemError('session-not-found', '没有这个会话，或它已经结束');
      return c.json({ ended: 1 }, 200);
    });
}
