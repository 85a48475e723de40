import mammoth from 'mammoth';
import { ImportError } from '../import/import-error.ts';
import { type DocxNode, paragraphLines, toDocxNode } from './docx-body.ts';
import { toMarkdownCell, toMarkdownTable } from './markdown-table.ts';
import { openOfficePackage } from './open-office-package.ts';

export type ReadDocumentOptions = {
  /** The file's name, for error messages. */
  fileName?: string;
};

/** Word's widest table has 63 columns: a wider span (w:gridSpan="100000000") is a crafted file. */
const MAX_COLUMN_SPAN = 64;

/** The paragraphs of a cell (nested tables flattened cell by cell), tabs as spaces. */
function cellParagraphs(cell: DocxNode): string[] {
  if (!('children' in cell)) return [];
  return cell.children.flatMap((child) => {
    if (child.type === 'paragraph') return paragraphLines(child).map((l) => l.replace(/\t+/g, ' ').trim());
    if (child.type === 'table')
      return child.children.flatMap((row) => ('children' in row ? row.children : []).flatMap(cellParagraphs));
    return [];
  });
}

/**
 * A table as a grid of markdown cells. A merged cell keeps its text in its top-left position;
 * the positions it covers below (rowSpan) and to the right (colSpan) are empty, which the
 * importer reads as "same as above" and as a heading row's unused columns.
 */
function tableGrid(table: DocxNode): string[][] {
  const rows = 'children' in table ? table.children.filter((r) => r.type === 'tableRow') : [];
  const grid: string[][] = rows.map(() => []);
  /** Grid positions taken by a cell merged down from a row above. */
  const covered = new Set<string>();
  rows.forEach((row, r) => {
    let c = 0;
    const out = grid[r] as string[];
    for (const cell of 'children' in row ? row.children : []) {
      if (cell.type !== 'tableCell') continue;
      while (covered.has(`${r}:${c}`)) out[c++] = '';
      out[c] = toMarkdownCell(cellParagraphs(cell));
      const colSpan = Math.min(cell.colSpan, MAX_COLUMN_SPAN);
      for (let dc = 0; dc < colSpan; dc++) {
        if (dc > 0) out[c + dc] = '';
        for (let dr = 1; dr < cell.rowSpan; dr++) covered.add(`${r + dr}:${c + dc}`);
      }
      c += colSpan;
    }
    while (covered.has(`${r}:${c}`)) out[c++] = '';
  });
  return grid.filter((row) => row.some(Boolean));
}

/** The document body as lines: paragraphs as they are, each table as a markdown table. */
function bodyLines(document: DocxNode): string[] {
  const lines: string[] = [];
  for (const block of 'children' in document ? document.children : []) {
    if (block.type === 'paragraph') {
      lines.push(...paragraphLines(block).filter((l) => l.trim()));
    } else if (block.type === 'table') {
      const grid = tableGrid(block);
      const width = Math.max(0, ...grid.map((row) => row.filter(Boolean).length));
      // A one-column table is a frame around text (a boxed title or note), not a task table.
      if (width < 2) {
        lines.push(
          ...grid
            .flat()
            .flatMap((cell) => cell.split('<br>'))
            .filter(Boolean),
        );
        continue;
      }
      lines.push('', ...toMarkdownTable(grid), '');
    }
  }
  return lines;
}

/**
 * Reads a Word document (.docx) into the text the plan importer understands: paragraphs as
 * lines, each table as a markdown table (merged-cell continuations empty = "same as above",
 * paragraphs inside a cell joined with <br>, pipes escaped).
 *
 * mammoth does the reading (tracked changes, content controls, hyperlinks, merged cells); its
 * HTML would lose the empty "same as above" cells, so its document model is walked instead.
 * Automatic list numbering (numbering.xml) is not rendered: plans type their 一、/1. numbers.
 *
 * @throws ImportError 'empty' (no bytes, or no text and no table), 'unreadable' (not a zip, a
 *   damaged zip), 'unsupportedType' (an old .doc, a zip that is not a Word document), 'tooLarge'
 *   (past a limit of OFFICE_PACKAGE_LIMITS, named in the message)
 */
export async function readDocx(bytes: Uint8Array, options: ReadDocumentOptions = {}): Promise<string> {
  const at = options.fileName ? { file: options.fileName } : {};
  const checked = await openOfficePackage(bytes, 'docx', options.fileName);
  let body: DocxNode = { type: 'other' };
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(checked.buffer, checked.byteOffset, checked.byteLength) },
      {
        // Images are not read: the text needs none, and mammoth would hold each one as base64.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        transformDocument: (element: unknown) => {
          body = toDocxNode(element);
          return element;
        },
      },
    );
  } catch (error) {
    throw new ImportError('unreadable', { ...at, detail: `Word 文档内容无法解析（${(error as Error).message}）` });
  }
  const text = bodyLines(body)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!text) throw new ImportError('empty', { ...at, detail: '文档中没有文字或表格' });
  return `${text}\n`;
}
