import { type JSX, Show } from 'solid-js';
import { ErrorMessage } from './feedback.tsx';

/**
 * The end of an editing panel: the API's error, the "saved" note, and the save button (only for
 * those who may edit). One place, so every panel saves and reports the same way.
 */
export function SaveBar(props: {
  error: unknown;
  saved: boolean;
  savedText: string;
  editable: boolean;
  busy: boolean;
  disabled: boolean;
  label: string;
  busyLabel: string;
  onSave: () => void;
}): JSX.Element {
  return (
    <>
      <ErrorMessage error={props.error} />
      <Show when={props.saved}>
        <p class="form-ok" role="status">
          {props.savedText}
        </p>
      </Show>
      <Show when={props.editable}>
        <div class="actions">
          <button type="button" class="primary" disabled={props.busy || props.disabled} onClick={() => props.onSave()}>
            {props.busy ? props.busyLabel : props.label}
          </button>
        </div>
      </Show>
    </>
  );
}
