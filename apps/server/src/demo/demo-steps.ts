import { readFileSync } from 'node:fs';
import type {
  AssignmentDetail,
  ImportResult,
  LedgerPage,
  LedgerRowDto,
  OrgChildren,
  PlanSummary,
} from '@cascade/contracts';
import type { ApiSession } from '../http/in-process-session.ts';

/**
 * The demo's steps, each done through the API only when the database does not show it done yet:
 * a run interrupted half-way (a crash, a stop) finds what the last one did and carries on from
 * there, without a second plan, report or 督办.
 */

export const enc = encodeURIComponent;
const EVIDENCE = new TextEncoder().encode('%PDF-1.4\n% 演示佐证材料：政府网站专栏截图\n%%EOF\n');
const document = (name: string) => readFileSync(new URL(`./documents/${name}`, import.meta.url), 'utf8');

/**
 * The author's own plan of the year (not derived), imported from the demo document and published
 * (印发): the one an earlier run imported when there is one, published if it stopped before that.
 */
export async function ensurePublishedImport(
  author: ApiSession,
  file: string,
  summary: string,
  year: number,
): Promise<PlanSummary> {
  const owner = author.account.orgId;
  const { plans } = await author.send<{ plans: PlanSummary[] }>(
    'GET',
    `/api/plans?year=${year}&ownerOrgId=${enc(owner)}`,
  );
  const plan =
    plans.find((p) => p.ownerOrgId === owner && p.parentPlanId === null) ??
    (await author.send<ImportResult>('POST', '/api/plans/import', { text: document(file), fileName: file, year })).plan;
  await ensurePublished(author, plan, summary);
  return plan;
}

/** Publishes a plan never published; one published already is left as it is. */
export async function ensurePublished(session: ApiSession, plan: PlanSummary, summary: string): Promise<void> {
  if (plan.publishedVersion > 0) return;
  await session.send('POST', `/api/plans/${enc(plan.id)}/publish`, { expectedVersion: plan.version, summary });
}

/** The session's first ledger rows of a plan, in the plan's order (stable whatever their state). */
export async function ledgerRows(session: ApiSession, planId: string, limit: number, orgId?: string) {
  const query = `planId=${enc(planId)}&limit=${limit}&sort=item${orgId ? `&orgId=${enc(orgId)}` : ''}`;
  return (await session.send<LedgerPage>('GET', `/api/ledger?${query}`)).rows;
}

/** The row as the server shows it to this session: its events, and what the session may do now. */
const detailOf = (session: ApiSession, row: LedgerRowDto) =>
  session.send<AssignmentDetail>('GET', `/api/assignments/${enc(row.id)}`);

/** Whether the server offers this session the action on the row right now (what its buttons show). */
async function canDo(session: ApiSession, row: LedgerRowDto | undefined, action: string): Promise<boolean> {
  return row !== undefined && (await detailOf(session, row)).actions.includes(action);
}

/** Reports the rows never reported (no report and no review comment yet), with evidence. */
export async function reportOnce(reporter: ApiSession, rows: readonly LedgerRowDto[], text: string): Promise<void> {
  for (const row of rows)
    if (row.lastReport === null && row.lastComment === null && (await canDo(reporter, row, 'report')))
      await report(reporter, row, text);
}

/** Verifies (核验通过) a row waiting for it. */
export async function verifyIfReported(supervisor: ApiSession, row: LedgerRowDto | undefined, comment?: string) {
  if (!row || !(await canDo(supervisor, row, 'verify'))) return;
  await supervisor.send('POST', `/api/assignments/${enc(row.id)}/verify`, {
    expectedVersion: row.version,
    ...(comment ? { comment } : {}),
  });
}

/** Returns (退回) a row waiting for verification, with the reason. */
export async function returnIfReported(supervisor: ApiSession, row: LedgerRowDto | undefined, reason: string) {
  if (!row || !(await canDo(supervisor, row, 'return'))) return;
  await supervisor.send('POST', `/api/assignments/${enc(row.id)}/return`, { expectedVersion: row.version, reason });
}

/** Urges (督办) a row nobody urged yet. */
export async function urgeOnce(supervisor: ApiSession, row: LedgerRowDto | undefined, message: string) {
  if (!row) return;
  const detail = await detailOf(supervisor, row);
  if (!detail.actions.includes('urge') || detail.events.some((e) => e.type === 'assignment.urged')) return;
  await supervisor.send('POST', `/api/assignments/${enc(row.id)}/urge`, { message });
}

async function report(session: ApiSession, row: LedgerRowDto, text: string): Promise<void> {
  const form = new FormData();
  form.set('expectedVersion', String(row.version));
  form.set('text', text);
  form.append('files', new File([EVIDENCE], '政府网站专栏截图.pdf', { type: 'application/pdf' }));
  const res = await session.request(`/api/assignments/${enc(row.id)}/report`, { method: 'POST', body: form });
  if (!res.ok) throw new Error(`演示数据报送失败：${res.status} ${await res.text()}`);
}

/**
 * The department's 股室, added by an admin through the API: the ones it does not have yet, in the
 * order given (a run interrupted half-way adds the rest, never one twice).
 */
export async function ensureSections(admin: ApiSession, departmentId: string, names: readonly string[]): Promise<void> {
  const { departments } = await admin.send<OrgChildren>('GET', `/api/orgs/${enc(departmentId)}/children`);
  const existing = new Set(departments.filter((o) => o.kind === 'section').map((o) => o.name));
  for (const name of names)
    if (!existing.has(name)) await admin.send('POST', `/api/orgs/${enc(departmentId)}/sections`, { name });
}
