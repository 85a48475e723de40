import { A } from '@solidjs/router';
import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { api } from '../../api/client.ts';
import { EmptyState, ErrorMessage, Loading } from '../../ui/feedback.tsx';
import { PLAN_STATUS_LABELS } from '../../ui/labels.ts';
import { account } from '../session/session.ts';
import { ImportDialog } from './import-dialog.tsx';

/** Plans this org can see: its own, its superiors' (issued to it) and its subordinates'. */
export function PlansPage(): JSX.Element {
  const [plans] = createResource(() => api.plans());
  const [importing, setImporting] = createSignal(false);
  const canImport = () => ['author', 'deriver', 'admin'].includes(account()?.role ?? '');
  return (
    <section class="page-section">
      <header class="page-header">
        <h2>方案</h2>
        <Show when={canImport()}>
          <button type="button" class="primary" onClick={() => setImporting(true)}>
            导入方案
          </button>
        </Show>
      </header>
      <ErrorMessage error={plans.error} />
      <Show when={plans()} fallback={<Loading what="方案" />}>
        {(list) => (
          <Show
            when={list().plans.length}
            fallback={
              <EmptyState title="还没有方案">
                {canImport()
                  ? '点击“导入方案”，上传上年度的 Word、Excel 文件或粘贴网页上的方案全文，系统会识别其中的任务、承办单位和时限。'
                  : '上级或本单位发布方案后，会显示在这里。'}
              </EmptyState>
            }
          >
            <table class="data-table">
              <caption class="visually-hidden">方案列表</caption>
              <thead>
                <tr>
                  <th scope="col">年度</th>
                  <th scope="col">方案</th>
                  <th scope="col">单位</th>
                  <th scope="col">来源</th>
                  <th scope="col">任务数</th>
                  <th scope="col">状态</th>
                  <th scope="col">版本</th>
                </tr>
              </thead>
              <tbody>
                <For each={list().plans}>
                  {(plan) => (
                    <tr>
                      <td>{plan.year}</td>
                      <td>
                        <A href={`/plans/${encodeURIComponent(plan.id)}`}>{plan.title}</A>
                      </td>
                      <td>{plan.ownerName}</td>
                      <td>{plan.parentPlanId ? '分解自上级方案' : '本级起草'}</td>
                      <td class="num">{plan.taskCount}</td>
                      <td>
                        <span class={`status status-${plan.status}`}>
                          {PLAN_STATUS_LABELS[plan.status] ?? plan.status}
                        </span>
                      </td>
                      <td class="num">{plan.publishedVersion ? `第 ${plan.publishedVersion} 版` : '未发布'}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        )}
      </Show>
      <ImportDialog open={importing()} onClose={() => setImporting(false)} />
    </section>
  );
}
