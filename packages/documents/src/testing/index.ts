export * from './office-bombs.ts';
export * from './render-layouts.ts';
export * from './sheets.ts';
