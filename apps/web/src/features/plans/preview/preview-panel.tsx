import type { Said } from '@cascade/engine';
import { A } from '@solidjs/router';
import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { ApiError, api, type DerivationPreview, type PlanDetail, type PlanItem } from '../../../api/client.ts';
import { t } from '../../../ui/dictionary.ts';
import { ErrorMessage, Loading } from '../../../ui/feedback.tsx';
import { UNIT_ROLE_LABELS } from '../../../ui/labels.ts';
import { Say, UserText } from '../../../ui/said.tsx';
import { can } from '../../session/can.ts';
import { ChangeList } from './change-list.tsx';
import { splitAtReplacements, TracedValue, type TraceNote } from './traced-value.tsx';

const ROLES = ['lead', 'responsible', 'cooperate'] as const;
type PreviewItem = DerivationPreview['items'][number];
type Section = DerivationPreview['sections'][number];
type PlanHead = Pick<
  PlanDetail['plan'],
  'id' | 'ownerOrgId' | 'ownerPath' | 'version' | 'publishedVersion' | 'parentPlanId'
>;

/**
 * 预览下级方案: pick a subordinate government or a department of this government (本级部门), see
 * the plan it would derive from this draft now — its own numbering beside the superior's, what
 * changed and why in words, the guiding units, and localized words, units and deadlines marked
 * with the rule and fact that produced them. For a department with 股室 the deriver chooses which
 * one takes each task, then makes the draft (from the published version) with those choices.
 */
export function PreviewPanel(props: { plan: PlanHead; item?: Pick<PlanItem, 'path'> }): JSX.Element {
  const [children] = createResource(() => props.plan.ownerOrgId, api.orgChildren);
  const subordinates = () => children()?.subordinates ?? [];
  const departments = () => (children()?.departments ?? []).filter((o) => o.kind !== 'section');
  // The child chosen for this plan: another plan opened in the same page starts with none.
  const [choice, setChoice] = createSignal({ planId: '', childId: '' });
  const childId = () => (choice().planId === props.plan.id ? choice().childId : '');
  const child = () => [...subordinates(), ...departments()].find((o) => o.id === childId());
  const [preview] = createResource(
    () => (childId() ? { planId: props.plan.id, childId: childId(), version: props.plan.version } : null),
    (k) => api.preview(k.planId, k.childId),
  );
  // The 股室 the deriver chose where it differs from the preview's, by the parent item's id.
  const [chosen, setChosen] = createSignal<Record<string, string>>({});
  const [made, setMade] = createSignal<{ id: string; name: string } | null>(null);
  const [deriveError, setDeriveError] = createSignal<unknown>(null);
  const [deriving, setDeriving] = createSignal(false);
  const pick = (id: string) => {
    setChoice({ planId: props.plan.id, childId: id });
    setChosen({});
    setMade(null);
    setDeriveError(null);
  };
  const choose = (item: PreviewItem, sectionId: string) => {
    if (!item.sourceId) return;
    const key = item.sourceId;
    const { [key]: _previous, ...rest } = chosen();
    setChosen(sectionId && sectionId !== item.sectionIds[0] ? { ...rest, [key]: sectionId } : rest);
  };
  // An org derives its own plan; the plan office that sends this plan down also makes its own
  // departments' plans (部门分解本级方案) — a subordinate government's stays its own (the server's rule).
  const mayDerive = () => {
    const c = child();
    if (!c) return false;
    const kind = props.plan.parentPlanId ? 'derived' : 'template';
    const department = c.kind !== 'government' && c.kind !== 'zone';
    return can('plan.derive', c.path, 'derived') || (department && can('plan.cascade', props.plan.ownerPath, kind));
  };
  const derive = async (p: DerivationPreview) => {
    setDeriving(true);
    setDeriveError(null);
    try {
      const sections = Object.fromEntries(Object.entries(chosen()).map(([item, section]) => [item, [section]]));
      const plan = await api.derive(props.plan.id, p.child.id, sections);
      setMade({ id: plan.id, name: p.child.name });
    } catch (e) {
      setDeriveError(e);
    } finally {
      setDeriving(false);
    }
  };
  // In an item's design view only that item (with what is under it) is shown.
  const within = (path: readonly string[]) =>
    !props.item || path.slice(0, props.item.path.length).join('') === props.item.path.join('');
  const excluded = (p: DerivationPreview) => p.excluded.filter((e) => within(e.path));
  const itemLabel = () => props.item?.path.join('') ?? '';
  const existingPlan = () => {
    const e = deriveError();
    return e instanceof ApiError && typeof e.problem.planId === 'string' ? e.problem.planId : null;
  };
  return (
    <section class="preview-panel" aria-label={t('preview.title')}>
      <div class="toolbar">
        <label>
          {t('preview.child')}
          <select value={childId()} onChange={(e) => pick(e.currentTarget.value)}>
            <option value="">{t('preview.choose')}</option>
            <Show when={subordinates().length}>
              <optgroup label={t('preview.group.subordinates')}>
                <For each={subordinates()}>{(o) => <option value={o.id}>{o.name}</option>}</For>
              </optgroup>
            </Show>
            <Show when={departments().length}>
              <optgroup label={t('preview.group.departments')}>
                <For each={departments()}>{(o) => <option value={o.id}>{o.name}</option>}</For>
              </optgroup>
            </Show>
          </select>
        </label>
        <span class="muted">{props.item ? t('design.previewHint', { label: itemLabel() }) : t('preview.hint')}</span>
      </div>
      <ErrorMessage error={children.error} />
      <Show when={children() && !subordinates().length && !departments().length}>
        <p class="muted">{t('preview.noChildren')}</p>
      </Show>
      <Show when={!childId() && (subordinates().length || departments().length)}>
        <p class="muted">{t('preview.pick')}</p>
      </Show>
      <ErrorMessage error={preview.error} />
      <Show when={preview.loading}>
        <Loading what={t('preview.what')} />
      </Show>
      <Show when={childId() && !preview.loading && !preview.error ? preview() : undefined}>
        {(p) => {
          const isDepartment = () => p().child.kind !== 'government' && p().child.kind !== 'zone';
          return (
            <>
              <p class="banner" role="status">
                {t('preview.summary', {
                  name: p().child.name,
                  n: p().items.length,
                  localized: p().items.filter((i) => i.status === 'localized').length,
                  excluded: p().excluded.length,
                })}
              </p>
              <Show when={isDepartment()}>
                <Show
                  when={p().sections.length}
                  fallback={
                    <p class="notice" role="note">
                      {t('preview.noSections')}{' '}
                      <A href={`/orgs?org=${encodeURIComponent(p().child.id)}`}>{t('preview.openOrg')}</A>
                    </p>
                  }
                >
                  <p class="notice" role="note">
                    {t('preview.sectionsHint')}
                  </p>
                </Show>
              </Show>
              <table class="data-table preview-table">
                <thead>
                  <tr>
                    <th scope="col">{t('preview.col.no')}</th>
                    <th scope="col">{t('preview.col.text', { name: p().child.name })}</th>
                    <th scope="col">{t('preview.col.units')}</th>
                    <Show when={p().sections.length}>
                      <th scope="col">{t('preview.col.section')}</th>
                    </Show>
                    <th scope="col">{t('preview.col.deadline')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={p().items.filter((i) => within(i.sourcePath))}>
                    {(item) => (
                      <PreviewRow
                        item={item}
                        sections={p().sections}
                        section={(item.sourceId && chosen()[item.sourceId]) || item.sectionIds[0] || ''}
                        onChoose={(id) => choose(item, id)}
                      />
                    )}
                  </For>
                </tbody>
              </table>
              <Show when={props.item && !p().items.some((i) => within(i.sourcePath))}>
                <p class="muted">{t('design.previewNone', { name: p().child.name, label: itemLabel() })}</p>
              </Show>
              <Show when={excluded(p()).length}>
                <details class="excluded" open={Boolean(props.item)}>
                  <summary>{t('preview.excluded', { name: p().child.name, n: excluded(p()).length })}</summary>
                  <ul>
                    <For each={excluded(p())}>
                      {(e) => (
                        <li>
                          <strong>{e.path.join('')}</strong>{' '}
                          <Show when={e.say} fallback={<UserText>{e.reason}</UserText>}>
                            {(said) => <Say said={said() as Said} />}
                          </Show>
                        </li>
                      )}
                    </For>
                  </ul>
                </details>
              </Show>
              <Show when={mayDerive()}>
                <div class="derive-bar">
                  <Show
                    when={props.plan.publishedVersion > 0}
                    fallback={<p class="muted">{t('preview.unpublished')}</p>}
                  >
                    <p class="muted">{t('preview.deriveBasis', { v: props.plan.publishedVersion })}</p>
                    <Show
                      when={made()}
                      fallback={
                        <button type="button" class="primary" disabled={deriving()} onClick={() => void derive(p())}>
                          {deriving() ? t('preview.deriving') : t('preview.derive', { name: p().child.name })}
                        </button>
                      }
                    >
                      {(m) => (
                        <p class="form-ok" role="status">
                          {t('preview.derived', { name: m().name })}{' '}
                          <A href={`/plans/${encodeURIComponent(m().id)}`}>{t('preview.openPlan')}</A>
                        </p>
                      )}
                    </Show>
                    <ErrorMessage error={deriveError()} />
                    <Show when={existingPlan()}>
                      {(id) => <A href={`/plans/${encodeURIComponent(id())}`}>{t('preview.openPlan')}</A>}
                    </Show>
                  </Show>
                </div>
              </Show>
            </>
          );
        }}
      </Show>
    </section>
  );
}

function PreviewRow(props: {
  item: PreviewItem;
  sections: readonly Section[];
  section: string;
  onChoose: (sectionId: string) => void;
}): JSX.Element {
  const trace = () => props.item.trace as TraceNote[];
  // The 股室 the deriver chose in place of the one the preview read from the task.
  const nameOf = (id: string | undefined) => props.sections.find((s) => s.id === id)?.name;
  const rechosen = () => {
    const from = nameOf(props.item.sectionIds[0]);
    const to = nameOf(props.section);
    return from && to && from !== to ? { from, to } : null;
  };
  const unitsOf = (role: (typeof ROLES)[number]) =>
    props.item.units[role].map((u) => (u === rechosen()?.from ? (rechosen()?.to ?? u) : u));
  const stepsOf = (field: string) => trace().filter((s) => s.field === field);
  const deadlineChanged = () => (props.item.deadline?.due ?? null) !== (props.item.parent.deadline?.due ?? null);
  const inclusion = () => [...stepsOf('inclusion'), ...stepsOf('label')];
  const parentNumber = () => props.item.sourcePath.join('');
  return (
    <tr classList={{ localized: props.item.status === 'localized' }}>
      <td class="num">
        <TracedValue quiet steps={inclusion()}>
          {props.item.path.join('')}
        </TracedValue>
        <Show when={parentNumber() !== props.item.path.join('')}>
          <span class="source-label muted">{t('preview.sourceLabel', { label: parentNumber() })}</span>
        </Show>
      </td>
      <td>
        <For each={splitAtReplacements(props.item.text, trace())}>
          {(seg) =>
            seg.steps.length ? (
              <TracedValue steps={seg.steps}>
                <UserText>{seg.text}</UserText>
              </TracedValue>
            ) : (
              <UserText>{seg.text}</UserText>
            )
          }
        </For>
        <ChangeList changes={props.item.changes} notes={props.item.notes} />
      </td>
      <td>
        <For each={ROLES.filter((r) => props.item.units[r].length)}>
          {(role) => (
            <div>
              {t('preview.roleUnits', { role: UNIT_ROLE_LABELS[role] ?? role })}
              <For each={unitsOf(role)}>
                {(unit, i) => (
                  <>
                    {i() > 0 ? '、' : ''}
                    {unit === rechosen()?.to ? (
                      <TracedValue
                        steps={[
                          {
                            field: role,
                            rule: '',
                            fact: '',
                            note: t('preview.sectionChosen'),
                            from: rechosen()?.from ?? '',
                            to: unit,
                          },
                        ]}
                      >
                        {unit}
                      </TracedValue>
                    ) : props.item.parent.units[role].includes(unit) ? (
                      unit
                    ) : (
                      <TracedValue
                        steps={
                          stepsOf(role).length
                            ? stepsOf(role)
                            : [
                                {
                                  field: role,
                                  rule: '',
                                  fact: '',
                                  note: t('preview.unitNotInParent'),
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
        <Show when={props.item.guidedBy.length}>
          <div class="guided-by">{t('preview.guidedBy', { units: props.item.guidedBy.join('、') })}</div>
        </Show>
        <Show when={props.item.partners.length}>
          <div class="partners">{t('preview.partners', { units: props.item.partners.join('、') })}</div>
        </Show>
      </td>
      <Show when={props.sections.length}>
        <td>
          <select
            class="section-choice"
            aria-label={t('preview.sectionFor', { label: props.item.path.join('') })}
            disabled={!props.item.sourceId}
            onChange={(e) => props.onChoose(e.currentTarget.value)}
          >
            <Show when={!props.section}>
              <option value="">—</option>
            </Show>
            <For each={props.sections}>
              {(s) => (
                <option value={s.id} selected={s.id === props.section}>
                  {s.name}
                </option>
              )}
            </For>
          </select>
        </td>
      </Show>
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
