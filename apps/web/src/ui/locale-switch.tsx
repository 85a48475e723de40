import type { JSX } from 'solid-js';
import { t } from './dictionary.ts';
import { locale, setLocale } from './locale.ts';

/** The language switch (中文 ⇄ English), named in the language it switches to. */
export function LocaleSwitch(props: { class: string }): JSX.Element {
  return (
    <button
      type="button"
      class={props.class}
      lang={locale() === 'en' ? 'zh-CN' : 'en'}
      aria-label={t('locale.switchLabel')}
      onClick={() => setLocale(locale() === 'en' ? 'zh-CN' : 'en')}
    >
      {t('locale.switch')}
    </button>
  );
}
