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

/** The page's language attribute follows the UI's (there is no page when labels are read in a unit test). */
function markPage(next: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

const [locale, setLocaleSignal] = createSignal<Locale>(initialLocale());
markPage(locale());

/** The UI language: zh-CN unless the user switched to English (remembered in this browser). */
export { locale };

export function setLocale(next: Locale): void {
  setLocaleSignal(next);
  markPage(next);
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Private windows may refuse storage; the switch still holds for this page.
  }
}
