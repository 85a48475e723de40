/**
 * A cell's paragraphs as one markdown cell: paragraphs joined with <br>, pipes escaped, and the
 * characters the importer reads as markup (< > &) written as entities, which it decodes back.
 */
export function toMarkdownCell(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) =>
      p
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/\s*\n\s*/g, '<br>')
        .trim(),
    )
    .filter(Boolean)
    .join('<br>');
}

/**
 * A grid of markdown cells as table lines: the first row is the header, followed by the `|---|`
 * separator. An empty cell is left empty — for a merged cell's continuation that is what the
 * importer reads as "same as above".
 */
export function toMarkdownTable(grid: readonly (readonly string[])[]): string[] {
  const width = Math.max(0, ...grid.map((row) => row.length));
  const line = (row: readonly string[]) =>
    `| ${Array.from({ length: width }, (_, i) => row[i] ?? '').join(' | ')} |`.replace(/ {2}\|/g, ' |');
  const [header, ...rest] = grid;
  if (!header) return [];
  return [line(header), `|${' --- |'.repeat(width)}`, ...rest.map(line)];
}
