import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './app-env.ts';
import { unstorableTextPath, unstorableTextProblem, validationProblem } from './validation.ts';

/**
 * A router whose request validation failures are 400 problems naming the fields at fault, text
 * PostgreSQL would refuse included.
 */
export function apiRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) throw validationProblem(c, result.error.issues, result.target);
      const unstorable = unstorableTextPath(result.data);
      if (unstorable) throw unstorableTextProblem(c, unstorable, result.target);
    },
  });
}
