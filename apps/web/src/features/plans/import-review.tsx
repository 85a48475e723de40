import { checkDeadlineText, parseDeadline } from '@cascade/engine';
import { createMemo, createSignal, For, type JSX, Show } from 'solid-js';
import type { ColumnChoices, ColumnRole, ImportPreview } from '../../api/client.ts';
import { labelsUnder, t } from '../../ui/dictionary.ts';
import { ErrorMessage } from '../../ui/feedback.tsx';
import { UNIT_ROLE_LABELS } from '../../ui/labels.ts';
import { DeadlinePreview } from './deadline-preview.tsx';

type Draft = ImportPreview['draft'];
type Item = Draft['items'][number];
type Column = Draft['columns'][number];
type UnitRole = 'lead' | 'responsible' | 'cooperate';

/** An item's units and deadline as the author corrects them, each as text. */
export type ItemEdit = Record<UnitRole | 'deadline', string>;

const UNIT_ROLES: UnitRole[] = ['lead', 'responsible', 'cooperate'];
/** The roles a column may be given, in the order the select offers them. */
export const COLUMN_ROLE_ORDER: ColumnRole[] = [
  'task',
  'measure',
  'detail',
  'number',
  'lead',
  'responsible',
  'cooperate',
  'deadline',
  'other',
];
const ROLE_LABELS = labelsUnder('importRole');

/** The item's fields as the edit inputs start: units joined with 、, the deadline as written. */
export const editOf = (item: Item): ItemEdit => ({
  lead: item.lead.join('、'),
  responsible: item.responsible.join('、'),
  cooperate: item.cooperate.join('、'),
  deadline: item.deadline.text,
});

/** The fields of an edit that differ from what was read (what is sent); empty when nothing changed. */
export function changedFields(item: Item, edit: ItemEdit): Partial<ItemEdit> {
  const read = editOf(item);
  const changed: Partial<ItemEdit> = {};
  for (const key of [...UNIT_ROLES, 'deadline'] as const)
    if (edit[key].trim() !== read[key]) changed[key] = edit[key].trim();
  return changed;
}

/**
 * The warnings of an item the author corrected, as the server would give them: units now given
 * clear 未识别到责任单位, a deadline typed again is checked again; a unit the office does not
 * have stays warned while it is still named.
 */
function warningsAfterEdit(item: Item, edit: ItemEdit | undefined, year: number): string[] {
  if (!edit) return item.warnings;
  const units = UNIT_ROLES.map((r) => edit[r]).join('、');
  const deadline = parseDeadline(edit.deadline, { year });
  const warnings: string[] = [];
  if (!units.trim()) warnings.push('未识别到责任单位');
  if (deadline.kind === 'unspecified')
    warnings.push(deadline.text ? `完成时限“${deadline.text}”无法识别` : '未识别到完成时限');
  if (deadline.due && Number(deadline.due.slice(0, 4)) !== year)
    warnings.push(`完成时限 ${deadline.due} 不在计划年度 ${year} 年内`);
  for (const w of item.warnings) {
    const unit = /^单位“(.+)”不在本单位的组织机构中$/.exec(w)?.[1];
    if (unit && units.includes(unit)) warnings.push(w);
  }
  return warnings;
}

/** A cell of the column, from the items read under its current role: what the author recognises. */
function sampleOf(column: Column, items: Draft['items']): string {
  const first = (pick: (item: Item) => string | undefined) => {
    for (const item of items) {
      const value = pick(item)?.trim();
      if (value) return value.length > 24 ? `${value.slice(0, 24)}…` : value;
    }
    return '';
  };
  switch (column.role) {
    case 'number':
      return first((i) => i.label);
    case 'task':
      return first((i) => i.headings[0]);
    case 'measure':
    case 'detail':
      return first((i) => i.text);
    case 'lead':
    case 'responsible':
    case 'cooperate':
      return first((i) => i[column.role as UnitRole].join('、'));
    case 'deadline':
      return first((i) => i.deadline.text);
    default:
      return first((i) => i.extras.find((e) => e.column === column.header || e.column === column.key)?.text);
  }
}

type Row =
  | { kind: 'heading'; key: string; label: string; title: string; depth: number }
  | { kind: 'item'; key: string; index: number; item: Item };

/** Headings where the outline enters them, then each item: the outline as the plan page will show it. */
function rowsOf(items: { index: number; item: Item }[]): Row[] {
  const rows: Row[] = [];
  let previous: string[] = [];
  for (const { index, item } of items) {
    const levels = item.path.slice(0, -1);
    let changed = false;
    levels.forEach((label, depth) => {
      changed ||= previous[depth] !== label;
      if (changed)
        rows.push({
          kind: 'heading',
          key: `${index}:${depth}`,
          label,
          title: item.headings[depth] ?? '',
          depth: depth + 1,
        });
    });
    previous = levels;
    rows.push({ kind: 'item', key: `item:${index}`, index, item });
  }
  return rows;
}

/**
 * 审核 (step 2 of the import): the source with its lines numbered on the left (lines not placed
 * marked), the outline as read on the right with what to check, the table's columns with the
 * role each was read as, and in-place corrections of each item's units and deadline. Nothing
 * exists yet: the draft is created from here.
 */
export function ImportReview(props: {
  preview: ImportPreview;
  choices: ColumnChoices;
  onChoose: (key: string, role: ColumnRole) => void;
  /** The column roles chosen differ from those the outline was read with. */
  pendingRoles: boolean;
  edits: Readonly<Record<number, ItemEdit>>;
  onEdit: (index: number, edit: ItemEdit | null) => void;
  editErrors: Readonly<Record<number, string>>;
  busy: 'reread' | 'create' | null;
  error: unknown;
  onReread: () => void;
  onBack: () => void;
  onCreate: () => void;
}): JSX.Element {
  const draft = () => props.preview.draft;
  const [onlyWarned, setOnlyWarned] = createSignal(false);
  const [editing, setEditing] = createSignal<Record<number, boolean>>({});
  const [shownLine, setShownLine] = createSignal<number | null>(null);
  let sourceList: HTMLOListElement | undefined;

  const sourceLines = createMemo(() => props.preview.source.split('\n'));
  const unplaced = createMemo(() => new Set(draft().unplaced.map((u) => u.line)));
  const aside = createMemo(() => new Set([...draft().preamble, ...draft().closing].map((u) => u.line)));
  const itemLines = createMemo(() => new Set(draft().items.map((i) => i.line)));
  const warningsOf = (index: number, item: Item) => warningsAfterEdit(item, props.edits[index], draft().year);
  // By what was read, not what is typed: an item being corrected stays in the list (and keeps its input).
  const rows = createMemo(() =>
    rowsOf(
      draft()
        .items.map((item, index) => ({ index, item }))
        .filter(({ item }) => !onlyWarned() || item.warnings.length > 0),
    ),
  );
  const edited = (index: number, item: Item) => {
    const edit = props.edits[index];
    return edit !== undefined && Object.keys(changedFields(item, edit)).length > 0;
  };
  const showLine = (line: number) => {
    setShownLine(line);
    sourceList?.querySelector(`[data-line="${line}"]`)?.scrollIntoView({ block: 'center' });
  };
  const setField = (index: number, item: Item, field: keyof ItemEdit, value: string) =>
    props.onEdit(index, { ...(props.edits[index] ?? editOf(item)), [field]: value });
  const columnName = (column: Column, position: number) =>
    column.header.trim() || t('import.review.columnNumbered', { n: position + 1 });
  const hasEdits = () => draft().items.some((item, index) => edited(index, item));

  return (
    <div class="import-review">
      <div class="import-review-head">
        <p class="import-summary" role="status">
          {t('import.review.summary', {
            items: draft().summary.items,
            warned: draft().summary.itemsWithWarnings,
            unplaced: draft().summary.unplacedLines,
          })}
        </p>
        <p class="muted">
          {t('import.review.meta', { title: draft().title, year: draft().year })}
          <Show when={draft().issuer}>{(issuer) => t('import.review.issuer', { issuer: issuer() })}</Show>
        </p>
      </div>

      <Show when={draft().columns.length}>
        <section class="column-bar" aria-label={t('import.review.columns')}>
          <h3>{t('import.review.columns')}</h3>
          <p class="hint">{t('import.review.columnsHint')}</p>
          <Show when={props.preview.rememberedChoices && Object.keys(props.preview.rememberedChoices).length}>
            <p class="muted">{t('import.review.remembered')}</p>
          </Show>
          <ul class="column-list">
            <For each={draft().columns}>
              {(column, position) => (
                <li
                  class="column-chip"
                  classList={{ changed: (props.choices[column.key] ?? column.role) !== column.role }}
                >
                  <span class="column-header">{columnName(column, position())}</span>
                  <Show when={sampleOf(column, draft().items)}>
                    {(sample) => (
                      <span class="column-sample">{t('import.review.columnSample', { sample: sample() })}</span>
                    )}
                  </Show>
                  <select
                    aria-label={t('import.review.columnRole', { header: columnName(column, position()) })}
                    value={props.choices[column.key] ?? column.role}
                    onChange={(e) => props.onChoose(column.key, e.currentTarget.value as ColumnRole)}
                  >
                    <For each={COLUMN_ROLE_ORDER}>{(role) => <option value={role}>{ROLE_LABELS[role]}</option>}</For>
                  </select>
                </li>
              )}
            </For>
          </ul>
          <div class="actions">
            <button type="button" onClick={() => props.onReread()} disabled={props.busy !== null}>
              {props.busy === 'reread' ? t('import.review.rereading') : t('import.review.reread')}
            </button>
            <Show when={props.pendingRoles}>
              <span class="form-warning">{t('import.review.pendingRoles')}</span>
            </Show>
            <Show when={props.pendingRoles && hasEdits()}>
              <span class="muted">{t('import.review.rereadDropsEdits')}</span>
            </Show>
          </div>
        </section>
      </Show>

      <div class="review-panes">
        <section class="source-pane" aria-label={t('import.review.source')}>
          <h3>{t('import.review.sourceLines', { n: sourceLines().length })}</h3>
          <Show when={unplaced().size}>
            <p class="hint source-note">{t('import.review.unplacedLegend', { n: unplaced().size })}</p>
          </Show>
          <ol class="source-lines" ref={sourceList}>
            <For each={sourceLines()}>
              {(text, i) => {
                const n = i() + 1;
                return (
                  <li
                    data-line={n}
                    classList={{
                      unplaced: unplaced().has(n),
                      aside: aside().has(n),
                      'item-start': itemLines().has(n),
                      shown: shownLine() === n,
                    }}
                    title={unplaced().has(n) ? t('import.review.unplacedNote') : undefined}
                  >
                    <span class="ln" aria-hidden="true">
                      {n}
                    </span>
                    <span class="src">{text}</span>
                    <Show when={unplaced().has(n)}>
                      <span class="tag tag-missing">{t('import.review.unplacedTag')}</span>
                    </Show>
                  </li>
                );
              }}
            </For>
          </ol>
        </section>

        <section class="review-outline" aria-label={t('import.review.outline')}>
          <div class="review-outline-head">
            <h3>{t('import.review.outline')}</h3>
            <label class="check">
              <input type="checkbox" checked={onlyWarned()} onChange={(e) => setOnlyWarned(e.currentTarget.checked)} />
              {t('import.review.onlyWarned')}
            </label>
          </div>
          <Show
            when={rows().length}
            fallback={<p class="muted">{onlyWarned() ? t('import.review.noWarned') : t('import.review.noItems')}</p>}
          >
            <ol class="review-items">
              <For each={rows()}>
                {(row) =>
                  row.kind === 'heading' ? (
                    <li class={`review-heading depth-${row.depth}`}>
                      <span class="label">{row.label}</span> {row.title}
                    </li>
                  ) : (
                    <ReviewItem
                      index={row.index}
                      item={row.item}
                      year={draft().year}
                      edit={props.edits[row.index]}
                      edited={edited(row.index, row.item)}
                      warnings={warningsOf(row.index, row.item)}
                      error={props.editErrors[row.index]}
                      editing={editing()[row.index] ?? false}
                      onEditing={(open) => setEditing({ ...editing(), [row.index]: open })}
                      onField={(field, value) => setField(row.index, row.item, field, value)}
                      onUndo={() => props.onEdit(row.index, null)}
                      onShowLine={() => showLine(row.item.line)}
                    />
                  )
                }
              </For>
            </ol>
          </Show>
        </section>
      </div>

      <ErrorMessage error={props.error} />
      <div class="actions">
        <button type="button" onClick={() => props.onBack()} disabled={props.busy !== null}>
          {t('import.review.back')}
        </button>
        <button
          type="button"
          class="primary"
          onClick={() => props.onCreate()}
          disabled={props.busy !== null || props.pendingRoles}
        >
          {props.busy === 'create' ? t('import.review.creating') : t('import.review.create')}
        </button>
      </div>
    </div>
  );
}

/** One measure in the review: as read, what to check, and its units and deadline to correct in place. */
function ReviewItem(props: {
  index: number;
  item: Item;
  year: number;
  edit: ItemEdit | undefined;
  edited: boolean;
  warnings: string[];
  error: string | undefined;
  editing: boolean;
  onEditing: (open: boolean) => void;
  onField: (field: keyof ItemEdit, value: string) => void;
  onUndo: () => void;
  onShowLine: () => void;
}): JSX.Element {
  const current = () => props.edit ?? editOf(props.item);
  const units = () =>
    UNIT_ROLES.filter((r) => current()[r].trim())
      .map((r) => `${UNIT_ROLE_LABELS[r]}：${current()[r].trim()}`)
      .join('；');
  const deadlineProblem = () => {
    const text = current().deadline;
    return props.edit && text !== props.item.deadline.text ? checkDeadlineText(text, props.year) : undefined;
  };
  return (
    <li
      class="review-item"
      classList={{ warned: props.warnings.length > 0, edited: props.edited }}
      data-index={props.index}
    >
      <div class="review-item-head">
        <span class="label">{props.item.label}</span>
        <span class="text">{props.item.text}</span>
        <button
          type="button"
          class="link small"
          title={t('import.review.showLine', { n: props.item.line })}
          onClick={() => props.onShowLine()}
        >
          {t('import.review.line', { n: props.item.line })}
        </button>
      </div>
      <p class="review-meta">
        <span class="units">{units() || t('import.review.noUnits')}</span>
        <span class="deadline">
          {current().deadline.trim()
            ? t('import.review.deadline', { text: current().deadline.trim() })
            : t('import.review.noDeadline')}
        </span>
        <Show when={props.edited}>
          <span class="tag tag-modified">{t('import.review.edited')}</span>
        </Show>
      </p>
      <For each={props.item.extras}>
        {(extra) => <p class="review-aside">{t('import.review.aside', { column: extra.column, text: extra.text })}</p>}
      </For>
      <Show when={props.warnings.length}>
        <ul class="review-warnings" aria-label={t('import.review.warning')}>
          <For each={props.warnings}>{(warning) => <li>⚠ {warning}</li>}</For>
        </ul>
      </Show>
      <Show when={props.error}>
        {(error) => (
          <p class="form-error" role="alert">
            {error()}
          </p>
        )}
      </Show>
      <Show
        when={props.editing}
        fallback={
          <div class="actions">
            <button type="button" class="small" onClick={() => props.onEditing(true)}>
              {t('import.review.edit')}
            </button>
            <Show when={props.edited}>
              <button type="button" class="small" onClick={() => props.onUndo()}>
                {t('import.review.undo')}
              </button>
            </Show>
          </div>
        }
      >
        <fieldset class="review-edit form">
          <legend class="visually-hidden">{t('import.review.editLabel', { label: props.item.label })}</legend>
          <For each={UNIT_ROLES}>
            {(role) => (
              <label>
                {t('import.review.unitsLabel', { role: UNIT_ROLE_LABELS[role] ?? role })}
                <input
                  value={current()[role]}
                  placeholder={t('import.review.unitsPlaceholder')}
                  onInput={(e) => props.onField(role, e.currentTarget.value)}
                />
              </label>
            )}
          </For>
          <label>
            {t('import.review.deadlineLabel')}
            <input value={current().deadline} onInput={(e) => props.onField('deadline', e.currentTarget.value)} />
          </label>
          <Show when={deadlineProblem()} fallback={<DeadlinePreview text={current().deadline} year={props.year} />}>
            {(problem) => <p class="form-error">{problem()}</p>}
          </Show>
          <div class="actions">
            <button type="button" class="small" onClick={() => props.onEditing(false)}>
              {t('import.review.doneEditing')}
            </button>
            <Show when={props.edited}>
              <button type="button" class="small" onClick={() => props.onUndo()}>
                {t('import.review.undo')}
              </button>
            </Show>
          </div>
        </fieldset>
      </Show>
    </li>
  );
}
