/** Reordering lists by id, e.g. "topics this page mentions first". Pure. */

/**
 * Items whose id is in `ids` come first, in the order of `ids`; the rest follow in
 * their original order when `keepRest` is true (default), or are dropped.
 */
export function orderBy<T>(
  items: readonly T[],
  ids: readonly string[],
  idOf: (item: T) => string,
  keepRest = true,
): T[] {
  const byId = new Map(items.map((item) => [idOf(item), item]));
  const first: T[] = [];
  for (const id of new Set(ids)) if (byId.has(id)) first.push(byId.get(id) as T);
  if (!keepRest) return first;
  const chosen = new Set(first);
  return [...first, ...items.filter((item) => !chosen.has(item))];
}
