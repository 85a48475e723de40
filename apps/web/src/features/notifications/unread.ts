import { createSignal, onCleanup } from 'solid-js';
import { api } from '../../api/client.ts';

/** How often the badge asks while the page is in view: new urges arrive without a reload. */
const EVERY_MS = 60_000;

const [unread, setUnread] = createSignal(0);

/** Unread messages of the signed-in unit, as the header's badge shows them. */
export { unread };

/** Asks the server again now (after reading a message, after an action that may send one). */
export async function refreshUnread(): Promise<void> {
  const inbox = await api.notifications(0, 1).catch(() => null);
  if (inbox) setUnread(inbox.unread);
}

/**
 * Keeps the badge current for as long as the calling component lives: at once, every minute while
 * the tab is visible, and as soon as the user comes back to the tab.
 */
export function keepUnreadFresh(): void {
  void refreshUnread();
  const timer = setInterval(() => {
    if (document.visibilityState === 'visible') void refreshUnread();
  }, EVERY_MS);
  const onVisible = () => {
    if (document.visibilityState === 'visible') void refreshUnread();
  };
  document.addEventListener('visibilitychange', onVisible);
  onCleanup(() => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisible);
  });
}
