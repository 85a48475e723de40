/**
 * @cascade/engine's public API: exactly what the server, the web app, the CLI, the db package and
 * the tests import. A name used only inside the engine is not exported; add it here when another
 * package needs it. Test-only helpers (json-rules-engine itself) are in `@cascade/engine/testing`.
 */

// Errors: the one base class every domain refusal extends, with its codes.

export {
  DOMAIN_ERROR_CODES,
  DomainError,
  type DomainErrorCode,
  type DomainErrorFault,
} from './errors/domain-error.ts';

// Access: roles, who may do what to which target, and the account field rules.

export {
  DISPLAY_NAME_MAX_LENGTH,
  PHONE_MAX_LENGTH,
  PHONE_PATTERN,
  PHONE_RULE,
  USERNAME_PATTERN,
  USERNAME_RULE,
} from './access/account-fields.ts';
export {
  type AccessTarget,
  type Action,
  allowsByRelation,
  authorize,
  type Relation,
  relationOf,
} from './access/policy.ts';
export { isRole, type Principal, ROLE_LABELS, ROLES, type Role } from './access/roles.ts';

// Orgs: levels, division types, department functions and capabilities.

export { CAPABILITY_KEYS, capabilityValueLabel, WEBSITE_LABELS } from './orgs/capability-labels.ts';
export { functionsAtLevel } from './orgs/department-functions.ts';
export { renderDepartmentName } from './orgs/department-names.ts';
export { cityDivisionType, countyDivision, provinceDivisionType, townshipDivision } from './orgs/division-type.ts';
export { isTerritorial, type Org, type OrgLevel, TERRITORIAL_KINDS } from './orgs/org.ts';
export { CAPABILITY_LABELS, capabilitiesOf, type OrgCapabilities } from './orgs/org-capabilities.ts';
export { functionLabelOf, isTownshipOffice } from './orgs/org-function.ts';
export { townshipOfficesOf } from './orgs/township-offices.ts';

// Units: the 牵头/责任/配合单位 phrases, parsed and printed back.

export { splitOutsideParens } from './units/normalize-unit.ts';
export {
  dedupeUnits,
  emptyUnits,
  parseUnitCell,
  parseUnitsByRoleCells,
  parseUnitsInline,
  saysNone,
} from './units/parse-units.ts';
export { parseUnitsTail } from './units/parse-units-tail.ts';
export { formatUnits } from './units/render-units.ts';
export { OTHER_LABEL, ROLE_LABEL, roleOfWord } from './units/role-words.ts';
export type { UnitRole, UnitsByRole } from './units/units-by-role.ts';

// Deadlines: 完成时限 text parsed, checked and lit (红黄绿灯).

export { type CalendarDate, isCalendarDate } from './deadlines/calendar-date.ts';
export { checkDeadlineText } from './deadlines/check-deadline-text.ts';
export { normalizeDateText } from './deadlines/chinese-numbers.ts';
export { type Clock, chinaDay, fixedClock, systemClock, yearOf } from './deadlines/clock.ts';
export type { Deadline, DeadlineKind } from './deadlines/deadline.ts';
export { type DeadlineContext, parseDeadline } from './deadlines/parse-deadline.ts';
export { computeLight, DEFAULT_YELLOW_WORKING_DAYS, type Light } from './deadlines/traffic-light.ts';

// Rules: the json-rules-engine format, compiled and validated (its reference evaluator is in ./testing).

export type { Condition, FactReference, Facts, LeafCondition, Operator, Rule, RuleKind } from './rules/rule.ts';
export { compileRuleSet } from './rules/rule-set.ts';
export { type RuleProblem, validateRule } from './rules/validate-rule.ts';

// Plans: the draft a document imports to, its ids, the JSON form and outline editing.

export {
  chineseNumeral,
  insertOutlineItem,
  moveOutlineItem,
  type OutlineEdit,
  type OutlineMove,
  type OutlineRow,
  type PlacedRow,
  renumberOutline,
} from './plans/outline.ts';
export { reinsertOutlineBlock, undoMoves } from './plans/outline-undo.ts';
export type {
  BasisDocument,
  DraftItem,
  ImportSummary,
  OutlineHeading,
  PlanDraft,
  UnplacedLine,
} from './plans/plan-draft.ts';
export { assignmentIdFor, itemIdFor, planIdFor, sourceIdOf } from './plans/plan-ids.ts';
export { type PlanJson, planDraftFromJson } from './plans/plan-json.ts';

// Derivation (派生): a subordinate’s plan from its superior’s, with traces, and the rows it is stored as.

export { DEFAULT_PROFILE } from './derivation/default-profile.ts';
export { sectionsOf } from './derivation/department-sections.ts';
export { refuseDerivation } from './derivation/derivable-child.ts';
export { DerivationError } from './derivation/derivation-problem.ts';
export {
  type Derivation,
  type DerivedItem,
  derivationToDraft,
  derivePlan,
  type ExcludedItem,
} from './derivation/derive-plan.ts';
export { buildDerivedPlan, type DerivedItemRow, type DerivedPlanRows } from './derivation/derived-plan-rows.ts';
export { describeChangeNotes, describeChanges, guidingUnitsOf, type TraceNote } from './derivation/describe-changes.ts';
export { createOrgDirectory, type OrgDirectory } from './derivation/org-directory.ts';
export { resolveUnitOrgs } from './derivation/resolve-unit-orgs.ts';
export { type Said, type SaidKind, type SaidWord, sayText, TRACE_WORDS } from './derivation/trace-words.ts';
export { validateItemRules } from './derivation/validate-item-rules.ts';
export { validateProfileRules } from './derivation/validate-profile.ts';

// Merge (上级更新): a superior’s new version brought into a derived plan.

export {
  type ItemOverrides,
  mergeableTasks,
  type Resolution,
  removedUpstream,
  settleChangedTask,
  storedSourceKey,
  unresolvedConflicts,
} from './merge/upstream-apply.ts';
export { mergeUpstream, sourceKeyOf, type UpstreamMerge } from './merge/upstream-merge.ts';

// Publishing: the warnings before publishing and what changed between versions.

export { type PublishWarning, publishWarnings } from './publishing/publish-warnings.ts';
export { diffVersions, type VersionChanges } from './publishing/version-changes.ts';

// Ledger (台账): the rows a published version owns and how a new version re-syncs them.

export { type LedgerRow, ledgerRowsOf } from './ledger/ledger-rows.ts';
export { type LedgerEffect, planLedgerSync } from './ledger/plan-ledger-sync.ts';
export type { LedgerSync } from './ledger/sync-ledger.ts';

// Workflow: assignment and plan lifecycles, designed variants and their migrations.

export { applyTransition } from './workflow/apply-transition.ts';
export {
  AWAITING_REPORT_STATES,
  approvalEventIn,
  BUILT_IN_ASSIGNMENT_STATES,
  CLOSED_STATE,
  categoryOf,
  ENDING_CATEGORIES,
  FINISHED_CATEGORIES,
  FINISHED_STATES,
  ISSUED_LIFECYCLE_STATES,
  ISSUED_STATE,
  inLifecycleOrder,
  isFinished,
  isKnownAssignmentState,
  PAUSED_CATEGORIES,
  REOPENED_STATE,
  REPORTED_STATE,
  type RowAction,
  rowActionsIn,
  stateLabelOf,
  statesIn,
} from './workflow/assignment-states.ts';
export { type CompiledWorkflow, compileWorkflow } from './workflow/compile-workflow.ts';
export {
  type ActorStanding,
  type FireableEvent,
  fireableEvents,
  isVerifyingOrg,
  mayFire,
  transitionOn,
} from './workflow/fireable-events.ts';
export { BUILT_IN_GUARD_NAMES } from './workflow/guards.ts';
export {
  decidePlanStatus,
  PLAN_LIFECYCLE,
  PLAN_LIFECYCLE_EVENTS,
  PLAN_RULES,
  PLAN_STATUSES_CLOSED_TO_EDITS,
  type PlanLifecycleEvent,
  type PlanLifecycleFacts,
  type PlanStatus,
  planAcceptsEdits,
  planRefusalMessage,
  planStatusLabel,
} from './workflow/plan-lifecycle.ts';
export { planVariantMigration, type StateMapping } from './workflow/plan-variant-migration.ts';
export { replayTransitions } from './workflow/replay-transitions.ts';
export {
  BASE_VARIANTS,
  composeReviewVariant,
  parseVariantId,
  resolveWorkflowVariant,
  reviewVariantId,
} from './workflow/resolve-workflow-variant.ts';
export {
  EXTENSION_WORKFLOW,
  STANDARD_VARIANTS,
  STANDARD_WORKFLOW,
  SUSPENSION_WORKFLOW,
  withReviewSteps,
} from './workflow/standard-variants.ts';
export { TRANSITION_FACTS, type TransitionFact, transitionFacts } from './workflow/transition-facts.ts';
export { INPUT_LABELS, missingInput } from './workflow/transition-input.ts';
export {
  checkIssuedState,
  checkStateMeaning,
  validateWorkflow,
  type WorkflowProblem,
} from './workflow/validate-workflow.ts';
export { diffVariants, type VariantChange } from './workflow/variant-diff.ts';
export { isDesignedVariantRef, parseVariantRef, type VariantRef, variantRef } from './workflow/variant-ref.ts';
export {
  type BuiltInWorkflowRegistry,
  createWorkflowRegistry,
  type WorkflowRegistry,
} from './workflow/workflow-registry.ts';
export {
  type BuiltInGuard,
  STATE_CATEGORIES,
  type StateCategory,
  TRANSITION_ACTORS,
  TRANSITION_INPUTS,
  type TransitionActor,
  type TransitionEffect,
  type TransitionGuard,
  type TransitionInput,
  type WorkflowEvent,
  type WorkflowState,
  type WorkflowTransition,
  type WorkflowVariant,
} from './workflow/workflow-variant.ts';

// Supervision (督办): feedback, escalation, rectification and supervision notices.

export type { AnnualReportSection } from './supervision/annual-report-section.ts';
export {
  dueEscalationSteps,
  ESCALATION_ACTION_LABELS,
  type EscalationAction,
  readEscalationProfile,
  workingDaysOverdue,
} from './supervision/escalation-profile.ts';
export { countFeedback, type FeedbackCounts, judgeFeedback } from './supervision/feedback-status.ts';
export { findFeedbackWindow } from './supervision/feedback-window.ts';
export { rectificationDue } from './supervision/rectification-due.ts';
export {
  checkNoticeAnswer,
  isNoticeAnswerOverdue,
  NOTICE_ACTORS,
  NOTICE_KIND_LABELS,
  NOTICE_STATE_LABELS,
  NOTICE_TITLES,
  type NoticeAction,
  type NoticeKind,
  type NoticeState,
  noticeActions,
  noticeAnswerDue,
  noticeIssuerCode,
  noticeNumber,
  noticeRequirement,
  noticeTransition,
} from './supervision/supervision-notice.ts';

// Coverage: which superior items a plan covers.

export { auditCoverage, type CoverageAudit } from './coverage/audit-coverage.ts';
export { rememberedByText } from './memory/remembered.ts';
