import { problemSchema } from '@cascade/contracts';
import type { z } from 'zod';
import { PROBLEM_TYPES, type ProblemType } from './problem-types.ts';

/** A JSON body or response in the OpenAPI document. */
export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const problemContent = { 'application/problem+json': { schema: problemSchema } };

/**
 * The problems a route can answer with, as OpenAPI responses: each status lists the problem
 * types behind it. Every route can be 400 (validation) and 401 (not signed in).
 */
export function problems(...types: ProblemType[]) {
  const byStatus = new Map<number, ProblemType[]>();
  for (const type of ['validation', 'unauthenticated', ...types] as ProblemType[]) {
    const status = PROBLEM_TYPES[type].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), type]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      status,
      { description: list.map((t) => `${t}: ${PROBLEM_TYPES[t].zh}`).join('；'), content: problemContent },
    ]),
  );
}

/** Route-level security: every route but login needs the session cookie. */
export const SIGNED_IN = [{ session: [] }];
