import { useNavigate } from '@solidjs/router';
import { batch, createSignal, type JSX, Show } from 'solid-js';
import {
  ApiError,
  api,
  type ColumnChoices,
  type ColumnRole,
  type ImportEdit,
  type ImportPreview,
} from '../../api/client.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { t } from '../../ui/dictionary.ts';
import { ErrorMessage } from '../../ui/feedback.tsx';
import { changedFields, ImportReview, type ItemEdit } from './import-review.tsx';

const sameChoices = (a: ColumnChoices, b: ColumnChoices) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

/**
 * 导入方案 in two steps. 1: a Word, Excel or text file, or text pasted from a web page, is read
 * (nothing is saved). 2: the review — the source beside the outline read from it, what to check,
 * the table's columns and the role each was read as (set one and read again), units and
 * deadlines corrected in place — and only then the draft of this org's plan is created.
 */
export function ImportDialog(props: { open: boolean; onClose: () => void }): JSX.Element {
  const navigate = useNavigate();
  const [mode, setMode] = createSignal<'file' | 'paste'>('file');
  const [file, setFile] = createSignal<File | null>(null);
  const [text, setText] = createSignal('');
  const [year, setYear] = createSignal('');
  const [busy, setBusy] = createSignal<'read' | 'reread' | 'create' | null>(null);
  const [error, setError] = createSignal<unknown>(null);
  const [step, setStep] = createSignal<'input' | 'review'>('input');
  const [preview, setPreview] = createSignal<ImportPreview | null>(null);
  /** The roles shown in the column bar; `readWith` those the preview was read with. */
  const [choices, setChoices] = createSignal<ColumnChoices>({});
  const [readWith, setReadWith] = createSignal<ColumnChoices>({});
  const [edits, setEdits] = createSignal<Record<number, ItemEdit>>({});
  const [editErrors, setEditErrors] = createSignal<Record<number, string>>({});

  const yearValue = () => (/^\d{4}$/.test(year()) ? Number(year()) : undefined);
  const ready = () => (mode() === 'file' ? Boolean(file()) : text().trim().length > 0);

  /** A new reading replaces the outline: its roles are what the bar shows, corrections start over. */
  const received = (answer: ImportPreview, sent: ColumnChoices | undefined) => {
    const used = sent ?? answer.rememberedChoices ?? {};
    batch(() => {
      setPreview(answer);
      setChoices(used);
      setReadWith(used);
      setEdits({});
      setEditErrors({});
      setStep('review');
    });
  };

  async function run(kind: 'read' | 'reread' | 'create', work: () => Promise<void>) {
    setBusy(kind);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  const read = (event: SubmitEvent) => {
    event.preventDefault();
    void run('read', async () => {
      const y = yearValue();
      const chosen = file();
      const answer =
        mode() === 'file' && chosen
          ? await api.previewImportFile(chosen, y)
          : await api.previewImportText({ text: text(), ...(y ? { year: y } : {}) });
      received(answer, undefined);
    });
  };

  const reread = () =>
    void run('reread', async () => {
      const current = preview();
      if (!current) return;
      const y = yearValue();
      const sent = { ...choices() };
      const answer = await api.previewImportText({
        text: current.source,
        fileName: current.fileName,
        columnChoices: sent,
        ...(y ? { year: y } : {}),
      });
      received(answer, sent);
    });

  const editList = (current: ImportPreview): { edits: ImportEdit[]; items: number[] } => {
    const list: ImportEdit[] = [];
    const items: number[] = [];
    for (const [key, edit] of Object.entries(edits())) {
      const index = Number(key);
      const item = current.draft.items[index];
      if (!item) continue;
      const changed = changedFields(item, edit);
      if (!Object.keys(changed).length) continue;
      list.push({ index, ...changed });
      items.push(index);
    }
    return { edits: list, items };
  };

  const create = () =>
    void run('create', async () => {
      const current = preview();
      if (!current) return;
      const y = yearValue();
      const { edits: sent, items } = editList(current);
      setEditErrors({});
      try {
        const result = await api.importText({
          text: current.source,
          fileName: current.fileName,
          ...(y ? { year: y } : {}),
          ...(Object.keys(readWith()).length ? { columnChoices: readWith() } : {}),
          ...(sent.length ? { edits: sent } : {}),
        });
        props.onClose();
        reset();
        navigate(
          `/plans/${encodeURIComponent(result.plan.id)}?imported=${result.items}&unplaced=${result.unplaced.length}`,
        );
      } catch (e) {
        // A refused correction is shown on its item: json.edits[2].deadline → the third edit's item.
        const onItems: Record<number, string> = {};
        if (e instanceof ApiError)
          for (const problem of e.problem.errors ?? []) {
            const n = /^json\.edits(?:\[(\d+)\]|\.(\d+))/.exec(problem.path)?.slice(1).find(Boolean);
            const index = n === undefined ? undefined : items[Number(n)];
            if (index !== undefined) onItems[index] = problem.message;
          }
        if (Object.keys(onItems).length) {
          setEditErrors(onItems);
          throw new Error(t('import.review.fixEdits'));
        }
        throw e;
      }
    });

  const reset = () =>
    batch(() => {
      setStep('input');
      setPreview(null);
      setFile(null);
      setText('');
      setYear('');
      setChoices({});
      setReadWith({});
      setEdits({});
      setEditErrors({});
    });

  /** A role the column was read with anyway is no choice to remember (nor a reason to read again). */
  const choose = (key: string, role: ColumnRole) => {
    const next = { ...choices(), [key]: role };
    const column = preview()?.draft.columns.find((c) => c.key === key);
    if (column?.role === role && readWith()[key] === undefined) delete next[key];
    setChoices(next);
  };
  const edit = (index: number, value: ItemEdit | null) => {
    const next = { ...edits() };
    if (value) next[index] = value;
    else delete next[index];
    setEdits(next);
    if (editErrors()[index]) {
      const errors = { ...editErrors() };
      delete errors[index];
      setEditErrors(errors);
    }
  };

  return (
    <Dialog
      open={props.open}
      title={t('import.title')}
      onClose={props.onClose}
      wide={step() === 'input'}
      full={step() === 'review'}
    >
      <Show
        when={step() === 'review' && preview()}
        fallback={
          <form class="form" onSubmit={read} aria-busy={busy() === 'read'}>
            <p class="muted">{t('import.step.input')}</p>
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
              <Show when={file()}>{(chosen) => <p class="hint">{chosen().name}</p>}</Show>
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
            <Show when={busy() === 'read'}>
              <progress class="import-progress" aria-label={t('import.readingProgress')} />
            </Show>
            <ErrorMessage error={error()} />
            <div class="actions">
              <button type="button" onClick={() => props.onClose()}>
                {t('common.cancel')}
              </button>
              <button type="submit" class="primary" disabled={busy() !== null || !ready()}>
                {busy() === 'read' ? t('import.reading') : t('import.read')}
              </button>
            </div>
          </form>
        }
      >
        {(current) => (
          <>
            <p class="muted">{t('import.step.review')}</p>
            <ImportReview
              preview={current()}
              choices={choices()}
              onChoose={choose}
              pendingRoles={!sameChoices(choices(), readWith())}
              edits={edits()}
              onEdit={edit}
              editErrors={editErrors()}
              busy={busy() === 'read' ? null : (busy() as 'reread' | 'create' | null)}
              error={error()}
              onReread={reread}
              onBack={() => {
                setError(null);
                setStep('input');
              }}
              onCreate={create}
            />
          </>
        )}
      </Show>
    </Dialog>
  );
}
