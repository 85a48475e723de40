import type { DomainError, DomainErrorCode } from '@cascade/engine';
import { ProblemError } from './problem.ts';
import type { ProblemType } from './problem-types.ts';

/**
 * The one table from a domain refusal to the problem the API answers with. It is a `Record` over
 * every code, so a code added in the engine without its problem here does not compile.
 */
export const DOMAIN_PROBLEMS: Record<DomainErrorCode, ProblemType> = {
  'org.notFound': 'org-not-found',
  'org.editRefused': 'org-edit-refused',
  'org.inUse': 'org-in-use',
  'plan.notFound': 'plan-not-found',
  'plan.staleVersion': 'conflict',
  'plan.itemNotFound': 'item-not-found',
  'plan.statusNotAllowed': 'transition-not-allowed',
  'plan.statusRefused': 'transition-refused',
  'outline.refused': 'outline-refused',
  'removal.restoreRefused': 'conflict',
  'publish.refused': 'publish-refused',
  'derivation.refused': 'derivation-refused',
  'derivation.alreadyDerived': 'already-derived',
  'derivation.ruleInapplicable': 'derivation-refused',
  'workflow.migrationRefused': 'validation',
  'workflow.variantNotFound': 'workflow-variant-not-found',
  'workflow.variantRefused': 'validation',
  'workflow.staleVersion': 'conflict',
  'notice.notFound': 'not-found',
  'notice.stepNotAllowed': 'transition-not-allowed',
  'notice.inputRefused': 'transition-refused',
  'lookBack.notFound': 'not-found',
  'backup.refused': 'refused',
  'import.refused': 'import-failed',
  'import.tooLarge': 'payload-too-large',
  'accountSheet.refused': 'import-failed',
};

/**
 * A domain refusal as its problem: the table's type, the message in the reader's language, each
 * fault in `errors` and the details a client acts on as members. A code the table lacks (a cast,
 * a package newer than this server) is still a refusal, not a bug: 422 `refused`, not a 500.
 */
export function domainProblem(error: DomainError, english: boolean): ProblemError {
  const type = Object.hasOwn(DOMAIN_PROBLEMS, error.code) ? DOMAIN_PROBLEMS[error.code] : 'refused';
  return new ProblemError(
    type,
    english && error.english ? error.english : error.chinese,
    error.faults?.map(({ path, message }) => ({ path, message })),
    error.details,
  );
}
