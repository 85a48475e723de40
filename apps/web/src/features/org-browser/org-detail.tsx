import type { OrgDto } from '@cascade/contracts';
import { isTownshipOffice } from '@cascade/engine';
import type { ColumnDef } from '@tanstack/solid-table';
import { createResource, For, type JSX, Show } from 'solid-js';
import { api } from '../../api/client.ts';
import { t } from '../../ui/dictionary.ts';
import { KIND_LABELS, LEVEL_LABELS } from './labels.ts';
import { OrgCapabilitiesPanel } from './org-capabilities.tsx';
import { OrgSectionsPanel } from './org-sections.tsx';
import { OrgTable } from './org-table.tsx';

const departmentColumns: ColumnDef<OrgDto>[] = [
  { accessorKey: 'name', header: () => t('org.col.department') },
  { accessorKey: 'shortName', header: () => t('org.col.shortName') },
  { accessorKey: 'functionLabel', header: () => t('org.col.function') },
];

// A township has no 部门: its 党政办 and 办（中心）, each doing the work of some county functions.
const townshipOfficeColumns: ColumnDef<OrgDto>[] = [
  { accessorKey: 'name', header: () => t('org.col.office') },
  { accessorKey: 'shortName', header: () => t('org.col.shortName') },
  { accessorKey: 'functionLabel', header: () => t('org.col.serves') },
];

const subordinateColumns: ColumnDef<OrgDto>[] = [
  { accessorKey: 'name', header: () => t('org.col.name') },
  { accessorKey: 'divisionType', header: () => t('org.col.divisionType') },
  { accessorKey: 'regionCode', header: () => t('org.col.regionCode') },
  { accessorKey: 'villageCount', header: () => t('org.col.villages') },
  { accessorKey: 'communityCount', header: () => t('org.col.communities') },
];

function Fact(props: { label: string; children: JSX.Element }): JSX.Element {
  return (
    <div class="fact">
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/** One org: its facts and capabilities, its departments (a township: its offices; a department: its 股室) and the governments below it. */
export function OrgDetail(props: { id: string; onSelect: (id: string) => void }): JSX.Element {
  const [detail, { refetch: refetchDetail }] = createResource(() => props.id, api.org);
  const [children, { refetch: refetchChildren }] = createResource(() => props.id, api.orgChildren);
  const hasSections = (org: OrgDto) => (org.kind === 'department' || org.kind === 'office') && org.level !== 'township';
  return (
    <Show
      when={!detail.error}
      fallback={<p class="error">{t('org.loadFailed', { message: String(detail.error?.message) })}</p>}
    >
      <Show when={detail()} fallback={<p class="muted">{t('org.loading')}</p>}>
        {(d) => (
          <article class="org-detail">
            <nav class="breadcrumb" aria-label={t('org.superiors')}>
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
              <Fact label={t('org.fact.level')}>{LEVEL_LABELS[d().org.level]}</Fact>
              <Fact label={t('org.fact.kind')}>
                {isTownshipOffice(d().org) ? t('org.kind.townshipOffice') : KIND_LABELS[d().org.kind]}
              </Fact>
              <Show when={d().org.divisionType}>
                <Fact label={t('org.col.divisionType')}>{d().org.divisionType}</Fact>
              </Show>
              <Fact label={d().org.regionCode ? t('org.col.regionCode') : t('org.fact.orgCode')}>
                {d().org.regionCode ?? d().org.id}
              </Fact>
              <Show when={d().org.functionLabel}>
                <Fact label={isTownshipOffice(d().org) ? t('org.col.serves') : t('org.col.function')}>
                  {d().org.functionLabel}
                </Fact>
              </Show>
              <Show when={d().org.kind === 'government' || d().org.kind === 'zone'}>
                <Fact label={t('org.fact.villagesCommunities')}>
                  {d().org.hasVillages ? t('org.villages', { n: d().org.villageCount ?? 0 }) : t('org.noVillages')}
                  {t('org.and')}
                  {d().org.hasCommunities
                    ? t('org.communities', { n: d().org.communityCount ?? 0 })
                    : t('org.noCommunities')}
                </Fact>
              </Show>
              <Show when={d().org.kind !== 'government' && d().org.kind !== 'zone'}>
                <Fact label={t('org.col.shortName')}>{d().org.shortName}</Fact>
              </Show>
            </dl>
            <OrgCapabilitiesPanel org={d().org} onChanged={() => void refetchDetail()} />
            <Show
              when={!children.error}
              fallback={<p class="error">{t('org.childrenFailed', { message: String(children.error?.message) })}</p>}
            >
              <Show when={children()} fallback={<p class="muted">{t('org.loading')}</p>}>
                {(c) => (
                  <>
                    <Show when={d().org.kind === 'government' && d().org.level !== 'township'}>
                      <OrgTable
                        orgs={c().departments}
                        columns={departmentColumns}
                        caption={t('org.departments', { n: c().departments.length })}
                        empty={t('org.noDepartments')}
                        onSelect={props.onSelect}
                      />
                    </Show>
                    <Show when={d().org.kind === 'government' && d().org.level === 'township'}>
                      <OrgTable
                        orgs={c().departments}
                        columns={townshipOfficeColumns}
                        caption={t('org.townshipOffices', { n: c().departments.length })}
                        empty={t('org.noTownshipOffices')}
                        onSelect={props.onSelect}
                      />
                    </Show>
                    <Show when={hasSections(d().org)}>
                      <OrgSectionsPanel
                        department={d().org}
                        sections={c().departments.filter((o) => o.kind === 'section')}
                        onChanged={() => void refetchChildren()}
                        onSelect={props.onSelect}
                      />
                    </Show>
                    <Show when={d().org.kind === 'government' || d().org.kind === 'zone'}>
                      <OrgTable
                        orgs={c().subordinates}
                        columns={subordinateColumns}
                        caption={t('org.subordinates', { n: c().subordinates.length })}
                        empty={t('org.noSubordinates')}
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
