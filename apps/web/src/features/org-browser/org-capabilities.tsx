import type { OrgDto } from '@cascade/contracts';
import {
  CAPABILITY_KEYS,
  CAPABILITY_LABELS,
  capabilitiesOf,
  capabilityValueLabel,
  type OrgCapabilities,
  WEBSITE_LABELS,
} from '@cascade/engine';
import { createSignal, For, type JSX, Show } from 'solid-js';
import { t } from '../../ui/dictionary.ts';
import { ErrorMessage } from '../../ui/feedback.tsx';
import { can } from '../session/can.ts';
import { type CapabilitiesPatch, orgAdminApi } from './org-admin-api.ts';

type Key = keyof OrgCapabilities;
/** What a select offers: the level's default, or a value set by the admin. */
type Choice = 'default' | 'true' | 'false' | OrgCapabilities['website'];

const label = (key: Key, value: OrgCapabilities[Key]) => capabilityValueLabel(key, value as never);
const valuesOf = (key: Key): Choice[] =>
  key === 'website' ? (Object.keys(WEBSITE_LABELS) as Choice[]) : ['true', 'false'];
const choiceOf = (value: OrgCapabilities[Key] | undefined): Choice =>
  value === undefined ? 'default' : (String(value) as Choice);
/** The value a (non-default) choice stands for. */
const capabilityOf = (key: Key, choice: Choice): OrgCapabilities[Key] =>
  key === 'website' ? (choice as OrgCapabilities['website']) : choice === 'true';

/**
 * What the org can do (政府公报, 网站, 规范性文件, 新闻发布会), which derivation reads to leave out,
 * support or reword tasks: each in effect, and whether the level's default or an admin set it.
 * An admin over the org changes them here; the server decides and says why when it refuses.
 */
export function OrgCapabilitiesPanel(props: { org: OrgDto; onChanged: () => void }): JSX.Element {
  const [editing, setEditing] = createSignal(false);
  const [choices, setChoices] = createSignal<Partial<Record<Key, Choice>>>({});
  const [error, setError] = createSignal<unknown>();
  const [saving, setSaving] = createSignal(false);
  const defaults = () => capabilitiesOf({ level: props.org.level, kind: props.org.kind });
  const overrides = () => props.org.capabilityOverrides as Partial<OrgCapabilities>;

  const startEditing = () => {
    setChoices(Object.fromEntries(CAPABILITY_KEYS.map((k) => [k, choiceOf(overrides()[k])])));
    setError(undefined);
    setEditing(true);
  };
  const save = async () => {
    const patch: Record<string, unknown> = {};
    for (const key of CAPABILITY_KEYS) {
      const choice = choices()[key] ?? 'default';
      if (choice === choiceOf(overrides()[key])) continue;
      patch[key] = choice === 'default' ? null : capabilityOf(key, choice);
    }
    if (!Object.keys(patch).length) return void setEditing(false);
    setSaving(true);
    setError(undefined);
    try {
      await orgAdminApi.setCapabilities(props.org.id, patch as CapabilitiesPatch);
      setEditing(false);
      props.onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section class="org-capabilities" aria-labelledby="org-capabilities-title">
      <div class="page-header">
        <h3 id="org-capabilities-title">{t('org.capabilities')}</h3>
        <Show when={can('org.edit', props.org.path) && !editing()}>
          <button type="button" onClick={startEditing}>
            {t('org.capability.edit')}
          </button>
        </Show>
      </div>
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">{t('org.capability.col')}</th>
            <th scope="col">{t('org.capability.value')}</th>
            <th scope="col">{t('org.capability.source')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={CAPABILITY_KEYS}>
            {(key) => (
              <tr>
                <th scope="row">{CAPABILITY_LABELS[key]}</th>
                <td>
                  <Show when={editing()} fallback={label(key, props.org.capabilities[key])}>
                    <select
                      aria-label={CAPABILITY_LABELS[key]}
                      value={choices()[key] ?? 'default'}
                      onChange={(e) => setChoices({ ...choices(), [key]: e.currentTarget.value as Choice })}
                    >
                      <option value="default">
                        {t('org.capability.defaultOption', { value: label(key, defaults()[key]) })}
                      </option>
                      <For each={valuesOf(key)}>
                        {(choice) => <option value={choice}>{label(key, capabilityOf(key, choice))}</option>}
                      </For>
                    </select>
                  </Show>
                </td>
                <td>
                  <Show when={key in overrides()} fallback={<span class="tag">{t('org.capability.default')}</span>}>
                    <span class="tag tag-modified">{t('org.capability.set')}</span>
                  </Show>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <ErrorMessage error={error()} />
      <Show when={editing()}>
        <div class="actions">
          <button type="button" onClick={() => setEditing(false)} disabled={saving()}>
            {t('common.cancel')}
          </button>
          <button type="button" class="primary" onClick={save} disabled={saving()}>
            {saving() ? t('common.submitting') : t('org.capability.save')}
          </button>
        </div>
      </Show>
      <Show when={!can('org.edit', props.org.path)}>
        <p class="muted">{t('org.capability.adminOnly')}</p>
      </Show>
    </section>
  );
}
