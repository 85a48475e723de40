import { ImportError } from '@cascade/documents';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.ts';
import { ProblemError, prefersEnglish } from './problem.ts';

/**
 * The file of an upload form's `file` field, refused before it is read when it is missing or
 * larger than the route takes (the route's body limit has already bounded the whole request).
 */
export async function uploadedFile(
  c: Context<AppEnv>,
  limit: { maxBytes: number; missing: string },
): Promise<{ file: File; form: Record<string, unknown> }> {
  const form = (await c.req.parseBody()) as Record<string, unknown>;
  const file = form.file;
  if (!(file instanceof File))
    throw new ProblemError('validation', limit.missing, [{ path: 'file', message: '缺少文件' }]);
  if (file.size > limit.maxBytes)
    throw new ProblemError('payload-too-large', `文件超过 ${+(limit.maxBytes / 1048576).toFixed(1)} MB`);
  return { file, form };
}

/**
 * A document the readers refused, as the problem that says why in the client's language: past a
 * size limit (also once unpacked: OFFICE_PACKAGE_LIMITS) a 413 naming it, otherwise a 422.
 */
export function documentRefused(c: Context<AppEnv>, error: unknown): never {
  if (error instanceof ImportError)
    throw new ProblemError(
      error.reason === 'tooLarge' ? 'payload-too-large' : 'import-failed',
      prefersEnglish(c) ? error.english : error.chinese,
      undefined,
      { reason: error.reason, line: error.line },
    );
  throw error;
}
