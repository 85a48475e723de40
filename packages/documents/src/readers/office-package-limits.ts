/**
 * What a .docx / .xlsx upload may unpack to, checked while unpacking and before mammoth or
 * exceljs parse anything (issue #16: a 200 KB .docx whose document.xml unpacked to 80 MB of
 * empty paragraphs took the server to 5 GB and killed it).
 *
 * Sized from real plans and from measurements of the parsers (2-core machine, Node 20):
 * - the 惠州 plan's document.xml is 0.3 MB, 10,000 elements and 12,000 attributes; a large plan's
 *   is under 2 MB, its sheet under 1 MB;
 * - mammoth holds ~1.5 KB per element while reading (a Word body of 200,000 elements peaked at
 *   400 MB RSS in 4 s, one of 600,000 at 1 GB in 13 s); exceljs about a fifth of that;
 * - images are several MB each but are not parsed, so they count only toward the total.
 * At the limits below a read peaks under 400 MB RSS (4–9 s), so a server process (~200 MB) stays
 * well below 1 GB; each limit is still several times what a real plan needs.
 */
export const OFFICE_PACKAGE_LIMITS = {
  /** Entries in the zip: a plan with many images or sheets has a few hundred. */
  entries: 2_000,
  /** Any one entry unpacked (an image, a sheet): declared and actual. */
  entryBytes: 32 * 1024 * 1024,
  /** Any one XML part the parsers read (document.xml, a sheet, sharedStrings): declared and actual. */
  xmlPartBytes: 16 * 1024 * 1024,
  /** All entries together unpacked: the XML and every image. */
  totalBytes: 64 * 1024 * 1024,
  /** Elements + attributes over all XML parts: what parse memory grows with (~20× the 惠州 plan). */
  xmlNodes: 400_000,
  /** Element nesting: a Word table in a table in a table is ~20 deep; deeper is a stack-overflow attempt. */
  xmlDepth: 256,
  /** Spreadsheet cells exceljs fills one by one for merged ranges (a real plan merges a few thousand). */
  mergedCells: 200_000,
  /** A sheet's table as read (rows × columns up to the last with text): a real plan's is ~20,000. */
  sheetGridCells: 1_000_000,
} as const;

export type OfficePackageLimits = typeof OFFICE_PACKAGE_LIMITS;

/** "16 MB", "2,000": a limit as the refusal names it. */
export const formatBytes = (bytes: number) =>
  bytes >= 1048576 ? `${+(bytes / 1048576).toFixed(1)} MB` : `${+(bytes / 1024).toFixed(1)} KB`;
