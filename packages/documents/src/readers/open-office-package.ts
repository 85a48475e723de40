import JSZip from 'jszip';
import { ImportError } from '../import/import-error.ts';
import { checkXmlBudget } from './check-xml-budget.ts';
import { tameSheetParts } from './tame-sheet-parts.ts';
import { unpackOfficePackage } from './unpack-office-package.ts';

export type OfficeKind = 'docx' | 'xlsx';

/** The part every file of the kind has: without it the zip is something else. */
const MAIN_PART: Record<OfficeKind, string> = { docx: 'word/document.xml', xlsx: 'xl/workbook.xml' };
const NAME: Record<OfficeKind, string> = { docx: 'Word 文档（.docx）', xlsx: 'Excel 工作簿（.xlsx）' };
const OTHER: Record<OfficeKind, OfficeKind> = { docx: 'xlsx', xlsx: 'docx' };

/** OLE compound file: the old .doc / .xls format, and also how Office stores a password-protected .docx. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * Opens a .docx / .xlsx upload and checks it is what it claims to be, so the user reads why it
 * was refused (empty, an old .doc, not a zip, a zip of something else, too large unpacked)
 * instead of a library's stack trace — or a server out of memory.
 *
 * The zip is unpacked once under OFFICE_PACKAGE_LIMITS (`unpackOfficePackage`), its XML held to
 * the parse budget (`checkXmlBudget`, and `tameSheetParts` for a workbook), and the checked
 * entries are packed again, uncompressed, for mammoth / exceljs: they read exactly the bytes that
 * were counted, and have nothing left to inflate.
 *
 * @returns the zip to hand to the parser
 * @throws ImportError 'empty', 'unsupportedType', 'unreadable' or 'tooLarge' (naming the limit)
 */
export async function openOfficePackage(bytes: Uint8Array, kind: OfficeKind, file?: string): Promise<Uint8Array> {
  const at = file ? { file } : {};
  if (bytes.length === 0) throw new ImportError('empty', at);
  if (startsWith(bytes, OLE_MAGIC)) {
    const old = kind === 'docx' ? '旧版 Word（.doc）' : '旧版 Excel（.xls）';
    throw new ImportError('unsupportedType', {
      ...at,
      detail: `这是${old}或设置了密码的文件，请用 Office/WPS 另存为 .${kind} 后再导入`,
    });
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new ImportError('unreadable', { ...at, detail: `不是${NAME[kind]}` });
  }
  let files = unpackOfficePackage(bytes, at);
  if (!files.has(MAIN_PART[kind])) {
    const other = files.has(MAIN_PART[OTHER[kind]]) ? `，它是${NAME[OTHER[kind]]}` : '';
    throw new ImportError('unsupportedType', {
      ...at,
      detail: `压缩包中没有 ${MAIN_PART[kind]}，不是${NAME[kind]}${other}`,
    });
  }
  checkXmlBudget(files, at);
  if (kind === 'xlsx') files = tameSheetParts(files, at);
  const checked = new JSZip();
  for (const [name, data] of files) checked.file(name, data, { binary: true, createFolders: false });
  return checked.generateAsync({ type: 'uint8array', compression: 'STORE' });
}
