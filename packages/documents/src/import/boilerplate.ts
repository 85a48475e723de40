/**
 * Lines a copied document carries that are not its content: page numbers from a PDF or print
 * copy ("— 3 —", "-12-", "第 3 页 共 8 页"). They are recognised (kept as preamble), never read as
 * a measure's text or a units line.
 */
export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return /^[-—–－‐]\s*\d{1,3}\s*[-—–－‐]$/.test(t) || /^第\s*\d{1,3}\s*页(\s*[，,]?\s*共\s*\d{1,3}\s*页)?$/.test(t);
}
