import { useNavigate } from '@solidjs/router';
import { createSignal, type JSX, Show } from 'solid-js';
import { api } from '../../api/client.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { t } from '../../ui/dictionary.ts';
import { ErrorMessage } from '../../ui/feedback.tsx';

/**
 * 导入方案: a Word, Excel or text file, or text pasted from a web page, becomes a draft of this
 * org's plan; the plan opens with whatever could not be placed listed for review.
 */
export function ImportDialog(props: { open: boolean; onClose: () => void }): JSX.Element {
  const navigate = useNavigate();
  const [mode, setMode] = createSignal<'file' | 'paste'>('file');
  const [file, setFile] = createSignal<File | null>(null);
  const [text, setText] = createSignal('');
  const [year, setYear] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const y = /^\d{4}$/.test(year()) ? Number(year()) : undefined;
      const chosen = file();
      const result =
        mode() === 'file' && chosen ? await api.importFile(chosen, y) : await api.importText(text(), undefined, y);
      props.onClose();
      navigate(
        `/plans/${encodeURIComponent(result.plan.id)}?imported=${result.items}&unplaced=${result.unplaced.length}`,
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const ready = () => (mode() === 'file' ? Boolean(file()) : text().trim().length > 0);
  return (
    <Dialog open={props.open} title={t('import.title')} onClose={props.onClose} wide>
      <form class="form" onSubmit={submit}>
        <div class="segmented" role="radiogroup" aria-label={t('import.mode')}>
          <label>
            <input type="radio" name="mode" checked={mode() === 'file'} onChange={() => setMode('file')} />{' '}
            {t('import.file')}
          </label>
          <label>
            <input type="radio" name="mode" checked={mode() === 'paste'} onChange={() => setMode('paste')} />{' '}
            {t('import.paste')}
          </label>
        </div>
        <Show
          when={mode() === 'file'}
          fallback={
            <label>
              {t('import.text')}
              <textarea
                rows={14}
                value={text()}
                onInput={(e) => setText(e.currentTarget.value)}
                placeholder={t('import.textPlaceholder')}
              />
            </label>
          }
        >
          <label>
            {t('import.fileLabel')}
            <input
              type="file"
              accept=".docx,.xlsx,.txt,.md"
              onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            />
          </label>
        </Show>
        <label class="narrow">
          {t('import.year')}
          <input
            inputmode="numeric"
            pattern="\d{4}"
            placeholder={t('import.yearPlaceholder')}
            value={year()}
            onInput={(e) => setYear(e.currentTarget.value)}
          />
        </label>
        <ErrorMessage error={error()} />
        <div class="actions">
          <button type="button" onClick={() => props.onClose()}>
            {t('common.cancel')}
          </button>
          <button type="submit" class="primary" disabled={busy() || !ready()}>
            {busy() ? t('import.busy') : t('import.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
