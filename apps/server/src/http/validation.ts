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
