import { type DatabaseHandle, storedWorkflowRegistry } from '@cascade/db';
import { createWorkflowRegistry, systemClock } from '@cascade/engine';
import type { AppDeps } from './http/app-env.ts';
import { createJobHandlers } from './jobs/job-handlers.ts';
import { createJobRunner } from './jobs/job-runner.ts';

/** The app's collaborators with their production defaults; tests override what they need. */
export function createDeps(database: DatabaseHandle, overrides: Partial<AppDeps> = {}): AppDeps {
  // Built-in variants at once, an office's designed ones from the database.
  const workflows = overrides.workflows ?? storedWorkflowRegistry(database.db, createWorkflowRegistry());
  const today = overrides.today ?? systemClock;
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
