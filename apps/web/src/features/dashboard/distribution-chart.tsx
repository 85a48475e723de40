import { createEffect, createSignal, For, type JSX, onCleanup, onMount, Show } from 'solid-js';
import { t } from '../../ui/dictionary.ts';
import { errorText } from '../../ui/feedback.tsx';

/** The same colours as the ledger's tags and the legend swatches (styles.css .seg-*). */
const COLOURS: Record<string, string> = {
  assigned: '#8c9bb0',
  reported: '#faad14',
  verified: '#389e0d',
  closed: '#135200',
  rectifying: '#d4380d',
  red: '#d4380d',
  yellow: '#faad14',
  green: '#389e0d',
  none: '#c9cdd4',
};

type EChartsInstance = { setOption: (o: unknown) => void; resize: () => void; dispose: () => void };

/**
 * A distribution (办理状态, 亮灯情况) as a bar chart — ECharts, loaded only when a dashboard shows
 * one — with the numbers also as a table beside it, which is what screen readers and print read.
 */
export function DistributionChart(props: {
  title: string;
  counts: Record<string, number>;
  keys: readonly string[];
  label: (k: string) => string;
  total: number;
}): JSX.Element {
  let host: HTMLDivElement | undefined;
  const [chart, setChart] = createSignal<EChartsInstance | null>(null);
  const [failure, setFailure] = createSignal<unknown>(null);
  const summary = () => props.keys.map((k) => `${props.label(k)} ${props.counts[k] ?? 0}`).join('，');
  onMount(() => {
    import('./echarts-setup.ts')
      .then(({ echarts }) => {
        if (!host) return;
        const instance = echarts.init(host, undefined, { renderer: 'svg', locale: 'ZH' });
        setChart(instance);
        const resize = () => instance.resize();
        window.addEventListener('resize', resize);
        onCleanup(() => window.removeEventListener('resize', resize));
      })
      .catch(setFailure);
  });
  onCleanup(() => chart()?.dispose());
  createEffect(() => {
    const instance = chart();
    if (!instance) return;
    instance.setOption({
      animation: false,
      grid: { left: 72, right: 40, top: 8, bottom: 8 },
      tooltip: { trigger: 'item', formatter: '{b}：{c}' },
      xAxis: { type: 'value', show: false, max: Math.max(props.total, 1) },
      yAxis: {
        type: 'category',
        inverse: true,
        data: props.keys.map(props.label),
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: { color: '#1f2329', fontSize: 13 },
      },
      series: [
        {
          type: 'bar',
          barWidth: 14,
          data: props.keys.map((k) => ({ value: props.counts[k] ?? 0, itemStyle: { color: COLOURS[k] ?? '#8c9bb0' } })),
          label: { show: true, position: 'right', color: '#1f2329' },
        },
      ],
    });
  });
  return (
    <figure class="distribution">
      <figcaption>{props.title}</figcaption>
      <div
        ref={host}
        class="chart"
        role="img"
        aria-label={t('chart.label', { title: props.title, summary: summary() })}
        style={{ height: `${props.keys.length * 30 + 16}px` }}
      />
      <Show when={failure()}>
        <p class="muted">{t('chart.failed', { error: errorText(failure()) })}</p>
      </Show>
      <table class="data-table compact chart-table">
        <caption class="visually-hidden">{t('chart.caption', { title: props.title })}</caption>
        <thead>
          <tr>
            <For each={props.keys}>
              {(k) => (
                <th scope="col">
                  <span class={`swatch seg-${k}`} aria-hidden="true" />
                  {props.label(k)}
                </th>
              )}
            </For>
            <th scope="col">{t('dashboard.total')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <For each={props.keys}>{(k) => <td class="num">{props.counts[k] ?? 0}</td>}</For>
            <td class="num">{props.total}</td>
          </tr>
        </tbody>
      </table>
    </figure>
  );
}
