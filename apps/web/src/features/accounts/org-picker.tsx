import { createResource, createSignal, For, type JSX, onCleanup, Show } from 'solid-js';
import { api } from '../../api/client.ts';
import { t } from '../../ui/dictionary.ts';

export type PickedOrg = { id: string; name: string };

/**
 * Chooses an org of the admin's own subtree (the server offers nothing else): type a name or code,
 * pick from the results; the choice is shown beside the field.
 */
export function OrgPicker(props: {
  id: string;
  label: string;
  value: PickedOrg | null;
  onChange: (org: PickedOrg | null) => void;
  /** Whether the choice can be cleared (a filter) or must stay (an account's org). */
  clearable?: boolean;
  required?: boolean;
}): JSX.Element {
  const [text, setText] = createSignal('');
  const [query, setQuery] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onInput = (value: string) => {
    setText(value);
    clearTimeout(timer);
    timer = setTimeout(() => setQuery(value.trim()), 250);
  };
  onCleanup(() => clearTimeout(timer));
  const [results] = createResource(query, async (q) => (q ? (await api.accountOrgs(q)).orgs : []));
  const pick = (org: PickedOrg | null) => {
    props.onChange(org);
    setText('');
    setQuery('');
  };
  return (
    <div class="org-picker">
      <label for={props.id}>{props.label}</label>
      <Show when={props.value}>
        {(org) => (
          <p class="picked">
            <span class="tag">{org().name}</span>
            <Show when={props.clearable}>
              <button
                type="button"
                class="icon-button"
                aria-label={t('accounts.form.orgClear', { org: org().name })}
                onClick={() => pick(null)}
              >
                ×
              </button>
            </Show>
          </p>
        )}
      </Show>
      <input
        id={props.id}
        type="search"
        autocomplete="off"
        placeholder={t('accounts.form.orgSearch')}
        value={text()}
        maxLength={50}
        aria-required={props.required ?? false}
        onInput={(e) => onInput(e.currentTarget.value)}
        onKeyDown={(e) => {
          // Enter picks the first result instead of submitting the form half filled.
          if (e.key !== 'Enter' || !query()) return;
          e.preventDefault();
          const first = results()?.[0];
          if (first) pick({ id: first.id, name: first.name });
        }}
      />
      <Show when={query()}>
        <section class="search-results" aria-label={props.label} aria-live="polite">
          <Show when={!results.loading} fallback={<p class="muted">{t('org.searching')}</p>}>
            <Show when={results()?.length} fallback={<p class="muted">{t('accounts.form.orgNone', { q: query() })}</p>}>
              <ul>
                <For each={results()}>
                  {(org) => (
                    <li>
                      <button type="button" onClick={() => pick({ id: org.id, name: org.name })}>
                        <span class="result-name">{org.name}</span>
                        <span class="result-code">{org.id}</span>
                        <span class="result-path">{org.fullName}</span>
                      </button>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </Show>
        </section>
      </Show>
    </div>
  );
}
