import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportResult, LedgerPage, PlanDetail, PlanSummary, Problem } from '@cascade/contracts';
import { forEachDatabase } from '@cascade/db/testing';
import { sheetXlsx } from '@cascade/documents/testing';
import { STANDARD_WORKFLOW } from '@cascade/engine';
import { buildOpenApiDocument } from '@cascade/server/openapi';
import { type ApiSession, createTestWorld, type TestWorld } from '@cascade/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const seedText = readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/import/seed/huizhou-city-2022.txt'),
  'utf8',
);

type Role = 'admin' | 'author' | 'deriver' | 'reporter' | 'supervisor';
type Scope = 'own' | 'other' | 'ancestor';
const ROLES: Role[] = ['admin', 'author', 'deriver', 'reporter', 'supervisor'];
const SCOPES: Scope[] = ['own', 'other', 'ancestor'];

/** One user per role, all in 博罗县 (the reporter in its 司法局, where reports come from). */
const USERS: Record<Role, string> = {
  admin: 'bl-admin',
  author: 'bl-author',
  deriver: 'bl-deriver',
  reporter: 'bl-reporter',
  supervisor: 'bl-supervisor',
};

/** What each scope points at: 博罗县's own things, 惠阳区's (a sibling branch), 惠州市's (above). */
type Target = {
  org: string;
  plan: string;
  item: string;
  itemVersion: number;
  assignment: string;
  /** An account of the scope's org, made for the matrix (changing it harms no session). */
  account: string;
  /** A 督办单 addressed to the scope's justice bureau (惠州市 itself above), issued in the setup. */
  notice?: string;
  /** A designed workflow variant owned by the scope's org, made in the setup. */
  variant?: string;
};

type Endpoint = {
  name: string;
  /** The scopes in which each role is let through; every other combination must be a 403. */
  allowed: Partial<Record<Role, Scope[]>>;
  request: (t: Target) => { method: string; path: string; body?: unknown; form?: FormData };
};

const ALL: Scope[] = ['own', 'other', 'ancestor'];
/** A designed variant's definition: the standard lifecycle under another name. */
const MATRIX_VARIANT = { name: '矩阵流程', initial: STANDARD_WORKFLOW.initial, states: STANDARD_WORKFLOW.states };
const READ_UP_DOWN: Scope[] = ['own', 'ancestor'];
const everyone = (scopes: Scope[]) => Object.fromEntries(ROLES.map((r) => [r, scopes])) as Record<Role, Scope[]>;
const enc = encodeURIComponent;
/** A one-account sheet per scope's org (built once: the requests below are made synchronously). */
const ACCOUNT_SHEETS = new Map(
  await Promise.all(
    ['441322', '441303', '441300'].map(
      async (org) =>
        [
          org,
          await sheetXlsx([
            ['用户名', '姓名', '单位', '角色'],
            [`m-bulk-${org}`, '矩阵导入', org, '任务报送'],
          ]),
        ] as const,
    ),
  ),
);
const accountSheetForm = (org: string) => {
  const form = new FormData();
  form.set('file', new File([ACCOUNT_SHEETS.get(org) as Uint8Array<ArrayBuffer>], '账号.xlsx'));
  return form;
};
const reportForm = () => {
  const form = new FormData();
  form.set('expectedVersion', '1');
  form.set('text', '已完成');
  form.append('files', new File([new TextEncoder().encode('%PDF-1.4 x')], 'a.pdf'));
  return form;
};

/**
 * Every endpoint × every role × own subtree / other subtree / ancestor. Written out by hand from
 * the roles' definitions — not computed from the policy it checks.
 */
const ENDPOINTS: Endpoint[] = [
  // Endpoints that name no org: each answers from the caller's own subtree, so scope does not vary.
  {
    name: 'GET orgs search',
    allowed: everyone(ALL),
    request: () => ({ method: 'GET', path: '/api/orgs?q=%E5%8D%9A%E7%BD%97' }),
  },
  { name: 'GET org roots', allowed: everyone(ALL), request: () => ({ method: 'GET', path: '/api/orgs/roots' }) },
  { name: 'GET plans', allowed: everyone(ALL), request: () => ({ method: 'GET', path: '/api/plans' }) },
  { name: 'GET ledger', allowed: everyone(ALL), request: () => ({ method: 'GET', path: '/api/ledger?limit=5' }) },
  {
    name: 'GET ledger xlsx',
    allowed: everyone(ALL),
    request: () => ({ method: 'GET', path: '/api/ledger/export.xlsx?limit=5' }),
  },
  { name: 'GET inbox', allowed: everyone(ALL), request: () => ({ method: 'GET', path: '/api/derivation/inbox' }) },
  { name: 'GET notifications', allowed: everyone(ALL), request: () => ({ method: 'GET', path: '/api/notifications' }) },
  {
    name: 'POST notification read',
    allowed: everyone(ALL),
    request: () => ({ method: 'POST', path: '/api/notifications/1/read' }),
  },
  {
    name: 'GET job (unknown: 404, never another branch’s)',
    allowed: everyone(ALL),
    request: () => ({ method: 'GET', path: '/api/jobs/00000000-0000-4000-8000-000000000000' }),
  },
  {
    name: 'POST import (into the own org only)',
    allowed: { admin: ALL, author: ALL, deriver: ALL },
    request: () => ({
      method: 'POST',
      path: '/api/plans/import',
      body: { text: '一、总体要求\n（一）公开\n1.建设专栏。〔牵头单位：县政府办公室〕', fileName: 'm.txt', year: 2022 },
    }),
  },
  {
    // Reading a document for the review creates nothing, but only those who may import may ask.
    name: 'POST import preview',
    allowed: { admin: ALL, author: ALL, deriver: ALL },
    request: () => ({
      method: 'POST',
      path: '/api/plans/import/preview',
      body: { text: '一、总体要求\n（一）公开\n1.建设专栏。〔牵头单位：县政府办公室〕', fileName: 'm.txt', year: 2022 },
    }),
  },
  { name: 'GET org', allowed: everyone(ALL), request: (t) => ({ method: 'GET', path: `/api/orgs/${t.org}` }) },
  {
    name: 'GET org children',
    allowed: everyone(ALL),
    request: (t) => ({ method: 'GET', path: `/api/orgs/${t.org}/children` }),
  },
  {
    // The tree's facts about an org are its admins' to change: own subtree only.
    name: 'PATCH org capabilities',
    allowed: { admin: ['own'] },
    request: (t) => ({ method: 'PATCH', path: `/api/orgs/${t.org}/capabilities`, body: { gazette: true } }),
  },
  {
    name: 'POST section',
    allowed: { admin: ['own'] },
    request: (t) => ({ method: 'POST', path: `/api/orgs/${t.org}-justice/sections`, body: { name: '矩阵测试股' } }),
  },
  {
    name: 'PATCH section (unknown: 404 where allowed)',
    allowed: { admin: ['own'] },
    request: (t) => ({
      method: 'PATCH',
      path: `/api/orgs/${t.org}-justice/sections/${t.org}-justice-s999`,
      body: { name: '改名股' },
    }),
  },
  {
    name: 'DELETE section (unknown: 404 where allowed)',
    allowed: { admin: ['own'] },
    request: (t) => ({ method: 'DELETE', path: `/api/orgs/${t.org}-justice/sections/${t.org}-justice-s999` }),
  },
  {
    name: 'GET plan',
    allowed: everyone(READ_UP_DOWN),
    request: (t) => ({ method: 'GET', path: `/api/plans/${enc(t.plan)}` }),
  },
  {
    name: 'GET plan versions',
    allowed: everyone(READ_UP_DOWN),
    request: (t) => ({ method: 'GET', path: `/api/plans/${enc(t.plan)}/versions` }),
  },
  {
    name: 'GET plan docx',
    allowed: everyone(READ_UP_DOWN),
    request: (t) => ({ method: 'GET', path: `/api/plans/${enc(t.plan)}/export.docx` }),
  },
  {
    name: 'GET coverage',
    allowed: everyone(READ_UP_DOWN),
    request: (t) => ({ method: 'GET', path: `/api/plans/${enc(t.plan)}/coverage` }),
  },
  {
    name: 'GET diff',
    allowed: everyone(READ_UP_DOWN),
    request: (t) => ({ method: 'GET', path: `/api/plans/${enc(t.plan)}/diff` }),
  },
  {
    // Reading a plan is enough to preview it; the child (a township or county) is checked after.
    name: 'GET derivation preview',
    allowed: everyone(READ_UP_DOWN),
    request: (t) => ({ method: 'GET', path: `/api/plans/${enc(t.plan)}/preview?childOrgId=441322` }),
  },
  {
    name: 'GET plan profile',
    allowed: everyone(READ_UP_DOWN),
    request: (t) => ({ method: 'GET', path: `/api/plans/${enc(t.plan)}/profile` }),
  },
  {
    // Changing 派生规则 is editing the plan; a stale version (0) answers 409 to whoever may.
    name: 'PUT plan profile',
    allowed: { admin: ['own'], deriver: ['own'] },
    request: (t) => ({
      method: 'PUT',
      path: `/api/plans/${enc(t.plan)}/profile`,
      body: { rules: null, expectedVersion: 0 },
    }),
  },
  {
    name: 'PATCH item',
    allowed: { admin: ['own'], deriver: ['own'] },
    request: (t) => ({
      method: 'PATCH',
      path: `/api/plans/${enc(t.plan)}/items/${enc(t.item)}`,
      body: { expectedVersion: t.itemVersion, reason: '矩阵测试', patch: { text: '改写的措施' } },
    }),
  },
  {
    name: 'POST item',
    allowed: { admin: ['own'], deriver: ['own'] },
    request: (t) => ({
      method: 'POST',
      path: `/api/plans/${enc(t.plan)}/items`,
      body: { kind: 'section', text: '本级新增' },
    }),
  },
  {
    // Reading the plan is enough to see who its unit phrases name.
    name: 'POST units resolve',
    allowed: everyone(READ_UP_DOWN),
    request: (t) => ({
      method: 'POST',
      path: `/api/plans/${enc(t.plan)}/units/resolve`,
      body: { phrases: ['市司法局'] },
    }),
  },
  {
    name: 'POST item move',
    allowed: { admin: ['own'], deriver: ['own'] },
    request: (t) => ({
      method: 'POST',
      path: `/api/plans/${enc(t.plan)}/items/${enc(t.item)}/move`,
      body: { move: 'down' },
    }),
  },
  {
    name: 'DELETE item',
    allowed: { admin: ['own'], deriver: ['own'] },
    request: (t) => ({
      method: 'DELETE',
      path: `/api/plans/${enc(t.plan)}/items/${enc(t.item)}?expectedVersion=1&reason=x`,
    }),
  },
  {
    // 撤销删除 is editing the plan; the item is not removed, so whoever may answers 409.
    name: 'POST item restore',
    allowed: { admin: ['own'], deriver: ['own'] },
    request: (t) => ({
      method: 'POST',
      path: `/api/plans/${enc(t.plan)}/items/${enc(t.item)}/restore`,
    }),
  },
  {
    name: 'POST publish',
    allowed: { admin: ['own'], deriver: ['own'] },
    request: (t) => ({
      method: 'POST',
      path: `/api/plans/${enc(t.plan)}/publish`,
      body: { expectedVersion: 1, summary: 'x' },
    }),
  },
  {
    // 开始执行 / 年度收官 are the owner org's word (its author or admin, not an admin above); a stale
    // version answers 409 to whoever may, so nothing moves.
    name: 'POST plan lifecycle',
    allowed: { admin: ['own'], author: ['own'] },
    request: (t) => ({
      method: 'POST',
      path: `/api/plans/${enc(t.plan)}/lifecycle`,
      body: { event: 'CLOSE', expectedVersion: 999 },
    }),
  },
  {
    // What a publish would do is for whoever may publish.
    name: 'GET publish preview',
    allowed: { admin: ['own'], deriver: ['own'] },
    request: (t) => ({ method: 'GET', path: `/api/plans/${enc(t.plan)}/publish-preview` }),
  },
  {
    name: 'GET plan feedback (台账反馈)',
    // The owner's subtree sees who fed back; 博罗县司法局's reporter is below 博罗县, so it does not.
    allowed: { ...everyone(['own']), reporter: [] },
    request: (t) => ({ method: 'GET', path: `/api/plans/${enc(t.plan)}/feedback` }),
  },
  {
    name: 'GET annual-report section',
    allowed: { ...everyone(['own']), reporter: [] },
    request: (t) => ({ method: 'GET', path: `/api/plans/${enc(t.plan)}/annual-report` }),
  },
  {
    name: 'GET annual-report section (docx)',
    allowed: { ...everyone(['own']), reporter: [] },
    request: (t) => ({ method: 'GET', path: `/api/plans/${enc(t.plan)}/annual-report?format=docx` }),
  },
  {
    name: 'GET upstream',
    allowed: everyone(READ_UP_DOWN),
    request: (t) => ({ method: 'GET', path: `/api/plans/${enc(t.plan)}/upstream` }),
  },
  {
    name: 'POST upstream merge',
    allowed: { admin: ['own'], deriver: ['own'] },
    request: (t) => ({
      method: 'POST',
      path: `/api/plans/${enc(t.plan)}/upstream`,
      body: { toVersion: 9, resolutions: [] },
    }),
  },
  {
    name: 'GET acknowledgements',
    allowed: everyone(READ_UP_DOWN),
    request: (t) => ({ method: 'GET', path: `/api/plans/${enc(t.plan)}/acknowledgements` }),
  },
  {
    name: 'PUT binding',
    allowed: { admin: ['own'], deriver: ['own'] },
    request: (t) => ({
      method: 'PUT',
      path: `/api/plans/${enc(t.plan)}/binding`,
      body: { binding: 'followLatest', expectedVersion: 999 },
    }),
  },
  {
    name: 'POST cascade',
    allowed: { admin: ['own'], deriver: ['own'] },
    // A stale plan id of the right owner would do; the cascade itself is not what is tested.
    request: (t) => ({ method: 'POST', path: `/api/plans/${enc(t.plan)}/cascade` }),
  },
  {
    name: 'POST derive',
    allowed: { admin: ['own'], deriver: ['own'] },
    request: (t) => ({ method: 'POST', path: `/api/plans/${enc(PARENT_PLAN.id)}/derive`, body: { childOrgId: t.org } }),
  },
  {
    name: 'GET assignment',
    allowed: everyone(['own']),
    request: (t) => ({ method: 'GET', path: `/api/assignments/${enc(t.assignment)}` }),
  },
  {
    name: 'GET evidence',
    allowed: everyone(['own']),
    request: (t) => ({ method: 'GET', path: `/api/assignments/${enc(t.assignment)}/evidence/${'0'.repeat(64)}` }),
  },
  {
    name: 'POST report',
    allowed: { reporter: ['own'] },
    request: (t) => ({ method: 'POST', path: `/api/assignments/${enc(t.assignment)}/report`, form: reportForm() }),
  },
  {
    // Reach is the ledger's (the own subtree); who may fire which event is the variant's word.
    name: 'POST transition (an event no state has: 409 once within reach)',
    allowed: everyone(['own']),
    request: (t) => ({
      method: 'POST',
      path: `/api/assignments/${enc(t.assignment)}/transitions`,
      body: { event: 'NO_SUCH_EVENT', expectedVersion: 1 },
    }),
  },
  {
    name: 'GET workflow variants',
    allowed: everyone(ALL),
    request: () => ({ method: 'GET', path: '/api/workflow-variants' }),
  },
  {
    name: 'POST workflow variant (for the own org)',
    allowed: { admin: ['own'], author: ['own'] },
    request: (t) => ({
      method: 'POST',
      path: '/api/workflow-variants',
      body: { ownerOrgId: t.org, definition: MATRIX_VARIANT },
    }),
  },
  {
    name: 'GET workflow variant',
    allowed: everyone(READ_UP_DOWN),
    request: (t) => ({ method: 'GET', path: `/api/workflow-variants/${t.variant ?? 'wf-none000'}` }),
  },
  {
    name: 'PUT workflow variant draft',
    allowed: { admin: ['own'], author: ['own'] },
    request: (t) => ({
      method: 'PUT',
      path: `/api/workflow-variants/${t.variant ?? 'wf-none000'}/draft`,
      body: { expectedVersion: 1, definition: MATRIX_VARIANT },
    }),
  },
  {
    name: 'POST workflow variant publish',
    allowed: { admin: ['own'], author: ['own'] },
    request: (t) => ({
      method: 'POST',
      path: `/api/workflow-variants/${t.variant ?? 'wf-none000'}/publish`,
      body: { expectedVersion: 1 },
    }),
  },
  {
    name: 'POST workflow variant migration (dry run)',
    allowed: { admin: ['own'], author: ['own'] },
    request: (t) => ({
      method: 'POST',
      path: `/api/workflow-variants/${t.variant ?? 'wf-none000'}/migration`,
      body: { fromVersion: 1, mapping: {}, dryRun: true },
    }),
  },
  ...(['verify', 'return', 'urge'] as const).map(
    (action): Endpoint => ({
      name: `POST ${action}`,
      allowed: { admin: ['own'], supervisor: ['own'] },
      request: (t) => ({
        method: 'POST',
        path: `/api/assignments/${enc(t.assignment)}/${action}`,
        body: action === 'urge' ? { message: '请抓紧' } : { expectedVersion: 1, reason: '退回理由' },
      }),
    }),
  ),
  {
    // One's own inbox only: nothing to refuse.
    name: 'POST mark the whole inbox read',
    allowed: everyone(ALL),
    request: () => ({ method: 'POST', path: '/api/notifications/read-all' }),
  },
  {
    // The route itself is open to anyone signed in; each row answers as its single-row route would.
    name: 'POST bulk urge (one row, answered per row)',
    allowed: { admin: ['own'], supervisor: ['own'] },
    request: (t) => ({
      method: 'POST',
      path: '/api/assignments/bulk-actions',
      body: { action: 'urge', rows: [{ id: t.assignment, expectedVersion: 1 }], message: '请抓紧' },
    }),
  },
  {
    name: 'GET rollup',
    // 博罗县 is above the reporter's 司法局: its roll-up is the county's, not the unit's.
    allowed: { ...everyone(['own']), reporter: [] },
    request: (t) => ({ method: 'GET', path: `/api/rollup/${t.org}?year=2022` }),
  },
  {
    name: 'GET escalations (督办/约谈 list)',
    allowed: { admin: ['own'], supervisor: ['own'] },
    request: (t) => ({ method: 'GET', path: `/api/escalations?orgId=${t.org}` }),
  },
  {
    name: 'GET own sign-ins',
    allowed: everyone(ALL),
    request: () => ({ method: 'GET', path: '/api/auth/sign-ins' }),
  },
  {
    name: 'GET own sessions',
    allowed: everyone(ALL),
    request: () => ({ method: 'GET', path: '/api/auth/sessions' }),
  },
  {
    // Ends the caller's other sessions only (none here, since each row signs in afresh).
    name: 'POST end own other sessions',
    allowed: everyone(ALL),
    request: () => ({ method: 'POST', path: '/api/auth/sessions/end-others' }),
  },
  {
    // Another account's session (or none): a 404 to everyone, never a 403 that says it exists.
    name: 'POST end one own session (unknown: 404)',
    allowed: everyone(ALL),
    request: () => ({ method: 'POST', path: `/api/auth/sessions/${'0'.repeat(16)}/end` }),
  },
  {
    name: 'GET failed sign-ins of an org subtree',
    allowed: { admin: ['own'] },
    request: (t) => ({ method: 'GET', path: `/api/auth/org-failed-logins?orgId=${t.org}` }),
  },
  {
    name: 'GET accounts of an org subtree',
    allowed: { admin: ['own'] },
    request: (t) => ({ method: 'GET', path: `/api/accounts?orgId=${t.org}` }),
  },
  {
    name: 'POST account (in the named org)',
    allowed: { admin: ['own'] },
    request: (t) => ({
      method: 'POST',
      path: '/api/accounts',
      body: { username: `m-${t.org}-${++ACCOUNT_SERIAL}`, displayName: '矩阵新建', orgId: t.org, role: 'reporter' },
    }),
  },
  {
    name: 'GET account',
    allowed: { admin: ['own'] },
    request: (t) => ({ method: 'GET', path: `/api/accounts/${t.account}` }),
  },
  {
    name: 'PATCH account',
    allowed: { admin: ['own'] },
    request: (t) => ({ method: 'PATCH', path: `/api/accounts/${t.account}`, body: { displayName: '矩阵改名' } }),
  },
  ...(['disable', 'enable', 'reset-password'] as const).map(
    (action): Endpoint => ({
      name: `POST account ${action}`,
      allowed: { admin: ['own'] },
      request: (t) => ({ method: 'POST', path: `/api/accounts/${t.account}/${action}` }),
    }),
  ),
  {
    name: 'GET account events of an org subtree',
    allowed: { admin: ['own'] },
    request: (t) => ({ method: 'GET', path: `/api/account-events?orgId=${t.org}` }),
  },
  {
    // Names no org: the admin's own subtree is searched.
    name: 'GET orgs to place an account in',
    allowed: { admin: ALL },
    request: () => ({ method: 'GET', path: '/api/account-orgs?q=%E5%8F%B8%E6%B3%95' }),
  },
  {
    // Reading a sheet writes nothing: rows naming orgs outside the subtree are refused row by row.
    name: 'POST account import preview',
    allowed: { admin: ALL },
    request: (t) => ({ method: 'POST', path: '/api/account-import/preview', form: accountSheetForm(t.org) }),
  },
  {
    // The sheet places an account in the scope's org: only into the admin's own subtree.
    name: 'POST account import (into the org the sheet names)',
    allowed: { admin: ['own'] },
    request: (t) => ({ method: 'POST', path: '/api/account-import', form: accountSheetForm(t.org) }),
  },
  {
    name: 'GET account import template',
    allowed: { admin: ALL },
    request: () => ({ method: 'GET', path: '/api/account-import/template' }),
  },
  {
    // Anyone changes their own password; a wrong current password is a 422, not a 403.
    name: 'POST own password',
    allowed: everyone(ALL),
    request: () => ({
      method: 'POST',
      path: '/api/auth/password',
      body: { currentPassword: 'not-the-password', newPassword: 'Lantern-orchard-73' },
    }),
  },
  {
    // 督办单 / 约谈: read by the addressed unit and the offices above it (the reporter sits in the
    // 司法局, below 博罗县's own list).
    name: 'GET supervision notices of an org subtree',
    allowed: { admin: ['own'], author: ['own'], deriver: ['own'], supervisor: ['own'] },
    request: (t) => ({ method: 'GET', path: `/api/supervision-notices?orgId=${t.org}&side=issued` }),
  },
  {
    name: 'GET supervision notice',
    allowed: everyone(['own']),
    request: (t) => ({ method: 'GET', path: `/api/supervision-notices/${t.notice ?? 'none'}` }),
  },
  {
    name: 'GET supervision notice docx',
    allowed: everyone(['own']),
    request: (t) => ({ method: 'GET', path: `/api/supervision-notices/${t.notice ?? 'none'}/export.docx` }),
  },
  {
    name: 'GET supervision notices of an assignment',
    allowed: everyone(['own']),
    request: (t) => ({ method: 'GET', path: `/api/assignments/${enc(t.assignment)}/supervision-notices` }),
  },
  {
    // Issued from above, like a 督办: never to one's own unit.
    name: 'POST issue a supervision notice',
    allowed: { admin: ['own'], supervisor: ['own'] },
    request: (t) => ({ method: 'POST', path: '/api/supervision-notices', body: { assignmentIds: [t.assignment] } }),
  },
  {
    // Signed for and answered by the addressed unit itself, in its own name.
    name: 'POST sign a supervision notice',
    allowed: { reporter: ['own'] },
    request: (t) => ({ method: 'POST', path: `/api/supervision-notices/${t.notice ?? 'none'}/sign` }),
  },
  {
    name: 'POST answer a supervision notice',
    allowed: { reporter: ['own'] },
    request: (t) => ({
      method: 'POST',
      path: `/api/supervision-notices/${t.notice ?? 'none'}/answer`,
      body: { plan: '补齐', rectifyBy: '2099-12-31' },
    }),
  },
  ...(['return', 'close'] as const).map(
    (action): Endpoint => ({
      // Returned or closed by the issuing office (博罗县 for its 司法局's notice); a wrong state is a 409.
      name: `POST ${action} a supervision notice`,
      allowed: { admin: ['own'], supervisor: ['own'] },
      request: (t) => ({
        method: 'POST',
        path: `/api/supervision-notices/${t.notice ?? 'none'}/${action}`,
        body: { note: '矩阵' },
      }),
    }),
  ),
  {
    name: 'POST lookback',
    allowed: { admin: ['own'], supervisor: ['own'] },
    request: (t) => ({ method: 'POST', path: '/api/lookback', body: { orgId: t.org, year: 2021 } }),
  },
  {
    // 回头看记录 are read as the roll-up is: within one's own subtree, not by a unit below the run's root.
    name: 'GET look-back runs',
    allowed: { ...everyone(['own']), reporter: [] },
    request: (t) => ({ method: 'GET', path: `/api/lookbacks?orgId=${t.org}` }),
  },
  {
    name: 'GET one look-back (a run recorded per scope by the setup)',
    allowed: { ...everyone(['own']), reporter: [] },
    request: (t) => ({ method: 'GET', path: `/api/lookbacks/lb-${t.org}` }),
  },
  {
    name: 'GET org feedback (台账反馈 of its plans)',
    allowed: { ...everyone(['own']), reporter: [] },
    request: (t) => ({ method: 'GET', path: `/api/feedback?orgId=${t.org}&year=2022` }),
  },
];

const PARENT_PLAN = { id: '' };
let ACCOUNT_SERIAL = 0;

async function send(session: ApiSession, req: ReturnType<Endpoint['request']>) {
  const init: RequestInit = { method: req.method };
  if (req.form) init.body = req.form;
  else if (req.body !== undefined) {
    init.body = JSON.stringify(req.body);
    init.headers = { 'content-type': 'application/json' };
  }
  return session.request(req.path, init);
}

/** Open to everyone by design: signing in (by password or single sign-on) and out, and the liveness probe. */
const UNGUARDED = [
  'POST /api/auth/login',
  'GET /api/auth/session',
  'POST /api/auth/logout',
  'GET /api/health',
  'GET /api/auth/methods',
  'GET /api/auth/oidc/start',
  'GET /api/auth/oidc/callback',
];

describe('authorization matrix covers the API', () => {
  it('has a row for every operation of the OpenAPI document', () => {
    const sample: Target = { org: '441322', plan: 'p', item: 'i', itemVersion: 1, assignment: 'a', account: 'u' };
    const parent = PARENT_PLAN.id;
    PARENT_PLAN.id ||= 'parent'; // set by the matrix's own setup; any id shows the route here
    const exercised = ENDPOINTS.map((e) => {
      const req = e.request(sample);
      return `${req.method} ${req.path.split('?')[0]}`;
    });
    PARENT_PLAN.id = parent;
    const operations = Object.entries(buildOpenApiDocument().paths ?? {}).flatMap(([template, item]) =>
      Object.keys(item as object).map((method) => ({
        name: `${method.toUpperCase()} ${template}`,
        pattern: new RegExp(
          `^${method.toUpperCase()} ${template.replace(/\{[^}]+\}/g, '[^/]+').replace(/\./g, '\\.')}$`,
        ),
      })),
    );
    const missing = operations
      .filter((op) => !UNGUARDED.includes(op.name))
      .filter((op) => !exercised.some((e) => op.pattern.test(e)))
      .map((op) => op.name);
    expect(missing).toEqual([]);
    expect(operations.length).toBeGreaterThan(30);
  });
});

describe('authorization matrix: every endpoint × role × own subtree / other subtree / ancestor', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    const targets = {} as Record<Scope, Target>;

    beforeAll(async () => {
      world = await createTestWorld(getDb());
      // A 回头看 on record for each scope's org, for the route that reopens one.
      for (const org of ['441322', '441303', '441300'])
        await getDb().query(
          `INSERT INTO look_backs (id, root_org_id, root_org_path, year, started_by, started_by_org_id, reopened_on)
           SELECT 'lb-' || id, id, path, 2021, 'matrix', id, '2022-01-10' FROM orgs WHERE id = $1`,
          [org],
        );
      const author = await world.as('hz-author');
      const imported = await author.send<ImportResult>('POST', '/api/plans/import', {
        text: seedText,
        fileName: 'hz.txt',
      });
      const city = await author.send<PlanDetail>('GET', `/api/plans/${enc(imported.plan.id)}`);
      // One task names the city government itself, so 惠州市 has a ledger row of its own.
      const first = city.items.find((i) => i.kind === 'task')!;
      await author.send('PATCH', `/api/plans/${enc(city.plan.id)}/items/${enc(first.id)}`, {
        expectedVersion: first.version,
        patch: { units: { ...first.units, responsible: [...first.units.responsible, '市政府'] } },
      });
      const current = await author.send<PlanDetail>('GET', `/api/plans/${enc(city.plan.id)}`);
      await author.send('POST', `/api/plans/${enc(city.plan.id)}/publish`, {
        expectedVersion: current.plan.version,
        summary: '',
      });
      PARENT_PLAN.id = city.plan.id;

      const derived: Record<string, PlanSummary> = {};
      for (const [username, orgId] of [
        ['bl-deriver', '441322'],
        ['hy-deriver', '441303'],
      ] as const) {
        const deriver = await world.as(username);
        const plan = await deriver.send<PlanSummary>('POST', `/api/plans/${enc(city.plan.id)}/derive`, {
          childOrgId: orgId,
        });
        await deriver.send('POST', `/api/plans/${enc(plan.id)}/publish`, {
          expectedVersion: plan.version,
          summary: '',
        });
        derived[orgId] = plan;
      }
      const admin = await world.as('gd-admin');
      const rowOf = async (planId: string, orgId: string) => {
        const page = await admin.send<LedgerPage>('GET', `/api/ledger?planId=${enc(planId)}&orgId=${orgId}&limit=1`);
        expect(page.rows.length, `a ledger row of ${orgId}`).toBe(1);
        return page.rows[0]!.id;
      };
      const taskOf = async (planId: string) => {
        const detail = await admin.send<PlanDetail>('GET', `/api/plans/${enc(planId)}`);
        const task = detail.items.find((i) => i.kind === 'task')!;
        return { item: task.id, itemVersion: task.version };
      };
      // One account per scope to read and change: 博罗县's own, 惠阳区's beside it, 惠州市's above.
      for (const [username, orgId] of [
        ['m-own', '441322'],
        ['m-other', '441303'],
        ['m-ancestor', '441300'],
      ] as const)
        await admin.send('POST', '/api/accounts', { username, displayName: `矩阵 ${orgId}`, orgId, role: 'reporter' });
      targets.own = {
        org: '441322',
        account: 'm-own',
        plan: derived['441322']!.id,
        ...(await taskOf(derived['441322']!.id)),
        assignment: await rowOf(derived['441322']!.id, '441322-justice'),
      };
      targets.other = {
        org: '441303',
        account: 'm-other',
        plan: derived['441303']!.id,
        ...(await taskOf(derived['441303']!.id)),
        assignment: await rowOf(derived['441303']!.id, '441303-justice'),
      };
      targets.ancestor = {
        org: '441300',
        account: 'm-ancestor',
        plan: city.plan.id,
        ...(await taskOf(city.plan.id)),
        assignment: await rowOf(city.plan.id, '441300'),
      };
      // A 督办单 per scope, issued by the office above the row's unit.
      for (const [scope, issuer] of [
        ['own', 'bl-supervisor'],
        ['other', 'hy-supervisor'],
        ['ancestor', 'gd-admin'],
      ] as const) {
        const notice = await (await world.as(issuer)).send<{ id: string }>('POST', '/api/supervision-notices', {
          assignmentIds: [targets[scope].assignment],
        });
        targets[scope].notice = notice.id;
        const variant = await admin.send<{ id: string }>('POST', '/api/workflow-variants', {
          ownerOrgId: targets[scope].org,
          definition: MATRIX_VARIANT,
        });
        targets[scope].variant = variant.id;
      }
    });

    afterAll(async () => {
      // Let cascades started by allowed requests finish before the database goes away.
      await new Promise((resolve) => setTimeout(resolve, 200));
    });

    for (const endpoint of ENDPOINTS) {
      it(endpoint.name, async () => {
        const outcomes: string[] = [];
        for (const role of ROLES) {
          const session = await world.as(USERS[role]);
          for (const scope of SCOPES) {
            const res = await send(session, endpoint.request(targets[scope]));
            const allowed = endpoint.allowed[role]?.includes(scope) ?? false;
            const body = res.headers.get('content-type')?.includes('json') ? await res.text() : '';
            const verdict = res.status === 403 ? 'denied' : res.status === 401 ? 'unauthenticated' : 'allowed';
            if (verdict !== (allowed ? 'allowed' : 'denied'))
              outcomes.push(`${role}/${scope}: ${res.status} ${body.slice(0, 160)}`);
            if (res.status === 403) {
              const problem = JSON.parse(body) as Problem;
              expect(problem.type).toBe('/problems/forbidden');
              expect(problem.detail, `${role}/${scope} has a reason`).toMatch(/[\u4e00-\u9fff]/);
            }
            expect(res.status, `${role}/${scope}`).toBeLessThan(500);
          }
        }
        expect(outcomes).toEqual([]);
      });
    }

    it('an admin of 博罗县 cannot see or change an account of 惠东县 or 惠州市', async () => {
      const province = await world.as('gd-admin');
      await province.send('POST', '/api/accounts', {
        username: 'm-huidong',
        displayName: '惠东县 报送员',
        orgId: '441323',
        role: 'reporter',
      });
      const admin = await world.as(USERS.admin);
      const listed = await admin.send<{ items: { username: string }[] }>('GET', '/api/accounts?limit=200');
      const usernames = listed.items.map((a) => a.username);
      expect(usernames).toContain('m-own');
      for (const username of ['m-huidong', 'm-ancestor', 'hz-author', 'm-other']) {
        expect(usernames).not.toContain(username);
        const path = `/api/accounts/${username}`;
        const statuses = [
          (await admin.request(path)).status,
          (await send(admin, { method: 'PATCH', path, body: { displayName: '越权' } })).status,
          (await send(admin, { method: 'PATCH', path: '/api/accounts/m-own', body: { orgId: '441323' } })).status,
          (await send(admin, { method: 'POST', path: `${path}/disable` })).status,
          (await send(admin, { method: 'POST', path: `${path}/enable` })).status,
          (await send(admin, { method: 'POST', path: `${path}/reset-password` })).status,
        ];
        expect(statuses, username).toEqual([403, 403, 403, 403, 403, 403]);
      }
      for (const orgId of ['441323', '441300'])
        for (const path of [`/api/accounts?orgId=${orgId}`, `/api/account-events?orgId=${orgId}`])
          expect((await admin.request(path)).status, path).toBe(403);
      const created = await send(admin, {
        method: 'POST',
        path: '/api/accounts',
        body: { username: 'm-sneaky', displayName: '越权', orgId: '441323', role: 'admin' },
      });
      expect(created.status).toBe(403);
      // Nor in bulk: a sheet placing an account in 惠东县 or 惠州市 is refused whole.
      for (const org of ['441323', '441300']) {
        const form = new FormData();
        const sheet = await sheetXlsx([
          ['用户名', '姓名', '单位', '角色'],
          ['m-sneaky-bulk', '越权', org, '管理员'],
        ]);
        form.set('file', new File([sheet as Uint8Array<ArrayBuffer>], '越权.xlsx'));
        const bulk = await send(admin, { method: 'POST', path: '/api/account-import', form });
        expect(bulk.status, org).toBe(403);
      }
      expect((await province.request('/api/accounts/m-sneaky-bulk')).status).toBe(404);
      const huidong = await province.send<{ displayName: string }>('GET', '/api/accounts/m-huidong');
      expect(huidong.displayName).toBe('惠东县 报送员');
    });

    it('the ledger and plan list show each role its own branch and nothing of another', async () => {
      for (const role of ROLES) {
        const session = await world.as(USERS[role]);
        const { rows } = await session.send<LedgerPage>('GET', '/api/ledger?limit=10000');
        expect(rows.length, role).toBeGreaterThan(0);
        for (const row of rows)
          expect(row.orgPath.startsWith(session.account.orgPath), `${role}: ${row.orgName}`).toBe(true);
        const { plans } = await session.send<{ plans: PlanSummary[] }>('GET', '/api/plans');
        // 惠州市's plan above, 博罗县's and (after an allowed cascade) its townships' below; never 惠阳区's.
        const owners = plans.map((p) => p.ownerOrgId);
        expect(owners, role).toEqual(expect.arrayContaining(['441300', '441322']));
        for (const owner of owners)
          expect(owner === '441300' || owner.startsWith('441322'), `${role}: ${owner}`).toBe(true);
      }
    });

    it('refuses every signed-out request and every write without the CSRF token', async () => {
      for (const endpoint of ENDPOINTS) {
        const req = endpoint.request(targets.own);
        const init: RequestInit = { method: req.method };
        if (req.body !== undefined) {
          init.body = JSON.stringify(req.body);
          init.headers = { 'content-type': 'application/json' };
        }
        const anonymous = await world.app.request(req.path, init);
        expect(anonymous.status, `${endpoint.name} signed out`).toBe(401);
        if (req.method === 'GET') continue;
        const session = await world.as(USERS.admin);
        const cookieOnly = await session.request(req.path, {
          ...init,
          headers: { ...init.headers, 'x-csrf-token': 'forged' },
        });
        expect(cookieOnly.status, `${endpoint.name} without CSRF`).toBe(403);
        expect(((await cookieOnly.json()) as Problem).type).toBe('/problems/csrf');
      }
    });
  });
});
