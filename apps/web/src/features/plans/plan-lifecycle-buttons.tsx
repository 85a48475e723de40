import { PLAN_LIFECYCLE } from '@cascade/engine';
import { createSignal, For, type JSX, Show } from 'solid-js';
import { api } from '../../api/client.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { labelsUnder, type MessageKey, t } from '../../ui/dictionary.ts';
import { ErrorMessage } from '../../ui/feedback.tsx';

type Step = 'START' | 'CLOSE';
const STEPS: readonly Step[] = ['START', 'CLOSE'];
/** The steps' words in the reader's language (the machine's own labels are Chinese). */
const STEP_LABELS: Record<string, string> = labelsUnder('planStep');
const CONFIRM: Record<Step, MessageKey> = {
  START: 'plan.lifecycle.confirmStart',
  CLOSE: 'plan.lifecycle.confirmClose',
};

/**
 * 开始执行 / 年度收官: the steps of the plan's lifecycle its status offers now (the engine's
 * machine; publishing has its own dialog), each confirmed first. A refusal — rows still open at
 * 年度收官 — is the server's, naming them.
 */
export function PlanLifecycleButtons(props: {
  planId: string;
  status: string;
  version: number;
  onMoved: (to: string) => void;
}): JSX.Element {
  const [asking, setAsking] = createSignal<Step | null>(null);
  const [error, setError] = createSignal<unknown>(null);
  const offered = () => STEPS.filter((s) => PLAN_LIFECYCLE.states[props.status]?.on?.[s]);
  const label = (s: Step) => STEP_LABELS[s] ?? PLAN_LIFECYCLE.states[props.status]?.on?.[s]?.label ?? s;
  const move = async (step: Step) => {
    setError(null);
    try {
      const moved = await api.planLifecycle(props.planId, step, props.version);
      props.onMoved(moved.to);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <For each={offered()}>
        {(s) => (
          <button type="button" onClick={() => setAsking(s)}>
            {label(s)}
          </button>
        )}
      </For>
      <Show when={error()}>
        <div class="lifecycle-error">
          <ErrorMessage error={error()} />
        </div>
      </Show>
      <ConfirmDialog
        open={asking() !== null}
        title={asking() ? label(asking() as Step) : ''}
        body={asking() ? t(CONFIRM[asking() as Step]) : ''}
        confirm={asking() ? label(asking() as Step) : ''}
        onConfirm={() => {
          const step = asking();
          if (step) void move(step);
        }}
        onClose={() => setAsking(null)}
      />
    </>
  );
}
