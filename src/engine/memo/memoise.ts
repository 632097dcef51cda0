/**
 * A pure function remembered per distinct argument: sheets repeat the same few words (measures,
 * polarities, period labels, indicator names) and numbers (scores, ranks) on every row. With a
 * `capacity` the memory is emptied when it holds that many, so a module-level memo stays small on any
 * workbook; without one it lives as long as the function (use that for one sheet's calculation).
 * Undefined results are remembered too.
 */
export function memoise<K, V>(compute: (key: K) => V, capacity = Infinity): (key: K) => V {
  const remembered = new Map<K, V>();
  return (key: K): V => {
    const cached = remembered.get(key);
    if (cached !== undefined || remembered.has(key)) return cached as V;
    if (remembered.size >= capacity) remembered.clear();
    const value = compute(key);
    remembered.set(key, value);
    return value;
  };
}
