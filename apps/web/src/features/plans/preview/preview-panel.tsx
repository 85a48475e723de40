import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { api, type DerivationPreview } from '../../../api/client.ts';
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
    <section class="preview-panel" aria-label="预览下级方案">
      <div class="toolbar">
        <label>
          下级单位
          <select value={childId()} onChange={(e) => setChildId(e.currentTarget.value)}>
            <option value="">（请选择）</option>
            <For each={children() ?? []}>{(o) => <option value={o.id}>{o.name}</option>}</For>
          </select>
        </label>
        <span class="muted">
          按当前草稿（含未发布的修改和事项规则）推导，不会保存。标记处为本地化差异，悬停或用 Tab 聚焦可查看推导依据。
        </span>
      </div>
      <ErrorMessage error={children.error} />
      <Show when={children() && !children()?.length}>
        <p class="muted">本单位没有下级政府，无需预览；方案发布后直接下达到本级各单位。</p>
      </Show>
      <Show when={!childId() && children()?.length}>
        <p class="muted">请选择一个下级单位，查看它分解后得到的方案。</p>
      </Show>
      <ErrorMessage error={preview.error} />
      <Show when={preview.loading}>
        <Loading what="预览" />
      </Show>
      <Show when={childId() && !preview.loading && !preview.error ? preview() : undefined}>
        {(p) => (
          <>
            <p class="banner" role="status">
              {p().child.name}将承接 {p().items.length} 项任务，其中{' '}
              {p().items.filter((i) => i.status === 'localized').length} 项有本地化调整；{p().excluded.length} 项不涉及
              {p().child.name}。
            </p>
            <table class="data-table preview-table">
              <thead>
                <tr>
                  <th scope="col">序号</th>
                  <th scope="col">具体措施（{p().child.name}）</th>
                  <th scope="col">承办单位</th>
                  <th scope="col">完成时限</th>
                </tr>
              </thead>
              <tbody>
                <For each={p().items}>{(item) => <PreviewRow item={item} />}</For>
              </tbody>
            </table>
            <Show when={p().excluded.length}>
              <details class="excluded">
                <summary>
                  不涉及{p().child.name}的任务（{p().excluded.length}）
                </summary>
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
              {UNIT_ROLE_LABELS[role]}：
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
                                  fact: '上级原文未列此单位',
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
