import Bowser from 'bowser';
import { t } from '../../ui/dictionary.ts';

/**
 * A session's browser as a person recognises it ("Chrome 140 · Windows 10"), read from the user
 * agent the session began with by a maintained parser; the raw string stays in the row's tooltip.
 */
export function deviceLabel(userAgent: string | null): string {
  if (!userAgent) return t('sessions.unknownDevice');
  const { browser, os } = Bowser.parse(userAgent);
  const name = [browser.name, browser.version?.split('.')[0]].filter(Boolean).join(' ');
  const system = [os.name, os.versionName].filter(Boolean).join(' ');
  return [name, system].filter(Boolean).join(' · ') || t('sessions.unknownDevice');
}
