import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { api, type DerivationPreview } from '../../../api/client.ts';
import { t } from '../../../ui/dictionary.ts';
import { ErrorMessage, Loading } from '../../../ui/feedback.tsx';
import { UNIT_ROLE_LABELS } from '../../../ui/labels.ts';
import { splitAtReplacements, TracedValue, type TraceNote } from './traced-value.tsx';

const ROLES = ['lead', 'responsible', 'cooperate'] as const;
type PreviewItem = DerivationPreview['items'][number];

/**
 * 预览下级方案: pick a subordinate government, see the plan it would derive from this draft now —
 * localized words, units and deadlines marked, each with the rule and fact that produced it.
 */
export function PreviewPanel(props: { planId: string; ownerOrgId: string; version: number }): JSX.Element {
  const [children] = createResource(
    () => props.ownerOrgId,
    async (id) => (await api.orgChildren(id)).subordinates,
  );
  const [childId, setChildId] = createSignal('');
  const [preview] = createResource(
    () => (childId() ? { planId: props.planId, childId: childId(), version: props.version } : null),
    (k) => api.preview(k.planId, k.childId),
  );
  return (
    <section class="preview-panel" aria-label={t('preview.title')}>
      <div class="toolbar">
        <label>
          {t('preview.child')}
          <select value={childId()} onChange={(e) => setChildId(e.currentTarget.value)}>
            <option value="">{t('preview.choose')}</option>
            <For each={children() ?? []}>{(o) => <option value={o.id}>{o.name}</option>}</For>
          </select>
        </label>
        <span class="muted">{t('preview.hint')}</span>
      </div>
      <ErrorMessage error={children.error} />
      <Show when={children() && !children()?.length}>
        <p class="muted">{t('preview.noChildren')}</p>
      </Show>
      <Show when={!childId() && children()?.length}>
        <p class="muted">{t('preview.pick')}</p>
      </Show>
      <ErrorMessage error={preview.error} />
      <Show when={preview.loading}>
        <Loading what={t('preview.what')} />
      </Show>
      <Show when={childId() && !preview.loading && !preview.error ? preview() : undefined}>
        {(p) => (
          <>
            <p class="banner" role="status">
              {t('preview.summary', {
                name: p().child.name,
                n: p().items.length,
                localized: p().items.filter((i) => i.status === 'localized').length,
                excluded: p().excluded.length,
              })}
            </p>
            <table class="data-table preview-table">
              <thead>
                <tr>
                  <th scope="col">{t('preview.col.no')}</th>
                  <th scope="col">{t('preview.col.text', { name: p().child.name })}</th>
                  <th scope="col">{t('preview.col.units')}</th>
                  <th scope="col">{t('preview.col.deadline')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={p().items}>{(item) => <PreviewRow item={item} />}</For>
              </tbody>
            </table>
            <Show when={p().excluded.length}>
              <details class="excluded">
                <summary>{t('preview.excluded', { name: p().child.name, n: p().excluded.length })}</summary>
                <ul>
                  <For each={p().excluded}>
                    {(e) => (
                      <li>
                        <strong>{e.path.join('')}</strong> {e.reason}
                      </li>
                    )}
                  </For>
                </ul>
              </details>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}

function PreviewRow(props: { item: PreviewItem }): JSX.Element {
  const trace = () => props.item.trace as TraceNote[];
  const stepsOf = (field: string) => trace().filter((s) => s.field === field);
  const deadlineChanged = () => (props.item.deadline?.due ?? null) !== (props.item.parent.deadline?.due ?? null);
  const inclusion = () => stepsOf('inclusion');
  return (
    <tr classList={{ localized: props.item.status === 'localized' }}>
      <td class="num">
        <TracedValue quiet steps={inclusion()}>
          {props.item.path.join('')}
        </TracedValue>
      </td>
      <td>
        <For each={splitAtReplacements(props.item.text, trace())}>
          {(seg) => (seg.steps.length ? <TracedValue steps={seg.steps}>{seg.text}</TracedValue> : seg.text)}
        </For>
      </td>
      <td>
        <For each={ROLES.filter((r) => props.item.units[r].length)}>
          {(role) => (
            <div>
              {t('preview.roleUnits', { role: UNIT_ROLE_LABELS[role] ?? role })}
              <For each={props.item.units[role]}>
                {(unit, i) => (
                  <>
                    {i() > 0 ? '、' : ''}
                    {props.item.parent.units[role].includes(unit) ? (
                      unit
                    ) : (
                      <TracedValue
                        steps={
                          stepsOf(role).length
                            ? stepsOf(role)
                            : [
                                {
                                  field: role,
                                  rule: '—',
                                  fact: t('preview.unitNotInParent'),
                                  from: props.item.parent.units[role].join('、'),
                                  to: unit,
                                },
                              ]
                        }
                      >
                        {unit}
                      </TracedValue>
                    )}
                  </>
                )}
              </For>
            </div>
          )}
        </For>
      </td>
      <td>
        {deadlineChanged() ? (
          <TracedValue steps={stepsOf('deadline')}>{props.item.deadline?.text ?? ''}</TracedValue>
        ) : (
          (props.item.deadline?.text ?? '')
        )}
      </td>
    </tr>
  );
}
