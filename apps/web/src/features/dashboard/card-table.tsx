import { For, type JSX } from 'solid-js';

/**
 * A dashboard card's list: a compact table whose body scrolls inside the card when long (Chromium
 * lets the keyboard focus such a scroller), its column headers given in order.
 */
export function CardTable(props: { columns: JSX.Element[]; children: JSX.Element }): JSX.Element {
  return (
    <div class="table-scroll">
      <table class="data-table compact">
        <thead>
          <tr>
            <For each={props.columns}>{(column) => <th scope="col">{column}</th>}</For>
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
