import {
  columnChoicesSchema,
  type ImportPreview,
  importPreviewRequestSchema,
  importPreviewSchema,
  importResultSchema,
  importTextRequestSchema,
} from '@cascade/contracts';
import {
  createPlanFromDraft,
  getImportColumnChoices,
  getPlanSummary,
  rememberImportColumnChoices,
  unitKnowerOf,
} from '@cascade/db';
import {
  COLUMN_ROLES,
  type ColumnRole,
  type ImportOptions,
  importPlanText,
  readPlanFileText,
  toImportJson,
  toItemJson,
} from '@cascade/documents';
import {
  checkDeadlineText,
  type DraftItem,
  dedupeUnits,
  type PlanDraft,
  parseDeadline,
  parseUnitsInline,
  type UnitRole,
  yearOf,
} from '@cascade/engine';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { allow } from '../auth/authorize.ts';
import { requireAccount } from '../auth/session.middleware.ts';
import { apiRouter } from '../http/api-router.ts';
import type { AppDeps, AppEnv } from '../http/app-env.ts';
import { json, problems, SIGNED_IN } from '../http/openapi.ts';
import { ProblemError } from '../http/problem.ts';
import { uploadedFile } from '../http/uploaded-file.ts';
import { summaryDto } from './plan-dto.ts';

const tags = ['方案'];
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The form an upload comes in, to import or to preview. */
const importForm = z.object({
  file: z.any().optional().meta({ type: 'string', format: 'binary', description: '方案文件（≤ 10 MB，必填）' }),
  year: z.string().optional().meta({ description: '计划年度，如 2022（缺省时从标题读取）' }),
  columnChoices: z
    .string()
    .max(20_000)
    .optional()
    .meta({ description: '列的含义（JSON），如 {"谁来办":"responsible"}；缺省时沿用本单位对同一发文机关上次的选择' }),
});

const importBody = (schema: z.ZodType) => ({
  // Not "required": the validator then checks only the body whose Content-Type was sent.
  required: false,
  content: { 'application/json': { schema }, 'multipart/form-data': { schema: importForm } },
});

const importPlan = createRoute({
  method: 'post',
  path: '/import',
  tags,
  summary: '导入方案（上传 .docx / .xlsx / .txt / .md，或粘贴文本）为本单位的草稿，可带审核时选定的列含义和修改',
  security: SIGNED_IN,
  request: { body: importBody(importTextRequestSchema) },
  responses: {
    201: json(importResultSchema, '已导入为草稿；unplaced 为未能归位的原文行'),
    ...problems('forbidden', 'csrf', 'import-failed', 'payload-too-large', 'unsupported-media-type'),
  },
});

const previewImport = createRoute({
  method: 'post',
  path: '/import/preview',
  tags,
  summary: '读取方案但不保存：原文、识别出的大纲与各列含义、需核对的事项，供创建草稿前审核',
  security: SIGNED_IN,
  request: { body: importBody(importPreviewRequestSchema) },
  responses: {
    200: json(importPreviewSchema, '识别结果（未创建任何方案）'),
    ...problems('forbidden', 'csrf', 'import-failed', 'payload-too-large', 'unsupported-media-type'),
  },
});

type Choices = Readonly<Record<string, ColumnRole>>;
type ImportRequest = z.infer<typeof importTextRequestSchema>;

/** What was sent: the text to read (a file's, once read), its name and year, the author's column roles and edits. */
type ImportSource = {
  text: string;
  fileName: string;
  year?: number;
  /** Undefined when the request named none: this office's choices for the issuer are used. */
  columnChoices?: Choices;
  edits: NonNullable<ImportRequest['edits']>;
};

const ROLES = new Set<string>(COLUMN_ROLES);

/**
 * Column choices as the importer looks them up: only known roles, on an object without a
 * prototype (a column headed "constructor" must not find Object's).
 */
function choicesOf(value: Readonly<Record<string, string>>): Choices {
  const choices: Record<string, ColumnRole> = Object.create(null);
  for (const [key, role] of Object.entries(value))
    if (ROLES.has(role)) Object.defineProperty(choices, key, { value: role, enumerable: true });
  return choices;
}

/** The year field of a form: four digits, else read from the title. */
const formYear = (value: unknown) => (typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : undefined);

function formChoices(value: unknown): Choices | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    parsed = undefined;
  }
  const checked = columnChoicesSchema.safeParse(parsed);
  if (!checked.success)
    throw new ProblemError('validation', 'columnChoices：应为 JSON 对象，如 {"谁来办":"responsible"}', [
      { path: 'form.columnChoices', message: '应为 JSON 对象，键为列，值为列的角色' },
    ]);
  return choicesOf(checked.data);
}

/** The request as text to read: a paste as sent, a file through the document readers. */
async function readImportRequest(c: Context<AppEnv>): Promise<ImportSource> {
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    const { file, form } = await uploadedFile(c, { maxBytes: MAX_IMPORT_BYTES, missing: '请选择要导入的文件' });
    const columnChoices = formChoices(form.columnChoices);
    const year = formYear(form.year);
    const text = await readPlanFileText(new Uint8Array(await file.arrayBuffer()), file.name);
    return {
      text,
      fileName: file.name,
      edits: [],
      ...(year ? { year } : {}),
      ...(columnChoices ? { columnChoices } : {}),
    };
  }
  if (!type.startsWith('application/json'))
    throw new ProblemError(
      'unsupported-media-type',
      '请以 multipart/form-data 上传文件，或以 application/json 提交粘贴的文本',
    );
  const body = c.req.valid('json' as never) as ImportRequest | undefined;
  if (!body?.text)
    throw new ProblemError('validation', '请粘贴方案文本', [{ path: 'json.text', message: '请粘贴方案文本' }]);
  return {
    text: body.text,
    fileName: body.fileName ?? '粘贴文本.txt',
    edits: body.edits ?? [],
    ...(body.year ? { year: body.year } : {}),
    ...(body.columnChoices ? { columnChoices: choicesOf(body.columnChoices) } : {}),
  };
}

/**
 * Whose documents a mapping is remembered for: the issuer the importer read, else the title's
 * words before the year (惠州市某局2022年… → 惠州市某局), else one bucket for the office.
 */
export function issuerKeyOf(draft: Pick<PlanDraft, 'issuer' | 'title'>): string {
  const issuer = draft.issuer?.replace(/\s+/g, '') ?? '';
  if (issuer) return issuer.slice(0, 200);
  return /^(.{2,60}?)(?:19|20)\d{2}\s*年/.exec(draft.title.replace(/\s+/g, ''))?.[1] ?? '';
}

type Read = { draft: PlanDraft; remembered: Choices | null };

/**
 * Reads the text with the author's column roles; without any, with those this office last chose
 * for the same issuer — so a preview and the import that follows it read the same items.
 */
async function readDraft(
  c: Context<AppEnv>,
  deps: AppDeps,
  source: ImportSource,
  options: Pick<ImportOptions, 'knowsUnit'> = {},
): Promise<Read> {
  const { orgId } = requireAccount(c);
  const base: ImportOptions = {
    fileName: source.fileName,
    thisYear: yearOf(deps.today),
    ...options,
    ...(source.year ? { year: source.year } : {}),
  };
  const read = (choices?: Choices) => importPlanText(source.text, choices ? { ...base, columnChoices: choices } : base);
  const draft = read(source.columnChoices);
  const stored = await getImportColumnChoices(deps.database.db, orgId, issuerKeyOf(draft));
  const remembered = stored ? choicesOf(stored) : null;
  if (source.columnChoices || !remembered) return { draft, remembered };
  // Read again only when a remembered role changes one of this document's columns.
  const changes = (draft.columns ?? []).some((col) => remembered[col.key] && remembered[col.key] !== col.role);
  return { draft: changes ? read(remembered) : draft, remembered };
}

const UNIT_ROLES: UnitRole[] = ['lead', 'responsible', 'cooperate'];

/**
 * The author's corrections from the review, applied to the items they name: each units field
 * given replaces that role (its text read as the item editor reads it, so "X牵头，Y配合" in one
 * field gives both roles), a deadline is read as typed. A bad index or an impossible date is a 400
 * naming the edit.
 */
function applyEdits(draft: PlanDraft, edits: ImportSource['edits']): PlanDraft {
  if (!edits.length) return draft;
  const items = [...draft.items];
  edits.forEach((edit, n) => {
    const field = `json.edits[${n}]`;
    const item = items[edit.index];
    if (!item) {
      const message = `没有第 ${edit.index + 1} 项（共 ${items.length} 项）`;
      throw new ProblemError('validation', `${field}.index：${message}`, [{ path: `${field}.index`, message }]);
    }
    let units = item.units;
    const given = UNIT_ROLES.filter((role) => edit[role] !== undefined);
    if (given.length) {
      const next = { ...units };
      for (const role of given) next[role] = [];
      for (const role of given) {
        const parsed = parseUnitsInline(edit[role] ?? '', role);
        for (const r of UNIT_ROLES) next[r] = [...next[r], ...parsed[r]];
      }
      units = dedupeUnits(next);
    }
    let deadline = item.deadline;
    if (edit.deadline !== undefined) {
      const problem = checkDeadlineText(edit.deadline, draft.year);
      if (problem)
        throw new ProblemError('validation', `${field}.deadline：${problem}`, [
          { path: `${field}.deadline`, message: problem },
        ]);
      deadline = parseDeadline(edit.deadline, { year: draft.year });
    }
    items[edit.index] = { ...item, units, deadline } satisfies DraftItem;
  });
  return { ...draft, items };
}

const lines = (list: PlanDraft['unplaced'] | undefined) => (list ?? []).map(({ line, text }) => ({ line, text }));

/** The draft as the review shows it (items with units by role as written, warnings, kept-aside cells). */
function previewDto(source: ImportSource, read: Read): ImportPreview {
  const { draft } = read;
  return {
    source: source.text,
    fileName: source.fileName,
    draft: {
      // The CLI's shape (one mapping), plus what the review shows beside it.
      ...toImportJson(draft),
      layout: draft.layout ?? 'paragraphs',
      columns: (draft.columns ?? []).map((col) => ({
        key: col.key,
        header: col.header,
        role: (ROLES.has(col.role) ? col.role : 'other') as ColumnRole,
      })),
      items: draft.items.map((item) => ({
        ...toItemJson(item),
        headings: item.headings,
        extras: item.extras ?? [],
        line: item.line,
      })),
      unplaced: lines(draft.unplaced),
      preamble: lines(draft.preamble),
      closing: lines(draft.closing),
    },
    rememberedChoices: read.remembered ? { ...read.remembered } : null,
  };
}

/** Line breaks as the importer counts lines, so the review numbers the source as the items do. */
const normalizeBreaks = (text: string) => text.replace(/\r\n?|\u2028|\u2029/g, '\n');

/**
 * Importing a plan document: a preview for the review (nothing saved), and the import that
 * creates the draft with the roles and corrections the author settled on.
 */
export function planImportRoutes(deps: AppDeps) {
  const db = deps.database.db;
  return apiRouter()
    .openapi(previewImport, async (c) => {
      const account = requireAccount(c);
      allow(c, 'plan.create', { orgPath: account.orgPath });
      const request = await readImportRequest(c);
      const source = { ...request, text: normalizeBreaks(request.text) };
      const knowsUnit = await unitKnowerOf(db, account.orgId);
      const read = await readDraft(c, deps, source, { knowsUnit });
      return c.json(previewDto(source, read), 200);
    })
    .openapi(importPlan, async (c) => {
      const account = requireAccount(c);
      allow(c, 'plan.create', { orgPath: account.orgPath });
      const source = await readImportRequest(c);
      const read = await readDraft(c, deps, source);
      const draft = applyEdits(read.draft, source.edits);
      const plan = await createPlanFromDraft(db, {
        ownerOrgId: account.orgId,
        draft,
        actor: account.id,
        eventType: 'plan.imported',
      });
      // The roles the author gave are offered again for this issuer's next document.
      if (source.columnChoices)
        await rememberImportColumnChoices(db, {
          orgId: account.orgId,
          issuer: issuerKeyOf(draft),
          choices: { ...source.columnChoices },
          actor: account.id,
          planId: plan.id,
        });
      const summary = await getPlanSummary(db, plan.id);
      return c.json({ plan: summaryDto(summary), items: draft.items.length, unplaced: draft.unplaced }, 201);
    });
}
