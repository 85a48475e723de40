import { ImportError, type ImportErrorDetails } from '../import/import-error.ts';
import { OFFICE_PACKAGE_LIMITS, type OfficePackageLimits } from './office-package-limits.ts';

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;
/** Excel's last column (XFD). */
const MAX_COLUMN = 16_384;

const count = (n: number) => n.toLocaleString('en-US');

/** "AB12" → [row, column]; undefined when it is not a cell reference. */
function cellAt(ref: string): [number, number] | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(ref);
  if (!match) return undefined;
  const column = [...(match[1] as string).toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(match[2]), column];
}

/** Cells a range covers ("A1:C3" → 9), or undefined when it is not a range of cells. */
function rangeArea(range: string): number | undefined {
  const [from, to = from] = range.split(':');
  const a = cellAt(from ?? '');
  const b = cellAt(to ?? '');
  if (!a || !b) return undefined;
  return (Math.abs(b[0] - a[0]) + 1) * (Math.abs(b[1] - a[1]) + 1);
}

/**
 * Sheet parts made safe for exceljs, which walks some ranges cell by cell however small the file:
 * - merged ranges: exceljs creates every covered cell, so "A1:XFD1048576" (17 billion cells, 40
 *   bytes of XML) would never finish; their cells together are held to `mergedCells`;
 * - column definitions: exceljs creates a column object for each from min to max, so they must
 *   stay within Excel's 16,384 columns;
 * - data validations (drop-down lists) are removed: exceljs expands each range to one entry per
 *   cell, offices often apply a list to a whole column (1,048,576 cells), and reading the text
 *   does not need them.
 * Other parts are returned as they are.
 *
 * @throws ImportError 'tooLarge' naming the merged-cell limit; 'unreadable' for a column past XFD
 */
export function tameSheetParts(
  files: Map<string, Uint8Array>,
  at: ImportErrorDetails = {},
  limits: OfficePackageLimits = OFFICE_PACKAGE_LIMITS,
): Map<string, Uint8Array> {
  const tamed = new Map(files);
  let merged = 0;
  for (const [name, data] of files) {
    if (!SHEET_PART.test(name)) continue;
    const xml = new TextDecoder().decode(data);
    for (const match of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref\s*=\s*["']([^"']*)["']/g)) {
      merged += rangeArea(match[1] as string) ?? 0;
      if (merged > limits.mergedCells)
        throw new ImportError('tooLarge', {
          ...at,
          detail: `合并单元格共超过 ${count(limits.mergedCells)} 格上限（${name}）`,
          detailEn: `merged ranges cover more than ${count(limits.mergedCells)} cells (${name})`,
        });
    }
    for (const match of xml.matchAll(/<(?:\w+:)?col\b[^>]*>/g)) {
      const bounds = [/\bmin\s*=\s*["'](\d+)["']/, /\bmax\s*=\s*["'](\d+)["']/].map((re) =>
        Number(re.exec(match[0])?.[1] ?? 1),
      );
      if (bounds.some((n) => n < 1 || n > MAX_COLUMN))
        throw new ImportError('unreadable', {
          ...at,
          detail: `${name} 定义的列超出 Excel 的 ${count(MAX_COLUMN)} 列`,
          detailEn: `${name} defines columns past Excel's ${count(MAX_COLUMN)}`,
        });
    }
    if (/<(?:\w+:)?dataValidations\b/.test(xml))
      tamed.set(
        name,
        new TextEncoder().encode(xml.replace(/<((?:\w+:)?dataValidations)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g, '')),
      );
  }
  return tamed;
}
