import type { Problem } from '@cascade/contracts';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { PROBLEM_TYPES, type ProblemType } from './problem-types.ts';

/** A failure the client can act on, carried to the one `onError` that renders it. */
export class ProblemError extends Error {
  readonly status: ContentfulStatusCode;
  constructor(
    readonly type: ProblemType,
    readonly detail?: string,
    readonly errors?: Problem['errors'],
    readonly extra?: Record<string, unknown>,
  ) {
    super(detail ?? PROBLEM_TYPES[type].zh);
    this.name = 'ProblemError';
    this.status = PROBLEM_TYPES[type].status;
  }
}

/** English when the client prefers it (Accept-Language: en…), Chinese otherwise. */
export function prefersEnglish(c: Context): boolean {
  const header = c.req.header('accept-language') ?? '';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en');
}

export function problemOf(
  c: Context,
  type: ProblemType,
  rest: Omit<Problem, 'type' | 'title' | 'status'> = {},
): Problem {
  const known = PROBLEM_TYPES[type];
  return { type: `/problems/${type}`, title: prefersEnglish(c) ? known.en : known.zh, status: known.status, ...rest };
}

export function problemResponse(c: Context, problem: Problem, headers: Record<string, string> = {}): Response {
  return c.body(JSON.stringify(problem), problem.status as ContentfulStatusCode, {
    ...headers,
    'content-type': 'application/problem+json; charset=utf-8',
  });
}
