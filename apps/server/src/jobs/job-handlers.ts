import {
  cascadePlan,
  type DatabaseHandle,
  getPlan,
  type LookBackOptions,
  loadPublishedDraft,
  runLookBack,
  scanDeadlines,
} from '@cascade/db';
import type { WorkflowRegistry } from '@cascade/engine';
import type { JobHandler } from './job-runner.ts';

export type CascadeJobPayload = { planId: string; rootOrgId: string; actor: string };
export type DeadlineScanJobPayload = { today: string };
/** `today` and `lookBackId` are set when the run is asked for (older queued jobs may lack them). */
export type LookBackJobPayload = Pick<LookBackOptions, 'rootOrgId' | 'year' | 'actor'> &
  Partial<Pick<LookBackOptions, 'today' | 'lookBackId'>>;

/**
 * The work behind each kind of job, from what the queue stored. Each is safe to run again: a
 * cascade skips the plans already written, a scan changes only lights that are wrong, a 回头看
 * reopens and carries each row once.
 */
export function createJobHandlers(
  database: DatabaseHandle,
  workflows: WorkflowRegistry,
  /** The server's day (the demo's in the demo), for a run queued without one. */
  today: () => string,
): Record<string, JobHandler> {
  return {
    async cascade(payload, progress) {
      const { planId, rootOrgId, actor } = payload as CascadeJobPayload;
      const plan = await getPlan(database.db, planId);
      const { draft, snapshot } = await loadPublishedDraft(database.db, plan);
      return cascadePlan(database, {
        parent: draft,
        rootVersion: plan.publishedVersion,
        ...(snapshot.settings?.profile ? { profile: snapshot.settings.profile } : {}),
        rootOrgId,
        rootPlanId: planId,
        actor,
        onProgress: (done, total, org) => progress(done, total, org.name),
      });
    },
    async 'look-back'(payload, progress) {
      const options = payload as LookBackJobPayload;
      return runLookBack(database, workflows, {
        ...options,
        today: options.today ?? today(),
        onProgress: (done, total) => progress(done, total, `${options.year}年度回头看`),
      });
    },
    async 'deadline-scan'(payload) {
      const { today } = payload as DeadlineScanJobPayload;
      return scanDeadlines(database, { today });
    },
  };
}
