/**
 * `record[key]` when `record` has it as its own entry, else undefined. The stores' maps are plain
 * objects read from JSON and keyed by pack, question and prompt ids, which may be any id: one named
 * `constructor` or `toString` would otherwise find Object.prototype's.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
