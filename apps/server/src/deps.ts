import type { DatabaseHandle } from '@cascade/db';
import { createWorkflowRegistry } from '@cascade/engine';
import type { AppDeps } from './http/app-env.ts';
import { createJobHandlers } from './jobs/job-handlers.ts';
import { createJobRunner } from './jobs/job-runner.ts';

/** Today's date in China (YYYY-MM-DD), whatever the server's time zone. */
export function todayInChina(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/** The app's collaborators with their production defaults; tests override what they need. */
export function createDeps(database: DatabaseHandle, overrides: Partial<AppDeps> = {}): AppDeps {
  const workflows = createWorkflowRegistry();
  const today = overrides.today ?? (() => todayInChina());
  return {
    database,
    workflows,
    jobs: createJobRunner({ database, handlers: createJobHandlers(database, workflows, today) }),
    today,
    secureCookies: false,
    trustProxy: false,
    ...overrides,
  };
}
