import {
  DerivationRefusedError,
  ItemNotFoundError,
  OrgEditRefusedError,
  OrgInUseError,
  OrgNotFoundError,
  OutlineRefusedError,
  PlanNotFoundError,
  PublishRefusedError,
  RestoreRefusedError,
  StaleVersionError,
  sqlStateOf,
} from '@cascade/db';
import { DerivationError } from '@cascade/engine';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { frameworkProblem } from './framework-problem.ts';
import { ProblemError, prefersEnglish, problemOf, problemResponse } from './problem.ts';

/** Domain failures the repositories throw, as the problem each one is. */
function known(error: unknown, english: boolean): ProblemError | undefined {
  if (error instanceof ProblemError) return error;
  if (error instanceof OrgNotFoundError) return new ProblemError('org-not-found', error.message);
  if (error instanceof OrgEditRefusedError) return new ProblemError('org-edit-refused', error.message);
  if (error instanceof OrgInUseError) return new ProblemError('org-in-use', error.message);
  if (error instanceof PlanNotFoundError) return new ProblemError('plan-not-found', error.message);
  if (error instanceof ItemNotFoundError) return new ProblemError('item-not-found', error.message);
  if (error instanceof OutlineRefusedError) return new ProblemError('outline-refused', error.message);
  if (error instanceof RestoreRefusedError) return new ProblemError('conflict', error.message);
  if (error instanceof StaleVersionError)
    return new ProblemError('conflict', error.message, undefined, { currentVersion: error.currentVersion });
  if (error instanceof PublishRefusedError)
    return new ProblemError(
      'publish-refused',
      error.message,
      error.problems.map((message) => ({ path: 'plan', message })),
    );
  if (error instanceof DerivationRefusedError) {
    return error.existingPlanId
      ? new ProblemError('already-derived', error.message, undefined, { planId: error.existingPlanId })
      : new ProblemError('derivation-refused', error.message);
  }
  if (error instanceof DerivationError) {
    // A stored rule the derivation cannot apply, or a text past its bound: the author must fix the rule.
    const { problem } = error;
    return new ProblemError(
      'derivation-refused',
      problem.message,
      [{ path: problem.reason === 'invalidRule' ? problem.field : 'rules', message: problem.message }],
      {
        reason: problem.reason,
        ruleId: problem.ruleId,
        ...(problem.itemLabel ? { itemLabel: problem.itemLabel } : {}),
      },
    );
  }
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
