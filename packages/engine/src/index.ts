export * from './access/index.ts';
export * from './coverage/audit-coverage.ts';
export * from './deadlines/index.ts';
export * from './derivation/index.ts';
export {
  DOMAIN_ERROR_CODES,
  DomainError,
  type DomainErrorCode,
  type DomainErrorFault,
  type DomainErrorOptions,
} from './errors/domain-error.ts';
export * from './ledger/index.ts';
export {
  type FieldOverride,
  type ItemOverrides,
  mergeableTasks,
  type Resolution,
  removedUpstream,
  type StoredChildTask,
  settleChangedTask,
  storedSourceKey,
  unresolvedConflicts,
} from './merge/upstream-apply.ts';
export * from './merge/upstream-merge.ts';
export * from './orgs/index.ts';
export * from './plans/outline.ts';
export * from './plans/outline-undo.ts';
export type * from './plans/plan-draft.ts';
export * from './plans/plan-ids.ts';
export * from './plans/plan-json.ts';
export * from './publishing/index.ts';
export * from './rules/index.ts';
export * from './supervision/index.ts';
export * from './units/index.ts';
export * from './workflow/index.ts';
