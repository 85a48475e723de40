import type { OrgDto } from '@cascade/contracts';
import type { ColumnDef } from '@tanstack/solid-table';
import { createResource, For, type JSX, Show } from 'solid-js';
import { api } from '../../api/client.ts';
import { KIND_LABELS, LEVEL_LABELS } from './labels.ts';
import { OrgTable } from './org-table.tsx';

const departmentColumns: ColumnDef<OrgDto>[] = [
  { accessorKey: 'name', header: '部门名称' },
  { accessorKey: 'shortName', header: '文件中的简称' },
  { accessorKey: 'functionLabel', header: '职能' },
];

const subordinateColumns: ColumnDef<OrgDto>[] = [
  { accessorKey: 'name', header: '名称' },
  { accessorKey: 'divisionType', header: '区划类型' },
  { accessorKey: 'regionCode', header: '区划代码' },
  { accessorKey: 'villageCount', header: '村' },
  { accessorKey: 'communityCount', header: '社区' },
];

function Fact(props: { label: string; children: JSX.Element }): JSX.Element {
  return (
    <div class="fact">
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/** One org: its facts, its departments and the governments below it. */
export function OrgDetail(props: { id: string; onSelect: (id: string) => void }): JSX.Element {
  const [detail] = createResource(() => props.id, api.org);
  const [children] = createResource(() => props.id, api.orgChildren);
  return (
    <Show when={!detail.error} fallback={<p class="error">加载失败：{String(detail.error?.message)}</p>}>
      <Show when={detail()} fallback={<p class="muted">加载中…</p>}>
        {(d) => (
          <article class="org-detail">
            <nav class="breadcrumb" aria-label="上级单位">
              <For each={d().ancestors}>
                {(a) => (
                  <>
                    <button type="button" class="link" onClick={() => props.onSelect(a.id)}>
                      {a.name}
                    </button>
                    <span aria-hidden="true"> › </span>
                  </>
                )}
              </For>
              <span>{d().org.name}</span>
            </nav>
            <h2>{d().org.name}</h2>
            <dl class="facts">
              <Fact label="级别">{LEVEL_LABELS[d().org.level]}</Fact>
              <Fact label="类型">{KIND_LABELS[d().org.kind]}</Fact>
              <Show when={d().org.divisionType}>
                <Fact label="区划类型">{d().org.divisionType}</Fact>
              </Show>
              <Fact label={d().org.regionCode ? '区划代码' : '单位编码'}>{d().org.regionCode ?? d().org.id}</Fact>
              <Show when={d().org.functionLabel}>
                <Fact label="职能">{d().org.functionLabel}</Fact>
              </Show>
              <Show when={d().org.kind === 'government' || d().org.kind === 'zone'}>
                <Fact label="村 / 社区">
                  {d().org.hasVillages ? `有村（${d().org.villageCount} 个）` : '无村'}，
                  {d().org.hasCommunities ? `有社区（${d().org.communityCount} 个）` : '无社区'}
                </Fact>
              </Show>
              <Show when={d().org.kind !== 'government' && d().org.kind !== 'zone'}>
                <Fact label="文件中的简称">{d().org.shortName}</Fact>
              </Show>
            </dl>
            <Show
              when={!children.error}
              fallback={<p class="error">下级单位加载失败：{String(children.error?.message)}</p>}
            >
              <Show when={children()} fallback={<p class="muted">加载中…</p>}>
                {(c) => (
                  <>
                    <Show when={d().org.kind === 'government' && d().org.level !== 'township'}>
                      <OrgTable
                        orgs={c().departments}
                        columns={departmentColumns}
                        caption={`政府部门（${c().departments.length}）`}
                        empty="该单位下暂无部门。"
                        onSelect={props.onSelect}
                      />
                    </Show>
                    <Show when={d().org.kind === 'government' || d().org.kind === 'zone'}>
                      <OrgTable
                        orgs={c().subordinates}
                        columns={subordinateColumns}
                        caption={`下级行政区划（${c().subordinates.length}）`}
                        empty="没有下级行政区划：乡镇（街道）是最基层的政府。"
                        onSelect={props.onSelect}
                      />
                    </Show>
                  </>
                )}
              </Show>
            </Show>
          </article>
        )}
      </Show>
    </Show>
  );
}
