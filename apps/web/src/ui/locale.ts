import { createSignal } from 'solid-js';

export type Locale = 'zh-CN' | 'en';
const STORAGE_KEY = 'cascade.locale';

function initialLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

const [locale, setLocaleSignal] = createSignal<Locale>(initialLocale());
document.documentElement.lang = locale();

/** The UI language: zh-CN unless the user switched to English (remembered in this browser). */
export { locale };

export function setLocale(next: Locale): void {
  setLocaleSignal(next);
  document.documentElement.lang = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Private windows may refuse storage; the switch still holds for this page.
  }
}
