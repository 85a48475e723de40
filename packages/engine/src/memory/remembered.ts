/**
 * `compute`, remembered per text key: for hot pure work over a few texts that repeat (statements, unit
 * cells, sentence templates). What is held stays small whatever arrives: a key longer than
 * `longest` is computed each time, and the memory is dropped whole once it holds `most` keys.
 */
export function rememberedByText<T>(
  compute: (text: string) => T,
  { most = 1_000, longest = Number.POSITIVE_INFINITY }: { most?: number; longest?: number } = {},
): (text: string) => T {
  const held = new Map<string, T>();
  return (text) => {
    if (text.length > longest) return compute(text);
    if (held.has(text)) return held.get(text) as T;
    const value = compute(text);
    if (held.size >= most) held.clear();
    held.set(text, value);
    return value;
  };
}
