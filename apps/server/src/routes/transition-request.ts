import { transitionRequestSchema } from '@cascade/contracts';
import type { EvidenceUpload } from '@cascade/db';
import type { Context } from 'hono';
import { readEvidenceFiles } from '../evidence/check-upload.ts';
import type { AppEnv } from '../http/app-env.ts';
import { ProblemError } from '../http/problem.ts';

export type TransitionAsk = {
  event: string;
  expectedVersion: number;
  reason?: string;
  comment?: string;
  dueOn?: string;
  idempotencyKey?: string;
  files: EvidenceUpload[];
  evidence: { name: string; hash: string }[];
};

/**
 * A transition request as JSON, or as a multipart form when evidence files come with it: read
 * and checked by one schema either way, each fault named by its field.
 */
export async function readTransitionRequest(c: Context<AppEnv>): Promise<TransitionAsk> {
  const multipart = (c.req.header('content-type') ?? '').startsWith('multipart/form-data');
  const form = multipart ? await c.req.parseBody({ all: true }) : null;
  const raw = form
    ? {
        ...Object.fromEntries(
          ['event', 'reason', 'comment', 'dueOn', 'idempotencyKey']
            .filter((k) => typeof form[k] === 'string' && form[k] !== '')
            .map((k) => [k, form[k]]),
        ),
        expectedVersion: Number(form.expectedVersion),
      }
    : await c.req.json().catch(() => {
        throw new ProblemError('validation', '请求体不是有效的 JSON', [{ path: '', message: '不是 JSON' }]);
      });
  const parsed = transitionRequestSchema.safeParse(raw);
  if (!parsed.success) {
    const faults = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new ProblemError('validation', faults.map((f) => `${f.path}：${f.message}`).join('；'), faults);
  }
  const { prepared, evidence } = form ? await readEvidenceFiles(form) : { prepared: [], evidence: [] };
  const { reason, comment, dueOn, idempotencyKey, ...rest } = parsed.data;
  return {
    ...rest,
    ...(reason ? { reason } : {}),
    ...(comment ? { comment } : {}),
    ...(dueOn ? { dueOn } : {}),
    ...(idempotencyKey ? { idempotencyKey } : {}),
    files: prepared,
    evidence: evidence.map((e) => ({ name: e.name, hash: e.hash as string })),
  };
}
