import type { Context } from 'hono';
import { z } from 'zod';
import { ProblemError, prefersEnglish } from './problem.ts';

/**
 * zod's standard messages are rendered in both languages at once (a custom message written on a
 * schema stays as written); each response then shows the one its reader asked for.
 */
const SEPARATOR = '\u241f';
const zh = z.locales.zhCN().localeError;
const en = z.locales.en().localeError;
const text = (result: ReturnType<typeof zh>) => (typeof result === 'string' ? result : (result?.message ?? ''));
z.config({ localeError: (issue) => `${text(zh(issue))}${SEPARATOR}${text(en(issue))}` });

/** A zod issue message in the reader's language. */
export function issueMessage(message: string, english: boolean): string {
  const [chinese, other] = message.split(SEPARATOR);
  return (english ? other : chinese) ?? chinese ?? message;
}

/** A zod failure as a 400 problem naming each field at fault ("query.limit", "json.units.lead"). */
export function validationProblem(c: Context, issues: readonly z.core.$ZodIssue[], target?: string): ProblemError {
  const english = prefersEnglish(c);
  const errors = issues.map((issue) => ({
    path: [target, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issueMessage(issue.message, english),
  }));
  return new ProblemError('validation', errors.map((e) => `${e.path}：${e.message}`).join('；'), errors);
}

const UNPAIRED_SURROGATE = /\p{Cs}/u;

/**
 * The first string in a request that PostgreSQL cannot store — a NUL, or half of a surrogate pair
 * (JSON allows "\ud800"; text and jsonb columns do not) — as the path that names its field.
 */
export function unstorableTextPath(value: unknown, path: readonly string[] = []): string[] | undefined {
  if (typeof value === 'string')
    return value.includes('\u0000') || UNPAIRED_SURROGATE.test(value) ? [...path] : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = unstorableTextPath(key, path) ?? unstorableTextPath(child, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/** A 400 naming the field whose text cannot be stored, before any of the request is written. */
export function unstorableTextProblem(c: Context, path: readonly string[], target?: string): ProblemError {
  const english = prefersEnglish(c);
  const field = [target, ...path].filter(Boolean).join('.');
  const message = english
    ? 'contains a character that cannot be stored (NUL or an unpaired surrogate)'
    : '含有无法保存的字符（空字符或不成对的代理项）';
  return new ProblemError('validation', `${field}：${message}`, [{ path: field, message }]);
}
