import { DomainError } from '@cascade/engine';

/** Why a sheet cannot be read as accounts at all (a row's own faults are that row's errors instead). */
export type AccountSheetErrorReason = 'noHeader' | 'missingColumns' | 'noRows' | 'tooManyRows';

/** A sheet that is not an account list, in Chinese (the default) and English, naming what to fix. */
export class AccountSheetError extends DomainError {
  declare readonly english: string;
  constructor(
    readonly reason: AccountSheetErrorReason,
    chinese: string,
    english: string,
  ) {
    super('accountSheet.refused', `${chinese} — ${english}`, { chinese, english, details: { reason } });
    this.name = 'AccountSheetError';
  }
}
