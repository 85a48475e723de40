/**
 * @cascade/db's public API: exactly what the server, the CLI and the tests import. A name used only
 * inside this package is not exported; add it here when another package needs it. Test databases are
 * in `@cascade/db/testing`, the drizzle schema as a whole in `@cascade/db/schema`.
 */

// The database: opening it (PGlite or PostgreSQL) with migrations applied.

export { type DatabaseHandle, type Db, openDatabase, openMigratedDatabase } from './client.ts';
export { recordSessionWrite, replicaHasReplayed } from './replication.ts';
export { sqlStateOf } from './repositories/retry-on-deadlock.ts';

// Tables other packages query directly (the whole schema is `@cascade/db/schema`).

export { assignments } from './schema/assignments.schema.ts';
export { events } from './schema/events.schema.ts';
export { orgs } from './schema/orgs.schema.ts';

// Accounts and sign-in: users, passwords, sessions, login attempts, OIDC identities, account import.

export {
  type AccountEdit,
  type AccountListing,
  accountExists,
  changeOwnPassword,
  findAccount,
  listAccountEvents,
  listAccounts,
  pageAccounts,
  resetAccountPassword,
  searchOrgsUnder,
  setAccountDisabled,
  updateAccount,
} from './repositories/account-admin.repository.ts';
export { createImportedAccounts, resolveImportOrgs, takenUsernames } from './repositories/account-import.repository.ts';
export {
  type Account,
  createSession,
  createUser,
  deleteSession,
  displayNames,
  findSession,
  findUserByUsername,
  type SessionTimes,
  sha256,
} from './repositories/accounts.repository.ts';
export {
  findAccountForLinking,
  findIdentityAccount,
  linkIdentity,
  listIdentities,
  logIdentityRefusal,
  provisionIdentityAccount,
  recordIdentitySignIn,
  saveOidcSignIn,
  takeOidcSignIn,
} from './repositories/identities.repository.ts';
export {
  type LoginAttemptStats,
  type LoginAttemptWindows,
  listOrgLoginFailures,
  listSignIns,
  loginFailuresSinceLastSignIn,
  reserveLoginAttempt,
  settleLoginAttempt,
} from './repositories/login-attempts.repository.ts';
export { checkPasswordStrength, generatePassword } from './repositories/password-strength.ts';
export { burnPasswordCheck, hashPassword, verifyPassword } from './repositories/passwords.ts';
export { type SessionCache, sessionCacheFor } from './repositories/session-cache.ts';
export { endOtherSessions, endOwnSession, listOwnSessions } from './repositories/sessions.repository.ts';

// Orgs: the org tree, its sections and capabilities, and seeding it from the division data.

export {
  addSection,
  type CapabilityChange,
  OrgEditRefusedError,
  OrgInUseError,
  removeSection,
  renameSection,
  setOrgCapabilities,
} from './repositories/org-admin.repository.ts';
export {
  findOrg,
  getOrg,
  getOrgAncestors,
  listChildren,
  listSubtree,
  OrgNotFoundError,
  type OrgRecord,
  orgStats,
  searchOrgs,
} from './repositories/orgs.repository.ts';
export { buildOrgTree } from './seed/build-org-tree.ts';
export { readDivisionData } from './seed/division-data.ts';
export { seedOrgTree } from './seed/seed-org-tree.ts';

// Plans: storing, editing, deriving, publishing and the upstream merge.

export {
  DerivationRefusedError,
  deriveChildPlan,
  getPlanSnapshot,
  loadPublishedDraft,
  planCoverage,
} from './plans/derive-child-plan.ts';
export { listAcknowledgements, setParentBinding } from './plans/parent-binding.ts';
export { ItemNotFoundError, removePlanItem, updatePlanItem } from './plans/plan-edits.ts';
export type { PlanItemRow } from './plans/plan-items.ts';
export { type DraftVisibility, findVisiblePlans } from './plans/plan-list.ts';
export { addPlanItem, movePlanItem, OutlineRefusedError } from './plans/plan-outline.ts';
export { getPlanProfile, setPlanProfile } from './plans/plan-profile.ts';
export { RestoreRefusedError, restorePlanItem } from './plans/plan-restore.ts';
export {
  findOpenAssignments,
  type MovePlanStatusInput,
  type MovePlanStatusResult,
  movePlanStatus,
  type OpenAssignment,
  PlanStatusRefusedError,
} from './plans/plan-status.ts';
export {
  createPlanFromDraft,
  getPlan,
  getPlanSummary,
  hasAssignmentsWithin,
  listDerivationInbox,
  listPlanItems,
  listPlanVersions,
  loadPlanDraft,
  PlanNotFoundError,
  type PlanSettings,
  type PlanSummaryRow,
  StaleVersionError,
} from './plans/plan-store.ts';
export { resolvePlanUnits, unitKnowerOf } from './plans/plan-units.ts';
export { previewDerivation } from './plans/preview-derivation.ts';
export { PublishRefusedError, publishPlan } from './plans/publish-plan.ts';
export { previewPublish } from './plans/publish-preview.ts';
export { applyUpstream, readUpstream } from './plans/upstream.ts';
export {
  migrateAssignmentsToVariant,
  VariantMigrationRefusedError,
} from './workflow-migration/migrate-variant.ts';

// Designed workflow variants (流程设计): drafts, published versions, the registry rows run on.
export {
  createVariant,
  getVariant,
  getVariantVersion,
  listVariants,
  listVariantVersions,
  publishVariant,
  saveVariantDraft,
  stateCategories,
  storedWorkflowRegistry,
  type VariantRecord,
  WorkflowVariantNotFoundError,
  WorkflowVariantRefusedError,
  WorkflowVariantStaleError,
} from './workflow-variants/workflow-variants.ts';

// Cascade (逐级下达): derived plans for a whole subtree, written in bulk.

export { CASCADE_COLUMNS, cascadePlan } from './cascade/cascade-plan.ts';

// Ledger (台账): assignments, their events, evidence, escalations and the rollup.

export {
  insertAssignments,
  listAssignmentEvents,
  transitionAssignment,
} from './repositories/assignments.repository.ts';
export { countEscalations, listEscalations } from './repositories/escalations.repository.ts';
export {
  describeEvidence,
  type EvidenceUpload,
  prepareEvidence,
  readEvidence,
} from './repositories/evidence.repository.ts';
export { assignmentOf, getLedgerRow, type LedgerRow, queryLedger } from './repositories/ledger.repository.ts';
export {
  countRollupFromScratch,
  type RollupRow,
  readRollup,
  readRollupOfRoots,
  readRollups,
  rebuildRollup,
} from './repositories/rollup.repository.ts';

// Supervision: feedback, the deadline scan, 回头看 and supervision notices.

export { scanDeadlines } from './deadline-scan/scan-deadlines.ts';
export { feedbackCounts, listFeedback } from './feedback/plan-feedback.ts';
export { type LookBackOptions, runLookBack } from './look-back/look-back.ts';
export { getLookBack, LookBackNotFoundError, listLookBacks } from './look-back/look-back-records.ts';
export { NoticeInputError, NoticeNotFoundError, NoticeStateError } from './supervision-notices/notice-errors.ts';
export {
  getNotice,
  listNotices,
  type NoticeSummary,
  noticeParties,
  noticesOfAssignment,
} from './supervision-notices/notice-queries.ts';
export { issueNotices, type NoticeStep, stepNotice } from './supervision-notices/supervision-notices.ts';

// Events and notifications: the event log and the inbox.

export { logEvent } from './repositories/events.repository.ts';
export {
  countInbox,
  type InboxEntry,
  listInbox,
  markInboxRead,
  markNotificationRead,
} from './repositories/notifications.repository.ts';

// Import: remembered column choices.

export { getImportColumnChoices, rememberImportColumnChoices } from './repositories/import-choices.repository.ts';

// Reports: the annual implementation summary.

export { summarizePlanImplementation } from './annual-report/summarize-plan-implementation.ts';

// Jobs: the background job queue.

export { claimJob, enqueueJob, findJob, finishJob, type JobRow, renewJob } from './jobs/job-queue.ts';

// Backup and restore.

export { backupDatabase } from './backup/backup-database.ts';
export { BackupError } from './backup/backup-error.ts';
export { restoreDatabase } from './backup/restore-database.ts';
