import type { WorkflowVariant } from '@cascade/engine';
import { For, type JSX } from 'solid-js';
import { t } from '../../ui/dictionary.ts';
import { locale } from '../../ui/locale.ts';
import { layoutWorkflow, NODE_H, NODE_W } from './workflow-layout.ts';
import { variantInLanguage } from './workflow-words.ts';

/**
 * A variant as a state diagram (SVG), laid out by dagre; 退回 and other backward steps dashed.
 * `current` marks the state a simulation stands in; `highlight` the states just added.
 */
export function WorkflowDiagram(props: {
  variant: WorkflowVariant;
  highlight?: readonly string[];
  current?: string | undefined;
}): JSX.Element {
  const variant = () => variantInLanguage(props.variant, locale() === 'en');
  const layout = () => layoutWorkflow(variant());
  const description = () =>
    Object.entries(variant().states)
      .flatMap(([, s]) =>
        Object.values(s.on ?? {}).map(
          (to) => `${s.label} —${to.label}→ ${variant().states[to.target]?.label ?? to.target}`,
        ),
      )
      .join(t('workflow.separator'));
  return (
    <svg
      class="workflow-diagram"
      role="img"
      aria-label={t('workflow.diagram', { name: variant().name, description: description() })}
      viewBox={`0 0 ${layout().width} ${layout().height}`}
      width={layout().width}
      height={layout().height}
    >
      <defs>
        <marker
          id="wf-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" fill="#5a6b7d" />
        </marker>
      </defs>
      <For each={layout().edges}>
        {(e) => (
          <g class={`wf-edge${e.back ? ' back' : ''}`}>
            <path d={e.path} marker-end="url(#wf-arrow)">
              <title>{e.label}</title>
            </path>
            <text x={e.labelX} y={e.labelY}>
              {e.label}
            </text>
          </g>
        )}
      </For>
      <For each={layout().nodes}>
        {(n) => (
          <g
            class="wf-node"
            classList={{
              final: n.final,
              initial: n.initial,
              added: props.highlight?.includes(n.id) ?? false,
              current: props.current === n.id,
            }}
            data-state={n.id}
          >
            <rect x={n.x} y={n.y} width={NODE_W} height={NODE_H} rx={n.final ? 17 : 4} />
            <text x={n.x + NODE_W / 2} y={n.y + NODE_H / 2 + 5} text-anchor="middle">
              {n.label}
            </text>
          </g>
        )}
      </For>
    </svg>
  );
}
