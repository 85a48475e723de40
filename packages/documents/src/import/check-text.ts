import { ImportError } from './import-error.ts';

/** Larger pastes are refused rather than risk a slow parse; real plans are well under 1 MB. */
export const MAX_TEXT_CHARS = 8 * 1024 * 1024;

/**
 * Refuses what is not a plan text before any parsing: nothing at all, binary bytes decoded as
 * text (NUL, other control characters, U+FFFD replacement characters) or a paste past the limit.
 */
export function checkText(text: string, file?: string): void {
  const at = file ? { file } : {};
  if (text.length > MAX_TEXT_CHARS) {
    throw new ImportError('tooLarge', { ...at, detail: `${(text.length / 1024 / 1024).toFixed(1)} MB，上限 8 MB` });
  }
  if (!text.trim()) throw new ImportError('empty', at);
  const sample = text.slice(0, 20_000);
  let control = 0;
  let firstBad = -1;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd) {
      control++;
      if (firstBad < 0) firstBad = i;
    }
  }
  if (sample.includes('\u0000') || control > sample.length * 0.02) {
    const line = sample.slice(0, Math.max(firstBad, 0)).split('\n').length;
    throw new ImportError('binary', { ...at, line });
  }
}
