/**
 * The dictionary is merged from one table per area; a key defined in two of them would let the
 * later one win in silence. Called where the tables are merged, so such a slip stops the app at once.
 */
export function assertDistinctKeys(tables: Record<string, Readonly<Record<string, string>>>): void {
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  for (const [name, table] of Object.entries(tables)) {
    for (const key of Object.keys(table)) {
      const first = owner.get(key);
      if (first) clashes.push(`${key} (${first}, ${name})`);
      else owner.set(key, name);
    }
  }
  if (clashes.length) throw new Error(`dictionary keys defined twice: ${clashes.join('; ')}`);
}
