export * from './account-sheet-error.ts';
export * from './account-sheet-vocabulary.ts';
export * from './account-sheets-xlsx.ts';
export * from './parse-account-sheet.ts';
export * from './read-account-sheet.ts';
