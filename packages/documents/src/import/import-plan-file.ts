import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { PlanDraft } from '@cascade/engine';
import { readDocx } from '../readers/read-docx.ts';
import { readXlsx } from '../readers/read-xlsx.ts';
import { ImportError } from './import-error.ts';
import { type ImportOptions, importPlanText } from './import-plan-text.ts';

const TEXT_EXTENSIONS = new Set(['', '.txt', '.text', '.md', '.markdown', '.tsv']);

/** Text files are read as UTF-8 (what the seed documents and web copies are); a BOM is dropped. */
function decodeText(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const fileNameOf = (source: string | Uint8Array, name?: string) =>
  name ?? (typeof source === 'string' ? basename(source) : 'upload.txt');

/**
 * The text the importer reads from a plan file, by its extension: .txt/.md (and extensionless
 * pastes) as UTF-8; .docx and .xlsx through the document readers, which turn them into the
 * markdown / tab table layouts. The import review shows this text beside the outline, and sends
 * it back to be read again with the author's column roles.
 *
 * @param source a path to read, or the file's bytes (an upload)
 * @param name the file's name, for its extension and for messages; defaults to the path's
 */
export async function readPlanFileText(source: string | Uint8Array, name?: string): Promise<string> {
  const fileName = fileNameOf(source, name);
  const ext = extname(fileName).toLowerCase();
  const file = { file: fileName };
  if (!TEXT_EXTENSIONS.has(ext) && ext !== '.docx' && ext !== '.xlsx') {
    throw new ImportError('unsupportedType', { ...file, detail: `${ext}；可导入 .txt、.md、.docx、.xlsx` });
  }
  let bytes: Uint8Array;
  try {
    bytes = typeof source === 'string' ? await readFile(source) : source;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportError('unreadable', { ...file, detail: code === 'ENOENT' ? '找不到文件' : String(code ?? error) });
  }
  // Word and Excel files become the markdown-table text the importer reads (see src/readers).
  if (ext === '.docx') return readDocx(bytes, { fileName });
  if (ext === '.xlsx') return readXlsx(bytes, { fileName });
  return decodeText(bytes);
}

/**
 * Imports a plan file by its extension (see readPlanFileText for how each kind becomes text).
 *
 * @param source a path to read, or the file's bytes (an upload)
 * @param name the file's name, for its extension and for messages; defaults to the path's
 */
export async function importPlanFile(
  source: string | Uint8Array,
  name?: string,
  options: ImportOptions = {},
): Promise<PlanDraft> {
  const fileName = fileNameOf(source, name);
  return importPlanText(await readPlanFileText(source, fileName), { ...options, fileName });
}
