import { createResource, For, type JSX, Show } from 'solid-js';
import { api, type PlanItem } from '../../api/client.ts';
import { t } from '../../ui/dictionary.ts';
import { ErrorMessage, Loading } from '../../ui/feedback.tsx';
import { DERIVATION_LABELS, UNIT_ROLE_LABELS } from '../../ui/labels.ts';

const ROLES = ['lead', 'responsible', 'cooperate'] as const;
const unitsText = (item: PlanItem) =>
  ROLES.filter((role) => item.units[role].length)
    .map((role) => t('diff.units', { role: UNIT_ROLE_LABELS[role] ?? role, units: item.units[role].join('、') }))
    .join(t('list.separator'));

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
    <section aria-label={t('diff.title')}>
      <ErrorMessage error={diff.error} />
      <Show when={diff()} fallback={<Loading what={t('diff.what')} />}>
        {(d) => (
          <table class="data-table diff">
            <caption>
              {t('diff.captionBefore', { title: d().parent?.title ?? t('diff.parentPlan') })}
              <mark class="changed">{t('diff.mark')}</mark>
              {t('diff.captionAfter')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('diff.col.parent')}</th>
                <th scope="col">{t('diff.col.child')}</th>
                <th scope="col">{t('diff.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={d().pairs}>
                {(pair) => (
                  <tr>
                    <Side item={pair.parent} other={pair.child} empty={t('diff.noParent')} />
                    <Side item={pair.child} other={pair.parent} empty={t('diff.notTaken')} />
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
