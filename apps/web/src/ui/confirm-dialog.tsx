import type { JSX } from 'solid-js';
import { Dialog } from './dialog.tsx';
import { t } from './dictionary.ts';

/**
 * "Are you sure?" before an action that changes many rows at once and cannot be undone from the
 * page (回头看 reopens tasks, 逐级下达 issues plans down the tree): what will happen, then go or cancel.
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  body: string;
  confirm: string;
  onConfirm: () => void;
  onClose: () => void;
}): JSX.Element {
  return (
    <Dialog open={props.open} title={props.title} onClose={props.onClose}>
      <p>{props.body}</p>
      <div class="actions">
        <button type="button" onClick={() => props.onClose()}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          class="primary"
          onClick={() => {
            // Confirm first: the caller still knows what was asked about (closing clears it).
            props.onConfirm();
            props.onClose();
          }}
        >
          {props.confirm}
        </button>
      </div>
    </Dialog>
  );
}
