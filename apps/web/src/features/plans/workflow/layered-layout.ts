import type { WorkflowVariant } from '@cascade/engine';

export type LaidOutNode = { id: string; label: string; final: boolean; initial: boolean; x: number; y: number };
export type LaidOutEdge = {
  from: string;
  to: string;
  label: string;
  back: boolean;
  path: string;
  labelX: number;
  labelY: number;
};
export type Layout = { nodes: LaidOutNode[]; edges: LaidOutEdge[]; width: number; height: number };

export const NODE_W = 112;
export const NODE_H = 34;
const ROW = 74;
const COL = 150;
const MARGIN = 24;

/**
 * A layered (top-down) layout of a variant's states: each state's row is its distance from the
 * start along the transitions; states of one row sit side by side. Edges going down are straight;
 * edges going back up (退回, 整改) curve around the right-hand side, so they never cross the nodes.
 */
export function layoutWorkflow(variant: WorkflowVariant): Layout {
  const layer = new Map<string, number>([[variant.initial, 0]]);
  const queue = [variant.initial];
  while (queue.length) {
    const id = queue.shift() as string;
    for (const t of Object.values(variant.states[id]?.on ?? {})) {
      if (!layer.has(t.target) && variant.states[t.target]) {
        layer.set(t.target, (layer.get(id) ?? 0) + 1);
        queue.push(t.target);
      }
    }
  }
  // States nobody reaches still get drawn, in a row of their own at the bottom.
  const deepest = Math.max(0, ...layer.values());
  for (const id of Object.keys(variant.states)) if (!layer.has(id)) layer.set(id, deepest + 1);
  const rows = new Map<number, string[]>();
  for (const [id, l] of layer) rows.set(l, [...(rows.get(l) ?? []), id]);
  const widest = Math.max(...[...rows.values()].map((r) => r.length));
  const width = MARGIN * 2 + (widest - 1) * COL + NODE_W + 90;
  const nodes: LaidOutNode[] = [];
  for (const [l, ids] of [...rows.entries()].sort((a, b) => a[0] - b[0])) {
    const rowWidth = (ids.length - 1) * COL;
    ids.forEach((id, i) => {
      nodes.push({
        id,
        label: variant.states[id]?.label ?? id,
        final: Boolean(variant.states[id]?.final),
        initial: id === variant.initial,
        x: MARGIN + ((widest - 1) * COL - rowWidth) / 2 + i * COL,
        y: MARGIN + l * ROW,
      });
    });
  }
  const at = new Map(nodes.map((n) => [n.id, n]));
  const right = MARGIN + (widest - 1) * COL + NODE_W;
  const edges: LaidOutEdge[] = [];
  let backLane = 0;
  for (const [from, state] of Object.entries(variant.states)) {
    for (const t of Object.values(state.on ?? {})) {
      const a = at.get(from);
      const b = at.get(t.target);
      if (!a || !b) continue;
      const back = (layer.get(t.target) ?? 0) <= (layer.get(from) ?? 0);
      if (!back) {
        const x1 = a.x + NODE_W / 2;
        const y1 = a.y + NODE_H;
        const x2 = b.x + NODE_W / 2;
        const y2 = b.y;
        edges.push({
          from,
          to: t.target,
          label: t.label,
          back,
          path: `M${x1},${y1} C${x1},${(y1 + y2) / 2} ${x2},${(y1 + y2) / 2} ${x2},${y2 - 2}`,
          labelX: (x1 + x2) / 2 + 4,
          labelY: (y1 + y2) / 2 + 4,
        });
      } else {
        const lane = right + 16 + (backLane++ % 4) * 14;
        const y1 = a.y + NODE_H / 2;
        const y2 = b.y + NODE_H / 2;
        const x1 = a.x + NODE_W;
        const x2 = b.x + NODE_W;
        edges.push({
          from,
          to: t.target,
          label: t.label,
          back,
          path: `M${x1},${y1} C${lane},${y1} ${lane},${y2} ${x2 + 2},${y2}`,
          labelX: lane - 10,
          labelY: (y1 + y2) / 2,
        });
      }
    }
  }
  const height = MARGIN * 2 + (Math.max(...layer.values()) + 1) * ROW - (ROW - NODE_H);
  return { nodes, edges, width: width + backLane * 4, height };
}
