import type { WorkflowVariant } from '@cascade/engine';
import { Graph, layout } from '@dagrejs/dagre';

export type LaidOutNode = { id: string; label: string; final: boolean; initial: boolean; x: number; y: number };
export type LaidOutEdge = {
  from: string;
  to: string;
  event: string;
  label: string;
  /** Goes against the flow (退回, 整改): drawn dashed. */
  back: boolean;
  path: string;
  labelX: number;
  labelY: number;
};
export type Layout = { nodes: LaidOutNode[]; edges: LaidOutEdge[]; width: number; height: number };

export const NODE_W = 112;
export const NODE_H = 34;
const MARGIN = 16;
/** Room an edge's label takes (CJK glyphs at the diagram's font size). */
const labelWidth = (label: string) => 12 + [...label].length * 12;

/**
 * A variant's states laid out top-down by dagre (ranked, crossings reduced, edge labels placed
 * between ranks), so any machine a designer draws — loops, several ends, states nobody reaches —
 * gets a readable picture. Node x/y are top-left corners, as the SVG draws them.
 */
export function layoutWorkflow(variant: WorkflowVariant): Layout {
  const graph = new Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'TB', nodesep: 36, ranksep: 44, edgesep: 16, marginx: MARGIN, marginy: MARGIN });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const [id, state] of Object.entries(variant.states)) {
    graph.setNode(id, { width: NODE_W, height: NODE_H, label: state.label });
  }
  const transitions = Object.entries(variant.states).flatMap(([from, state]) =>
    Object.entries(state.on ?? {})
      .filter(([, t]) => variant.states[t.target])
      .map(([event, t]) => ({ from, to: t.target, event, label: t.label })),
  );
  for (const t of transitions) {
    graph.setEdge(t.from, t.to, { width: labelWidth(t.label), height: 14, labelpos: 'c' }, t.event);
  }
  layout(graph);
  const nodes: LaidOutNode[] = Object.entries(variant.states).map(([id, state]) => {
    const n = graph.node(id);
    return {
      id,
      label: state.label,
      final: Boolean(state.final),
      initial: id === variant.initial,
      x: (n?.x ?? 0) - NODE_W / 2,
      y: (n?.y ?? 0) - NODE_H / 2,
    };
  });
  const rankOf = new Map(nodes.map((n) => [n.id, n.y]));
  const edges: LaidOutEdge[] = transitions.map((t) => {
    const e = graph.edge({ v: t.from, w: t.to, name: t.event });
    const points = e?.points ?? [];
    return {
      ...t,
      back: (rankOf.get(t.to) ?? 0) <= (rankOf.get(t.from) ?? 0),
      path: smoothPath(points),
      labelX: (e?.x ?? 0) - labelWidth(t.label) / 2 + 6,
      labelY: (e?.y ?? 0) + 4,
    };
  });
  const size = graph.graph();
  return { nodes, edges, width: Math.ceil(size.width ?? 0), height: Math.ceil(size.height ?? 0) };
}

/** A curve through dagre's bend points: straight to the first midpoint, quadratic bends between. */
function smoothPath(points: readonly { x: number; y: number }[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  if (rest.length < 2) return `M${first.x},${first.y} ${rest.map((p) => `L${p.x},${p.y}`).join(' ')}`;
  let d = `M${first.x},${first.y}`;
  for (let i = 0; i < rest.length - 1; i++) {
    const p = rest[i] as { x: number; y: number };
    const q = rest[i + 1] as { x: number; y: number };
    d += ` Q${p.x},${p.y} ${(p.x + q.x) / 2},${(p.y + q.y) / 2}`;
  }
  const last = rest[rest.length - 1] as { x: number; y: number };
  return `${d} L${last.x},${last.y}`;
}
