export * from './read-docx.ts';
export * from './read-xlsx.ts';
