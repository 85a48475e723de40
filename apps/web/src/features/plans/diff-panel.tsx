import { createResource, For, type JSX, Show } from 'solid-js';
import { api, type PlanItem } from '../../api/client.ts';
import { ErrorMessage, Loading } from '../../ui/feedback.tsx';
import { DERIVATION_LABELS } from '../../ui/labels.ts';

const unitsText = (item: PlanItem) =>
  [
    item.units.lead.length ? `牵头：${item.units.lead.join('、')}` : '',
    item.units.responsible.length ? `责任：${item.units.responsible.join('、')}` : '',
    item.units.cooperate.length ? `配合：${item.units.cooperate.join('、')}` : '',
  ]
    .filter(Boolean)
    .join('；');

function Side(props: { item: PlanItem | null; other: PlanItem | null; empty: string }): JSX.Element {
  const changed = (field: (i: PlanItem) => string) =>
    props.item && props.other && field(props.item) !== field(props.other) ? 'changed' : '';
  return (
    <Show when={props.item} fallback={<td class="muted">{props.empty}</td>}>
      {(item) => (
        <td>
          <div class={changed((i) => i.text)}>
            {item().label} {item().text}
          </div>
          <div class={`units ${changed(unitsText)}`}>{unitsText(item())}</div>
          <div class={`deadline ${changed((i) => i.deadline?.text ?? '')}`}>{item().deadline?.text ?? ''}</div>
        </td>
      )}
    </Show>
  );
}

/** The parent's version and this plan side by side, item by item, with what changed marked. */
export function DiffPanel(props: { planId: string; version: number }): JSX.Element {
  const [diff] = createResource(
    () => [props.planId, props.version] as const,
    ([id]) => api.diff(id),
  );
  return (
    <section aria-label="与上级方案对照">
      <ErrorMessage error={diff.error} />
      <Show when={diff()} fallback={<Loading what="对照" />}>
        {(d) => (
          <table class="data-table diff">
            <caption>
              左：{d().parent?.title ?? '上级方案'}；右：本级方案。<mark class="changed">底色</mark>为本级不同之处。
            </caption>
            <thead>
              <tr>
                <th scope="col">上级方案</th>
                <th scope="col">本级方案</th>
                <th scope="col">情况</th>
              </tr>
            </thead>
            <tbody>
              <For each={d().pairs}>
                {(pair) => (
                  <tr>
                    <Side item={pair.parent} other={pair.child} empty="（上级无此项）" />
                    <Side item={pair.child} other={pair.parent} empty="（本级未承接）" />
                    <td>{pair.child?.derivationStatus ? DERIVATION_LABELS[pair.child.derivationStatus] : '—'}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        )}
      </Show>
    </section>
  );
}
