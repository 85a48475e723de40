/**
 * Every refusal the domain can answer with, by a stable code in the domain's words. The server
 * turns each into its problem through one table (`apps/server/src/http/domain-problems.ts`),
 * which the type system keeps complete: a code added here without a row there does not compile.
 */
export const DOMAIN_ERROR_CODES = [
  'org.notFound',
  'org.editRefused',
  'org.inUse',
  'plan.notFound',
  'plan.staleVersion',
  'plan.itemNotFound',
  'plan.statusNotAllowed',
  'plan.statusRefused',
  'outline.refused',
  'removal.restoreRefused',
  'publish.refused',
  'derivation.refused',
  'derivation.alreadyDerived',
  'derivation.ruleInapplicable',
  'workflow.migrationRefused',
  'workflow.variantNotFound',
  'workflow.variantRefused',
  'workflow.staleVersion',
  'notice.notFound',
  'notice.stepNotAllowed',
  'notice.inputRefused',
  'lookBack.notFound',
  'backup.refused',
  'import.refused',
  'import.tooLarge',
  'accountSheet.refused',
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** One thing at fault and where: a rule's field, the plan as a whole, a mapping's state. */
export type DomainErrorFault = { path: string; message: string };

export type DomainErrorOptions = {
  /** What a caller may act on, by name (the current version, the plan already derived). */
  details?: Readonly<Record<string, unknown>>;
  /** Each fault by itself, when there are several or they have a place. */
  faults?: readonly DomainErrorFault[];
  /** The message for a Chinese reader when `message` carries both languages. */
  chinese?: string;
  /** The same in English, where the domain words it (a document's or a sheet's fault). */
  english?: string;
};

/**
 * A refusal the domain makes on purpose — not found, stale, not allowed now — as opposed to a bug.
 * `message` is Chinese, for the person who must act on it; `code` is what callers switch on.
 */
export abstract class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly details: Readonly<Record<string, unknown>> | undefined;
  readonly faults: readonly DomainErrorFault[] | undefined;
  readonly chinese: string;
  readonly english: string | undefined;

  constructor(code: DomainErrorCode, message: string, options: DomainErrorOptions = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = options.details;
    this.faults = options.faults;
    this.chinese = options.chinese ?? message;
    this.english = options.english;
  }
}
