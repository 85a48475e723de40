/** Why a sheet cannot be read as accounts at all (a row's own faults are that row's errors instead). */
export type AccountSheetErrorReason = 'noHeader' | 'missingColumns' | 'noRows' | 'tooManyRows';

/** A sheet that is not an account list, in Chinese (the default) and English, naming what to fix. */
export class AccountSheetError extends Error {
  readonly chinese: string;
  readonly english: string;
  constructor(
    readonly reason: AccountSheetErrorReason,
    chinese: string,
    english: string,
  ) {
    super(`${chinese} — ${english}`);
    this.name = 'AccountSheetError';
    this.chinese = chinese;
    this.english = english;
  }
}
