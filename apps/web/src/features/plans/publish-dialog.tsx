import { createSignal, type JSX } from 'solid-js';
import { api, type PlanDetail } from '../../api/client.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { ErrorMessage } from '../../ui/feedback.tsx';

/** 发布: a new immutable version with a change summary; its tasks go out to the units they name. */
export function PublishDialog(props: {
  plan: PlanDetail['plan'];
  open: boolean;
  onClose: () => void;
  onPublished: (result: { version: number; assignmentsIssued: number }) => void;
}): JSX.Element {
  const [summary, setSummary] = createSignal('');
  const [error, setError] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await api.publish(props.plan.id, props.plan.version, summary());
      props.onPublished(result);
      props.onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={props.open} title={`发布第 ${props.plan.publishedVersion + 1} 版`} onClose={props.onClose}>
      <form class="form" onSubmit={submit}>
        <p>发布后本版本不可再改；方案中的 {props.plan.taskCount} 项任务将下达到所列承办单位，进入台账。</p>
        <label>
          版本说明
          <textarea
            rows={3}
            value={summary()}
            onInput={(e) => setSummary(e.currentTarget.value)}
            placeholder="如：印发稿；根据上级通知调整第 9 项时限"
          />
        </label>
        <ErrorMessage error={error()} />
        <div class="actions">
          <button type="button" onClick={() => props.onClose()}>
            取消
          </button>
          <button type="submit" class="primary" disabled={busy()}>
            {busy() ? '正在发布…' : '确认发布'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
