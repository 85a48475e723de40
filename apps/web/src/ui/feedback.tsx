import { type JSX, Show } from 'solid-js';
import { ApiError } from '../api/client.ts';
import { t } from './dictionary.ts';

/** The message of a failed call, as the server wrote it (with the fields at fault). */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    const fields = error.problem.errors?.map((e) => e.message).join(t('list.separator'));
    return (
      error.problem.detail ?? (fields ? t('error.fields', { title: error.problem.title, fields }) : error.problem.title)
    );
  }
  return error instanceof Error ? error.message : String(error);
}

export function ErrorMessage(props: { error: unknown }): JSX.Element {
  return (
    <Show when={props.error}>
      <p class="form-error" role="alert">
        {errorText(props.error)}
      </p>
    </Show>
  );
}

/** What an empty list means and what to do next. */
export function EmptyState(props: { title: string; children: JSX.Element }): JSX.Element {
  return (
    <div class="empty-state">
      <h2>{props.title}</h2>
      <p>{props.children}</p>
    </div>
  );
}

export function Loading(props: { what?: string }): JSX.Element {
  return (
    <p class="muted" aria-live="polite">
      {t('common.loading', { what: props.what ?? '' })}
    </p>
  );
}
