import { createSignal } from 'solid-js';

/**
 * The state an editing panel saves with: busy while the call runs, the API's error, and "saved"
 * until the next edit. One place, so every panel behaves the same (and feeds its SaveBar).
 */
export function createSaveState() {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  const [saved, setSaved] = createSignal(false);
  return {
    busy,
    error,
    saved,
    /** An edit since the last save: the "saved" note goes. */
    edited: () => setSaved(false),
    /** Another item opened: neither the note nor the error belongs to it. */
    reset: () => {
      setSaved(false);
      setError(null);
    },
    async run(work: () => Promise<void>): Promise<void> {
      setBusy(true);
      setError(null);
      try {
        await work();
        setSaved(true);
      } catch (e) {
        setError(e);
      } finally {
        setBusy(false);
      }
    },
  };
}
