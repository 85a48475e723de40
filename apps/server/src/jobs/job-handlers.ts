import { cascadePlan, type DatabaseHandle, getPlan, loadPublishedDraft, scanDeadlines } from '@cascade/db';
import type { JobHandler } from './job-runner.ts';

export type CascadeJobPayload = { planId: string; rootOrgId: string; actor: string };
export type DeadlineScanJobPayload = { today: string };

/**
 * The work behind each kind of job, from what the queue stored. Both are safe to run again: a
 * cascade skips the plans already written, a scan changes only lights that are wrong.
 */
export function createJobHandlers(database: DatabaseHandle): Record<string, JobHandler> {
  return {
    async cascade(payload, progress) {
      const { planId, rootOrgId, actor } = payload as CascadeJobPayload;
      const { draft } = await loadPublishedDraft(database.db, await getPlan(database.db, planId));
      return cascadePlan(database, {
        parent: draft,
        rootOrgId,
        rootPlanId: planId,
        actor,
        onProgress: (done, total, org) => progress(done, total, org.name),
      });
    },
    async 'deadline-scan'(payload) {
      const { today } = payload as DeadlineScanJobPayload;
      return scanDeadlines(database, { today });
    },
  };
}
