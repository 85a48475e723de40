/**
 * The part of mammoth's document model the readers walk (mammoth types it as `any`). mammoth has
 * already resolved what Word leaves implicit: tracked deletions are gone, content controls are
 * unwrapped, and a vertically merged cell (w:vMerge) is one cell with `rowSpan` > 1 whose
 * continuation cells are removed; w:gridSpan becomes `colSpan`.
 */
export type DocxNode =
  | { type: 'document' | 'paragraph' | 'run' | 'hyperlink' | 'table' | 'tableRow'; children: DocxNode[] }
  | { type: 'tableCell'; children: DocxNode[]; colSpan: number; rowSpan: number }
  | { type: 'text'; value: string }
  | { type: 'tab' }
  | { type: 'break'; breakType: 'line' | 'page' | 'column' | 'textWrapping' }
  | { type: 'checkbox'; checked: boolean }
  | { type: 'other' };

const CONTAINERS = new Set(['document', 'paragraph', 'run', 'hyperlink', 'table', 'tableRow']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Narrows mammoth's untyped element to the shapes above; anything else (images, notes, bookmarks) is 'other'. */
export function toDocxNode(value: unknown): DocxNode {
  if (!isRecord(value) || typeof value.type !== 'string') return { type: 'other' };
  const children = Array.isArray(value.children) ? value.children.map(toDocxNode) : [];
  const type = value.type;
  if (type === 'tableCell') {
    const span = (n: unknown) => (typeof n === 'number' && n >= 1 ? n : 1);
    return { type, children, colSpan: span(value.colSpan), rowSpan: span(value.rowSpan) };
  }
  if (CONTAINERS.has(type)) return { type: type as 'paragraph', children };
  if (type === 'text') return { type, value: typeof value.value === 'string' ? value.value : '' };
  if (type === 'tab') return { type };
  if (type === 'break') {
    const kind = value.breakType;
    return { type, breakType: kind === 'page' || kind === 'column' || kind === 'textWrapping' ? kind : 'line' };
  }
  if (type === 'checkbox') return { type, checked: value.checked === true };
  return { type: 'other' };
}

/**
 * A paragraph's text as lines: a line break (Shift+Enter) starts a new line, a tab stays a tab
 * (a plan laid out with tab stops then reads as the importer's tab layout).
 */
export function paragraphLines(node: DocxNode): string[] {
  const lines = [''];
  const walk = (n: DocxNode) => {
    if (n.type === 'text') lines[lines.length - 1] += n.value;
    else if (n.type === 'tab') lines[lines.length - 1] += '\t';
    else if (n.type === 'break') lines.push('');
    else if (n.type === 'checkbox') lines[lines.length - 1] += n.checked ? '☑' : '☐';
    else if ('children' in n) n.children.forEach(walk);
  };
  walk(node);
  return lines.map((l) => l.replace(/[ \u3000]+$/u, ''));
}
