import type { Context } from 'hono';
import type { AppEnv } from './app-env.ts';
import { ProblemError } from './problem.ts';

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
