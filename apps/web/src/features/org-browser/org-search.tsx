import { createResource, createSignal, For, type JSX, onCleanup, Show } from 'solid-js';
import { api } from '../../api/client.ts';
import { t } from '../../ui/dictionary.ts';
import { KIND_LABELS } from './labels.ts';

/** Search by name or region code, debounced; results show their full path. */
export function OrgSearch(props: { onSelect: (id: string) => void }): JSX.Element {
  const [text, setText] = createSignal('');
  const [query, setQuery] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onInput = (value: string) => {
    setText(value);
    clearTimeout(timer);
    timer = setTimeout(() => setQuery(value.trim()), 250);
  };
  onCleanup(() => clearTimeout(timer));
  const [results] = createResource(query, async (q) => (q ? (await api.searchOrgs(q, 30)).results : []));
  return (
    <div class="org-search">
      <label for="org-search-input" class="visually-hidden">
        {t('org.search')}
      </label>
      <input
        id="org-search-input"
        type="search"
        placeholder={t('org.searchPlaceholder')}
        value={text()}
        maxLength={50}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <Show when={query()}>
        <section class="search-results" aria-label={t('org.results')} aria-live="polite">
          <Show when={!results.error} fallback={<p class="error">{String(results.error?.message)}</p>}>
            <Show when={!results.loading} fallback={<p class="muted">{t('org.searching')}</p>}>
              <Show when={results()?.length} fallback={<p class="muted">{t('org.notFound', { query: query() })}</p>}>
                <ul>
                  <For each={results()}>
                    {(org) => (
                      <li>
                        <button type="button" onClick={() => props.onSelect(org.id)}>
                          <span class="result-name">{org.name}</span>
                          <span class="result-kind">{KIND_LABELS[org.kind]}</span>
                          <span class="result-path">{[...org.ancestors, org.name].join(' › ')}</span>
                          <span class="result-code">{org.regionCode ?? org.functionLabel ?? ''}</span>
                        </button>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </Show>
          </Show>
        </section>
      </Show>
    </div>
  );
}
