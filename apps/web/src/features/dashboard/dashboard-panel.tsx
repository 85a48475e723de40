import { type Accessor, type JSX, type Resource, Show } from 'solid-js';
import { ErrorMessage, Loading } from '../../ui/feedback.tsx';

/**
 * A card of the supervisor's dashboard: its title, the API's error if the load failed, a loading
 * line while it runs, then the content drawn from what arrived.
 */
export function DashboardPanel<T>(props: {
  id: string;
  title: string;
  resource: Resource<T>;
  children: (value: Accessor<NonNullable<T>>) => JSX.Element;
}): JSX.Element {
  return (
    <section class="card dashboard-panel" aria-labelledby={props.id}>
      <h3 id={props.id}>{props.title}</h3>
      <ErrorMessage error={props.resource.error} />
      <Show
        when={props.resource()}
        fallback={
          <Show when={!props.resource.error}>
            <Loading />
          </Show>
        }
      >
        {(value) => props.children(value)}
      </Show>
    </section>
  );
}
