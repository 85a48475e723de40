import type { Problem } from '@cascade/contracts';
import createClient, { type Middleware } from 'openapi-fetch';
import { t } from '../ui/dictionary.ts';
import { locale } from '../ui/locale.ts';
import type { components, paths } from './schema.gen.ts';

/** An API failure carrying the server's problem document, shown to the user as is. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }
}

let csrfToken = '';
let onSignedOut: () => void = () => {};

/** Remembers the session's CSRF token (sent on every write) — set at login and on boot. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** What to do when the server says the session is gone (show the login page). */
export function whenSignedOut(handler: () => void): void {
  onSignedOut = handler;
}

const csrf: Middleware = {
  onRequest({ request }) {
    // Problems come back in the UI's language.
    request.headers.set('accept-language', locale() === 'en' ? 'en' : 'zh-CN');
    if (request.method !== 'GET' && request.method !== 'HEAD') request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

/** The typed client: paths, parameters and bodies checked against the server's OpenAPI document. */
export const http = createClient<paths>({ baseUrl: location.origin, credentials: 'same-origin' });
http.use(csrf);

type Result<T> = { data?: T; error?: unknown; response: Response };

/**
 * Awaits a client call and returns its data, or throws an ApiError with the server's problem
 * (a network failure becomes one too, in words the user can act on).
 */
export async function call<T>(request: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await request;
  } catch {
    throw new ApiError({ type: '/problems/network', title: t('network.offline'), status: 0 });
  }
  if (result.response.ok) return result.data as T;
  const status = result.response.status;
  if (status === 401 && !result.response.url.endsWith('/api/auth/login')) onSignedOut();
  const body = result.error as Partial<Problem> | undefined;
  throw new ApiError(
    body?.title ? (body as Problem) : { type: '/problems/http', title: t('network.failed', { status }), status },
  );
}

type Schemas = components['schemas'];
export type PlanSummary = Schemas['PlanSummary'];
export type PlanDetail = Schemas['PlanDetail'];
export type OwnSession = Schemas['OwnSession'];
export type BulkActionResult = Schemas['BulkActionResult'];
export type SignInRecord = Schemas['SignInHistory']['items'][number];
export type PlanItem = Schemas['PlanItem'];
export type LedgerRow = Schemas['LedgerRow'];
export type FireableEvent = Schemas['FireableEvent'];
export type TransitionRequest = Schemas['TransitionRequest'];
export type Coverage = Schemas['Coverage'];
export type Job = Schemas['Job'];
export type Rollup = Schemas['Rollup'];
export type Upstream = Schemas['Upstream'];
export type PlanFeedback = Schemas['PlanFeedback'];
export type OrgFeedback = Schemas['OrgFeedback'];
export type FeedbackCounts = Schemas['FeedbackCounts'];
export type LookBackRun = Schemas['LookBackRun'];
export type LookBackDetail = Schemas['LookBackDetail'];
export type EscalationList = Schemas['EscalationList'];
export type DerivationPreview = Schemas['DerivationPreview'];
export type PlanProfile = Schemas['PlanProfile'];
export type ItemPatch = Schemas['ItemPatchRequest']['patch'];
export type LedgerQuery = NonNullable<paths['/api/ledger']['get']['parameters']['query']>;
export type ImportPreview = Schemas['ImportPreview'];
export type ImportPreviewRequest = Schemas['ImportPreviewRequest'];
export type ImportTextRequest = Schemas['ImportTextRequest'];
export type ImportEdit = Schemas['ImportEdit'];
export type ColumnRole = Schemas['ColumnRole'];
export type ColumnChoices = Schemas['ColumnChoices'];
export type ManagedAccount = Schemas['ManagedAccount'];
export type AccountEvent = Schemas['AccountEvent'];
export type AccountQuery = NonNullable<paths['/api/accounts']['get']['parameters']['query']>;
export type PlanListQuery = NonNullable<paths['/api/plans']['get']['parameters']['query']>;
export type AccountImportPreview = Schemas['AccountImportPreview'];
export type AccountImportRow = Schemas['AccountImportRow'];
export type AccountImportResult = Schemas['AccountImportResult'];
export type WorkflowVariantRecord = Schemas['WorkflowVariant'];
export type WorkflowDefinition = Schemas['WorkflowDefinition'];
export type WorkflowMigrationResult = Schemas['WorkflowMigrationResult'];

/** The import form: the file, the year if given, the column roles as JSON if any. */
function importForm(file: File, year?: number, columnChoices?: ColumnChoices): FormData {
  const form = new FormData();
  form.set('file', file);
  if (year) form.set('year', String(year));
  if (columnChoices && Object.keys(columnChoices).length) form.set('columnChoices', JSON.stringify(columnChoices));
  return form;
}

/** A form with just the file, as the account import takes it. */
function fileForm(file: File): FormData {
  const form = new FormData();
  form.set('file', file);
  return form;
}

const planPath = (planId: string) => ({ params: { path: { planId } } });
const assignmentPath = (assignmentId: string) => ({ params: { path: { assignmentId } } });
const variantPath = (variantId: string) => ({ params: { path: { variantId } } });
const accountPath = (username: string) => ({ params: { path: { username } } });

/** Every call the web app makes, one place; shapes come from the generated OpenAPI types. */
export const api = {
  orgRoots: () => call(http.GET('/api/orgs/roots')),
  org: (id: string) => call(http.GET('/api/orgs/{id}', { params: { path: { id } } })),
  orgChildren: (id: string) => call(http.GET('/api/orgs/{id}/children', { params: { path: { id } } })),
  searchOrgs: (q: string, limit = 20) => call(http.GET('/api/orgs', { params: { query: { q, limit } } })),

  plans: (query: PlanListQuery = {}) => call(http.GET('/api/plans', { params: { query } })),
  plan: (planId: string) => call(http.GET('/api/plans/{planId}', planPath(planId))),
  /** Reads a paste (or a file's text, sent back) for the review: nothing is saved. */
  previewImportText: (body: ImportPreviewRequest) => call(http.POST('/api/plans/import/preview', { body })),
  /** Reads an uploaded file for the review: nothing is saved. */
  previewImportFile: (file: File, year?: number, columnChoices?: ColumnChoices) =>
    call(
      http.POST('/api/plans/import/preview', {
        body: importForm(file, year, columnChoices) as never,
        bodySerializer: (b) => b as FormData,
      }),
    ),
  /** Creates the draft from the reviewed text, with the column roles and corrections settled on. */
  importText: (body: ImportTextRequest) => call(http.POST('/api/plans/import', { body })),
  patchItem: (planId: string, itemId: string, expectedVersion: number, patch: ItemPatch, reason?: string) =>
    call(
      http.PATCH('/api/plans/{planId}/items/{itemId}', {
        params: { path: { planId, itemId } },
        body: { expectedVersion, patch, ...(reason ? { reason } : {}) },
      }),
    ),
  addItem: (planId: string, body: Schemas['ItemAddRequest']) =>
    call(http.POST('/api/plans/{planId}/items', { ...planPath(planId), body })),
  resolveUnits: (planId: string, phrases: string[]) =>
    call(http.POST('/api/plans/{planId}/units/resolve', { ...planPath(planId), body: { phrases } })),
  moveItem: (planId: string, itemId: string, move: Schemas['ItemMoveRequest']['move']) =>
    call(
      http.POST('/api/plans/{planId}/items/{itemId}/move', { params: { path: { planId, itemId } }, body: { move } }),
    ),
  removeItem: (planId: string, itemId: string, expectedVersion: number, reason?: string) =>
    call(
      http.DELETE('/api/plans/{planId}/items/{itemId}', {
        params: { path: { planId, itemId }, query: { expectedVersion, ...(reason ? { reason } : {}) } },
      }),
    ),
  /** 撤销删除: a removed item back at its place, or an item marked 不适用 applicable again. */
  restoreItem: (planId: string, itemId: string) =>
    call(http.POST('/api/plans/{planId}/items/{itemId}/restore', { params: { path: { planId, itemId } } })),
  /** `acknowledgedWarnings`: the codes of the preview's warnings the publisher went on despite. */
  publish: (planId: string, expectedVersion: number, summary: string, acknowledgedWarnings?: string[]) =>
    call(
      http.POST('/api/plans/{planId}/publish', {
        ...planPath(planId),
        body: { expectedVersion, summary, ...(acknowledgedWarnings?.length ? { acknowledgedWarnings } : {}) },
      }),
    ),
  /** What publishing now would change, do to the ledger, and what looks wrong; nothing is written. */
  publishPreview: (planId: string) => call(http.GET('/api/plans/{planId}/publish-preview', planPath(planId))),
  versions: (planId: string) => call(http.GET('/api/plans/{planId}/versions', planPath(planId))),
  /** The plan's derivation rules (派生规则): its own, or the default profile until an author changes them. */
  planProfile: (planId: string) => call(http.GET('/api/plans/{planId}/profile', planPath(planId))),
  /** Saves the plan's derivation rules, or goes back to the default with `rules: null`. */
  setPlanProfile: (planId: string, expectedVersion: number, rules: Record<string, unknown>[] | null) =>
    call(http.PUT('/api/plans/{planId}/profile', { ...planPath(planId), body: { rules, expectedVersion } })),
  inbox: () => call(http.GET('/api/derivation/inbox')),
  /** `sections`: a department's plan, the 股室 chosen to take each task (by the parent item's id). */
  derive: (planId: string, childOrgId: string, sections?: Record<string, string[]>) =>
    call(
      http.POST('/api/plans/{planId}/derive', {
        ...planPath(planId),
        body: { childOrgId, ...(sections && Object.keys(sections).length ? { sections } : {}) },
      }),
    ),
  preview: (planId: string, childOrgId: string) =>
    call(http.GET('/api/plans/{planId}/preview', { params: { path: { planId }, query: { childOrgId } } })),
  coverage: (planId: string) => call(http.GET('/api/plans/{planId}/coverage', planPath(planId))),
  diff: (planId: string) => call(http.GET('/api/plans/{planId}/diff', planPath(planId))),
  upstream: (planId: string) => call(http.GET('/api/plans/{planId}/upstream', planPath(planId))),
  mergeUpstream: (planId: string, body: Schemas['UpstreamMergeRequest']) =>
    call(http.POST('/api/plans/{planId}/upstream', { ...planPath(planId), body })),
  setBinding: (planId: string, body: Schemas['BindingRequest']) =>
    call(http.PUT('/api/plans/{planId}/binding', { ...planPath(planId), body })),
  acknowledgements: (planId: string) => call(http.GET('/api/plans/{planId}/acknowledgements', planPath(planId))),
  feedback: (planId: string) => call(http.GET('/api/plans/{planId}/feedback', planPath(planId))),
  cascade: (planId: string) => call(http.POST('/api/plans/{planId}/cascade', planPath(planId))),
  job: (jobId: string) => call(http.GET('/api/jobs/{jobId}', { params: { path: { jobId } } })),

  ledger: (query: LedgerQuery) => call(http.GET('/api/ledger', { params: { query } })),
  assignment: (assignmentId: string) => call(http.GET('/api/assignments/{assignmentId}', assignmentPath(assignmentId))),
  report: (assignmentId: string, expectedVersion: number, text: string, files: File[]) => {
    const form = new FormData();
    form.set('expectedVersion', String(expectedVersion));
    form.set('text', text);
    for (const file of files) form.append('files', file);
    return call(
      http.POST('/api/assignments/{assignmentId}/report', {
        ...assignmentPath(assignmentId),
        body: form as never,
        bodySerializer: (b) => b as FormData,
      }),
    );
  },
  verify: (assignmentId: string, expectedVersion: number, comment?: string) =>
    call(
      http.POST('/api/assignments/{assignmentId}/verify', {
        ...assignmentPath(assignmentId),
        body: { expectedVersion, ...(comment ? { comment } : {}) },
      }),
    ),
  returnReport: (assignmentId: string, expectedVersion: number, reason: string) =>
    call(
      http.POST('/api/assignments/{assignmentId}/return', {
        ...assignmentPath(assignmentId),
        body: { expectedVersion, reason },
      }),
    ),
  /**
   * Fires one event of the row's workflow (申请延期, 批准延期, 销号 …): JSON, or a multipart form when
   * evidence files come with it.
   */
  transition: (assignmentId: string, body: TransitionRequest, files: File[] = []) => {
    if (!files.length)
      return call(http.POST('/api/assignments/{assignmentId}/transitions', { ...assignmentPath(assignmentId), body }));
    const form = new FormData();
    for (const [key, value] of Object.entries(body)) if (value !== undefined) form.set(key, String(value));
    for (const file of files) form.append('files', file);
    return call(
      http.POST('/api/assignments/{assignmentId}/transitions', {
        ...assignmentPath(assignmentId),
        body: form as never,
        bodySerializer: (b) => b as FormData,
      }),
    );
  },
  /** 批量办理: one action on many rows, each answered on its own. */
  bulkAction: (body: Schemas['BulkActionRequest']) => call(http.POST('/api/assignments/bulk-actions', { body })),
  urge: (assignmentId: string, message: string) =>
    call(http.POST('/api/assignments/{assignmentId}/urge', { ...assignmentPath(assignmentId), body: { message } })),
  /** 台账反馈 of every plan an org published for a year, in total and per direct subordinate. */
  orgFeedback: (orgId: string, year: number) => call(http.GET('/api/feedback', { params: { query: { orgId, year } } })),
  /** 回头看记录 over an org's subtree, newest first. */
  lookBacks: (orgId: string) => call(http.GET('/api/lookbacks', { params: { query: { orgId } } })),
  lookBackRun: (lookBackId: string) =>
    call(http.GET('/api/lookbacks/{lookBackId}', { params: { path: { lookBackId } } })),
  rollup: (orgId: string, year: number) =>
    call(http.GET('/api/rollup/{orgId}', { params: { path: { orgId }, query: { year } } })),
  escalations: (orgId: string, year: number) =>
    call(http.GET('/api/escalations', { params: { query: { orgId, year } } })),
  lookBack: (orgId: string, year: number) => call(http.POST('/api/lookback', { body: { orgId, year } })),
  /** One page of the inbox (one entry per task, kind and day), newest first; `unread` and `total` count the whole inbox; `filter: 'pending'` lists only what still needs action. */
  notifications: (offset = 0, limit = 50, filter: 'all' | 'pending' = 'all') =>
    call(http.GET('/api/notifications', { params: { query: { limit, offset, filter } } })),
  /** 全部标为已读: every unread message of the unit's inbox, for this user. */
  markAllRead: () => call(http.POST('/api/notifications/read-all')),
  markRead: (eventId: number) =>
    call(http.POST('/api/notifications/{eventId}/read', { params: { path: { eventId } } })),
  /** 登录记录: one's own sign-ins and failed attempts of the last 30 days. */
  signIns: () => call(http.GET('/api/auth/sign-ins')),
  /** 登录设备: one's own live sessions, the current one marked. */
  ownSessions: () => call(http.GET('/api/auth/sessions')),
  endOtherSessions: () => call(http.POST('/api/auth/sessions/end-others')),
  endSession: (handle: string) => call(http.POST('/api/auth/sessions/{handle}/end', { params: { path: { handle } } })),
  orgFailedLogins: (orgId: string, days = 30) =>
    call(http.GET('/api/auth/org-failed-logins', { params: { query: { orgId, days } } })),

  /** 账号管理: the accounts of an org subtree (the admin's own when no org is given), one page. */
  accounts: (query: AccountQuery) => call(http.GET('/api/accounts', { params: { query } })),
  createAccount: (body: Schemas['CreateAccountRequest']) => call(http.POST('/api/accounts', { body })),
  updateAccount: (username: string, body: Schemas['UpdateAccountRequest']) =>
    call(http.PATCH('/api/accounts/{username}', { ...accountPath(username), body })),
  disableAccount: (username: string) => call(http.POST('/api/accounts/{username}/disable', accountPath(username))),
  enableAccount: (username: string) => call(http.POST('/api/accounts/{username}/enable', accountPath(username))),
  resetAccountPassword: (username: string) =>
    call(http.POST('/api/accounts/{username}/reset-password', accountPath(username))),
  accountOrgs: (q: string) => call(http.GET('/api/account-orgs', { params: { query: { q, limit: 20 } } })),
  accountEvents: (offset = 0, limit = 50) =>
    call(http.GET('/api/account-events', { params: { query: { offset, limit } } })),
  /** Reads an account sheet and checks every row: nothing is created. */
  previewAccountImport: (file: File) =>
    call(
      http.POST('/api/account-import/preview', {
        body: fileForm(file) as never,
        bodySerializer: (b) => b as FormData,
      }),
    ),
  /** The same sheet again: checked anew and created all at once, or none of it. */
  commitAccountImport: (file: File) =>
    call(
      http.POST('/api/account-import', {
        body: fileForm(file) as never,
        bodySerializer: (b) => b as FormData,
      }),
    ),

  /** 开始执行 / 年度收官: the plan's lifecycle moves one step (its machine decides). */
  planLifecycle: (planId: string, event: 'START' | 'CLOSE', expectedVersion: number) =>
    call(http.POST('/api/plans/{planId}/lifecycle', { ...planPath(planId), body: { event, expectedVersion } })),
  /** 流程库: the built-in variants and the designed ones of the account's branch. */
  workflowVariants: () => call(http.GET('/api/workflow-variants')),
  workflowVariant: (variantId: string) => call(http.GET('/api/workflow-variants/{variantId}', variantPath(variantId))),
  createWorkflowVariant: (definition: WorkflowDefinition) =>
    call(http.POST('/api/workflow-variants', { body: { definition } })),
  saveWorkflowDraft: (variantId: string, expectedVersion: number, definition: WorkflowDefinition) =>
    call(
      http.PUT('/api/workflow-variants/{variantId}/draft', {
        ...variantPath(variantId),
        body: { expectedVersion, definition },
      }),
    ),
  publishWorkflowVariant: (variantId: string, expectedVersion: number) =>
    call(
      http.POST('/api/workflow-variants/{variantId}/publish', { ...variantPath(variantId), body: { expectedVersion } }),
    ),
  migrateWorkflowVariant: (variantId: string, body: Schemas['WorkflowMigrationRequest']) =>
    call(http.POST('/api/workflow-variants/{variantId}/migration', { ...variantPath(variantId), body })),
};

/** Download links (the browser saves the file; the session cookie goes along). */
export const downloads = {
  accountImportTemplate: '/api/account-import/template',
  planDocx: (planId: string) => `/api/plans/${encodeURIComponent(planId)}/export.docx`,
  annualReport: (planId: string, format: 'docx' | 'md') =>
    `/api/plans/${encodeURIComponent(planId)}/annual-report?format=${format}`,
  ledgerXlsx: (query: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
    return `/api/ledger/export.xlsx?${params}`;
  },
  evidence: (assignmentId: string, hash: string) =>
    `/api/assignments/${encodeURIComponent(assignmentId)}/evidence/${hash}`,
};
