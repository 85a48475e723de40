import { sqlStateOf } from '@cascade/db';
import { DomainError } from '@cascade/engine';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { domainProblem } from './domain-problems.ts';
import { frameworkProblem } from './framework-problem.ts';
import { ProblemError, prefersEnglish, problemOf, problemResponse } from './problem.ts';

/** Failures the client can act on, as the problem each one is: the domain's by its one table. */
function known(error: unknown, english: boolean): ProblemError | undefined {
  if (error instanceof ProblemError) return error;
  if (error instanceof DomainError) return domainProblem(error, english);
  if (error instanceof HTTPException) return frameworkProblem(error, english);
  const code = sqlStateOf(error);
  // Class 22 (data exception: a NUL in text, a number out of range) is the client's input.
  if (code?.startsWith('22')) return new ProblemError('bad-request', '请求中含有无法保存的字符或数值');
  if (code && UNAVAILABLE.has(code)) return new ProblemError('database-unavailable');
  return undefined;
}

// Connection refused, reset or cut (EPIPE), server shutting down, too many connections, cannot connect now.
const UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECT_TIMEOUT',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08006',
  '08001',
  '08003',
]);

/** The one place every failure becomes an RFC 9457 problem; only a real bug is a 500. */
export function handleError(error: Error, c: Context): Response {
  const problem = known(error, prefersEnglish(c));
  if (problem) {
    const retryAfter = problem.extra?.retryAfter;
    return problemResponse(
      c,
      {
        ...problemOf(c, problem.type, {
          ...(problem.detail ? { detail: problem.detail } : {}),
          ...(problem.errors ? { errors: problem.errors } : {}),
        }),
        ...problem.extra,
      },
      typeof retryAfter === 'number'
        ? { 'retry-after': String(retryAfter) }
        : problem.type === 'database-unavailable'
          ? { 'retry-after': '5' }
          : {},
    );
  }
  console.error(error);
  return problemResponse(c, problemOf(c, 'internal'));
}
