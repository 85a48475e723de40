import { createEffect, createSignal, For, type JSX, on, Show } from 'solid-js';
import { ApiError, api, type PlanDetail, type PlanItem } from '../../api/client.ts';
import { t } from '../../ui/dictionary.ts';
import { ErrorMessage, errorText } from '../../ui/feedback.tsx';
import { DERIVATION_LABELS, UNIT_ROLE_LABELS } from '../../ui/labels.ts';
import { DocWords, Fill } from '../../ui/said.tsx';
import {
  actionOf,
  addEntry,
  moveEntry,
  planUndo,
  subjectOf,
  UNDO_LIMIT,
  type UndoEntry,
} from './outline-undo-stack.ts';
import { traceLinePlain } from './preview/traced-value.tsx';

type Move = 'up' | 'down' | 'indent' | 'outdent';
type Placement = 'after' | 'inside' | 'end';

const MOVES: { move: Move; key: string }[] = [
  { move: 'up', key: 'ArrowUp' },
  { move: 'down', key: 'ArrowDown' },
  { move: 'outdent', key: 'ArrowLeft' },
  { move: 'indent', key: 'ArrowRight' },
];

const unitSummary = (item: PlanItem) =>
  (['lead', 'responsible', 'cooperate'] as const)
    .filter((r) => item.units[r].length)
    .map((r) => `${UNIT_ROLE_LABELS[r]}：${item.units[r].join('、')}`)
    .join('；');

function traceTitle(item: PlanItem): string {
  return (item.trace ?? []).map(traceLinePlain).join('\n');
}

/**
 * The outline (大纲): sections as headings, tasks as rows; a click selects one for the panel.
 * Those who may edit also move the selected item (buttons, or Alt+arrow keys) and add items;
 * the server renumbers the plan, and the moved or added item stays selected and focused.
 */
export function Outline(props: {
  planId: string;
  items: PlanDetail['items'];
  selectedId: string | null;
  editable: boolean;
  onSelect: (id: string) => void;
  /** The outline changed on the server: reload, and keep `id` selected (none when null). */
  onChanged: (id: string | null) => void;
  /** The changes that can be taken back, newest last (kept by the page: removals happen in the panel). */
  undo: readonly UndoEntry[];
  onRecord: (entry: UndoEntry) => void;
  /** The newest entry was undone, or cannot be and is dropped. */
  onUndone: () => void;
}): JSX.Element {
  const [error, setError] = createSignal<unknown>(null);
  const [note, setNote] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [focusId, setFocusId] = createSignal<string | null>(null);
  const selected = () => props.items.find((i) => i.id === props.selectedId) ?? null;
  let list: HTMLOListElement | undefined;

  // After a reload the rows are new elements: put the focus back on the item just moved or added.
  createEffect(
    on(
      () => props.items,
      () => {
        const id = focusId();
        if (!id || !list) return;
        const row = [...list.querySelectorAll<HTMLButtonElement>('button[data-item-id]')].find(
          (b) => b.dataset.itemId === id,
        );
        row?.focus();
        setFocusId(null);
      },
    ),
  );

  // A change made elsewhere (a removal in the panel) makes the last note here stale.
  createEffect(
    on(
      () => props.undo.length,
      () => {
        if (busy()) return;
        setNote('');
        setError(null);
      },
      { defer: true },
    ),
  );

  /** Runs one outline change; `work` says which item to keep selected and what to tell the user. */
  async function change(work: () => Promise<{ id: string | null; note: string }>) {
    setBusy(true);
    setError(null);
    setNote('');
    try {
      const done = await work();
      setNote(done.note);
      setFocusId(done.id);
      props.onChanged(done.id);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const move = (m: Move, id = props.selectedId) => {
    const item = props.items.find((i) => i.id === id);
    if (!item || busy()) return;
    void change(async () => {
      const before = props.items;
      const { items } = await api.moveItem(props.planId, item.id, m);
      props.onRecord(moveEntry(before, items, item.id, m));
      const now = items.find((i) => i.id === item.id);
      return {
        id: item.id,
        note: t('outline.moved', { move: t(`outline.${m}`), label: now?.path.join('') ?? item.label }),
      };
    });
  };

  const describe = (entry: UndoEntry) => {
    const action = actionOf(entry);
    return t('undo.what', {
      action: t(
        action === 'add' || action === 'remove' || action === 'notApplicable'
          ? `undo.action.${action}`
          : `outline.${action}`,
      ),
      subject: subjectOf(entry),
    });
  };

  /**
   * Takes the newest change back, as changes the server logs like any other: moves back, the
   * added item removed, the removed one restored. When the outline changed under it meanwhile the
   * entry is dropped and the reason shown.
   */
  const undoLast = () => {
    const entry = props.undo[props.undo.length - 1];
    if (!entry || busy()) return;
    const what = describe(entry);
    void change(async () => {
      const { items } = await api.plan(props.planId);
      const plan = planUndo(entry, items);
      if (!plan) {
        props.onUndone();
        throw new Error(t('undo.refused', { what }));
      }
      try {
        if (plan.kind === 'moves') for (const m of plan.moves) await api.moveItem(props.planId, plan.itemId, m);
        else if (plan.kind === 'restore') await api.restoreItem(props.planId, plan.itemId);
        else {
          const item = items.find((i) => i.id === plan.itemId);
          await api.removeItem(props.planId, plan.itemId, item?.version ?? 0);
        }
      } catch (e) {
        // Refused by the server (the place is gone, someone changed it): this step cannot be undone.
        if (e instanceof ApiError && [404, 409, 422].includes(e.problem.status)) {
          props.onUndone();
          throw new Error(t('undo.refusedBecause', { what, reason: errorText(e) }));
        }
        throw e;
      }
      props.onUndone();
      const keep = entry.kind === 'add' ? (entry.place.previousId ?? entry.place.parentId) : entry.itemId;
      return { id: keep, note: t('undo.done', { what }) };
    });
  };

  // Ctrl+Z in the outline (not in a text box, which has its own undo) takes the last change back.
  const onUndoKey = (e: KeyboardEvent) => {
    if (!props.editable || !(e.ctrlKey || e.metaKey) || e.shiftKey || e.key.toLowerCase() !== 'z') return;
    if ((e.target as HTMLElement).closest('input, textarea, select')) return;
    e.preventDefault();
    undoLast();
  };

  // Alt+arrows move the focused row (and select it, so the panel shows what moved).
  const onKeyDown = (e: KeyboardEvent) => {
    if (!props.editable || !e.altKey) return;
    const found = MOVES.find((m) => m.key === e.key);
    const id = (e.target as HTMLElement).closest<HTMLElement>('button[data-item-id]')?.dataset.itemId;
    if (!found || !id) return;
    e.preventDefault();
    props.onSelect(id);
    move(found.move, id);
  };

  return (
    <div class="outline-pane">
      <Show when={props.editable}>
        <OutlineTools
          selected={selected()}
          busy={busy()}
          onMove={move}
          undo={props.undo.length ? describe(props.undo[props.undo.length - 1] as UndoEntry) : null}
          onUndo={undoLast}
          onAdd={(input) =>
            change(async () => {
              const added = await api.addItem(props.planId, input);
              props.onRecord(addEntry((await api.plan(props.planId)).items, added.id));
              return { id: added.id, note: t('outline.added', { label: added.path.join('') }) };
            })
          }
        />
        <ErrorMessage error={error()} />
        <Show when={note()}>
          <p class="form-ok" role="status">
            {note()}
          </p>
        </Show>
      </Show>
      <Show when={props.items.length} fallback={<p class="empty-state">{t('outline.empty')}</p>}>
        <ol
          class="outline"
          aria-label={t('plan.outline')}
          ref={list}
          onKeyDown={(e) => {
            onUndoKey(e);
            onKeyDown(e);
          }}
        >
          <For each={props.items}>
            {(item) => (
              <li
                class={`outline-${item.kind} depth-${item.path.length}`}
                classList={{ selected: item.id === props.selectedId, na: item.derivationStatus === 'notApplicable' }}
              >
                <button
                  type="button"
                  data-item-id={item.id}
                  aria-current={item.id === props.selectedId ? 'true' : undefined}
                  onClick={() => props.onSelect(item.id)}
                  title={traceTitle(item) || undefined}
                >
                  <span class="label">{item.label}</span>
                  <span class="text">{item.text}</span>
                  <Show when={item.kind === 'task'}>
                    <span class="meta">
                      <span>{unitSummary(item)}</span>
                      <Show when={item.deadline?.text}>
                        <span class="deadline">{item.deadline?.text}</span>
                      </Show>
                      <Show when={item.scoreWeight !== null}>
                        <span class="weight">{t('outline.weight', { n: item.scoreWeight ?? 0 })}</span>
                      </Show>
                      <Show when={item.derivationStatus}>
                        {(status) => <span class={`tag tag-${status()}`}>{DERIVATION_LABELS[status()]}</span>}
                      </Show>
                    </span>
                  </Show>
                </button>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </div>
  );
}

/** Move buttons for the selected item, and the form that adds a task or section. */
function OutlineTools(props: {
  selected: PlanItem | null;
  busy: boolean;
  onMove: (move: Move) => void;
  /** What 撤销 would take back, in words; null when there is nothing to undo. */
  undo: string | null;
  onUndo: () => void;
  onAdd: (input: { kind: 'task' | 'section'; text: string; afterItemId?: string; inside?: boolean }) => Promise<void>;
}): JSX.Element {
  const [kind, setKind] = createSignal<'task' | 'section'>('task');
  const [placement, setPlacement] = createSignal<Placement>('after');
  const [text, setText] = createSignal('');
  // A section selected: a new task goes inside it by default; nothing selected: at the end.
  createEffect(
    on(
      () => [props.selected?.id, kind()] as const,
      () => {
        const s = props.selected;
        setPlacement(!s ? 'end' : s.kind === 'section' && kind() === 'task' ? 'inside' : 'after');
      },
    ),
  );
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const s = props.selected;
    const where = placement();
    await props.onAdd({
      kind: kind(),
      text: text(),
      ...(s && where !== 'end' ? { afterItemId: s.id } : {}),
      ...(where === 'inside' ? { inside: true } : {}),
    });
    setText('');
  };
  return (
    <section class="outline-tools" aria-label={t('outline.tools')}>
      <div class="actions" role="toolbar" aria-label={t('outline.tools')}>
        <For each={MOVES}>
          {({ move }) => (
            <button
              type="button"
              disabled={!props.selected || props.busy}
              title={t(`outline.${move}Title`)}
              aria-keyshortcuts={`Alt+${MOVES.find((m) => m.move === move)?.key}`}
              onClick={() => props.onMove(move)}
            >
              {t(`outline.${move}`)}
            </button>
          )}
        </For>
        <button
          type="button"
          class="undo"
          disabled={!props.undo || props.busy}
          title={props.undo ? t('undo.title', { n: UNDO_LIMIT }) : t('undo.noneTitle')}
          aria-keyshortcuts="Control+Z"
          onClick={() => props.onUndo()}
        >
          {props.undo ? t('undo.button', { what: props.undo }) : t('undo.none')}
        </button>
        <Show when={!props.selected}>
          <span class="muted">{t('outline.selectFirst')}</span>
        </Show>
      </div>
      <form class="outline-add" onSubmit={submit}>
        <label>
          <span>{t('outline.add')}</span>
          <select value={kind()} onChange={(e) => setKind(e.currentTarget.value as 'task' | 'section')}>
            <option value="task">{t('outline.addTask')}</option>
            <option value="section">{t('outline.addSection')}</option>
          </select>
        </label>
        <select
          aria-label={t('outline.place')}
          value={placement()}
          onChange={(e) => setPlacement(e.currentTarget.value as Placement)}
        >
          <Show when={props.selected}>
            <option value="after">{t('outline.placeAfter')}</option>
          </Show>
          <Show when={props.selected?.kind === 'section'}>
            <option value="inside">{t('outline.placeInside')}</option>
          </Show>
          <option value="end">{t('outline.placeEnd')}</option>
        </select>
        <label class="outline-add-text">
          <span class="visually-hidden">{t('outline.newText')}</span>
          <input
            value={text()}
            onInput={(e) => setText(e.currentTarget.value)}
            placeholder={t('outline.newTextPlaceholder')}
            aria-label={t('outline.newText')}
            maxLength={5000}
          />
        </label>
        <button type="submit" class="primary" disabled={props.busy || !text().trim()}>
          {props.busy ? t('outline.adding') : t('outline.addSubmit')}
        </button>
      </form>
      <p class="muted hint">
        <Fill template={t('outline.numbering')} parts={{ marks: <DocWords>一、/（一）/1./（1）</DocWords> }} />
      </p>
    </section>
  );
}
