import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { PlanDraft } from '@cascade/engine';
import { ImportError } from './import-error.ts';
import { type ImportOptions, importPlanText } from './import-plan-text.ts';

/** Text files are read as UTF-8; a BOM is dropped. */
function decodeText(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Imports a plan file by its extension: .txt/.md (and extensionless pastes) as text; .docx and
 * .xlsx through the document readers, which turn them into the markdown/tab table layouts.
 */
export async function importPlanFile(
  source: string | Uint8Array,
  name?: string,
  options: ImportOptions = {},
): Promise<PlanDraft> {
  const fileName = name ?? (typeof source === 'string' ? basename(source) : 'upload.txt');
  const bytes = typeof source === 'string' ? await readFile(source) : source;
  const ext = extname(fileName).toLowerCase();
  const withName = { ...options, fileName };
  if (ext === '.docx' || ext === '.xlsx') {
    throw new ImportError('unsupportedType', `${ext} 暂不支持，请先另存为 .txt 或 .md（${fileName}）`);
  }
  if (ext && !['.txt', '.md', '.markdown', '.text', '.tsv', '.csv'].includes(ext)) {
    throw new ImportError('unsupportedType', `${ext}（${fileName}）`);
  }
  return importPlanText(decodeText(bytes), withName);
}
