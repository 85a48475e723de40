import { A } from '@solidjs/router';
import { createResource, For, type JSX, Show } from 'solid-js';
import { api } from '../../api/client.ts';
import { t } from '../../ui/dictionary.ts';
import { EmptyState, ErrorMessage, Loading } from '../../ui/feedback.tsx';
import { locale } from '../../ui/locale.ts';
import { account } from '../session/session.ts';
import { canDesign } from './can-design.ts';
import { workflowWord } from './workflow-words.ts';

/**
 * 流程库: the lifecycles tasks may run on — the built-in ones (read-only, each a starting point
 * for a copy) and the variants the offices of this branch designed, with their published version.
 */
export function WorkflowsPage(): JSX.Element {
  const [list] = createResource(api.workflowVariants);
  const builtIn = () => list()?.variants.filter((v) => v.kind === 'builtIn') ?? [];
  const designed = () => list()?.variants.filter((v) => v.kind === 'designed') ?? [];
  const word = (s: string) => workflowWord(s, locale() === 'en');
  return (
    <section class="page-section workflows-page">
      <header class="page-header">
        <h2>{t('wfd.library')}</h2>
        <Show when={canDesign()}>
          <A class="button primary" href="/workflows/new">
            {t('wfd.new')}
          </A>
        </Show>
      </header>
      <p class="hint">{t('wfd.libraryHint')}</p>
      <ErrorMessage error={list.error} />
      <Show when={list()} fallback={<Loading what={t('wfd.what')} />}>
        <h3>{t('wfd.designed', { org: account()?.orgName ?? '' })}</h3>
        <Show
          when={designed().length}
          fallback={
            <EmptyState title={t('wfd.noneDesigned')}>
              {canDesign() ? t('wfd.noneDesignedAuthor') : t('wfd.noneDesignedReader')}
            </EmptyState>
          }
        >
          <table class="data-table">
            <caption class="visually-hidden">{t('wfd.designedCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('wfd.col.name')}</th>
                <th scope="col">{t('wfd.col.published')}</th>
                <th scope="col">{t('wfd.col.draft')}</th>
                <th scope="col">{t('col.link')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={designed()}>
                {(v) => (
                  <tr>
                    <td>{v.name}</td>
                    <td>{v.publishedVersion ? t('wfd.version', { n: v.publishedVersion }) : t('wfd.unpublished')}</td>
                    <td>{v.hasDraft ? t('wfd.hasDraft') : ''}</td>
                    <td>
                      <A href={`/workflows/${encodeURIComponent(v.id)}`}>{t('wfd.open')}</A>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
        <h3>{t('wfd.builtIn')}</h3>
        <table class="data-table">
          <caption class="visually-hidden">{t('wfd.builtInCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('wfd.col.name')}</th>
              <th scope="col">{t('wfd.col.states')}</th>
              <th scope="col">{t('col.link')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={builtIn()}>
              {(v) => (
                <tr>
                  <td>{word(v.name)}</td>
                  <td>{Object.keys(v.definition.states as object).length}</td>
                  <td>
                    <Show when={canDesign()}>
                      <A href={`/workflows/new?from=${encodeURIComponent(v.id)}`}>{t('wfd.copy')}</A>
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </section>
  );
}
