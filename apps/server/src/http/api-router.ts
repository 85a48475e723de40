import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './app-env.ts';
import { validationProblem } from './validation.ts';

/** A router whose request validation failures are 400 problems naming the fields at fault. */
export function apiRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) throw validationProblem(c, result.error.issues, result.target);
    },
  });
}
