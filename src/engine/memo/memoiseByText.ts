/**
 * A pure function of a short text, remembered per distinct text: sheets repeat the same few words
 * (measures, polarities, period labels) on every row. The memory is emptied when it holds `capacity`
 * texts, so it stays small on any workbook. Undefined results are remembered too.
 */
export function memoiseByText<T>(read: (text: string) => T, capacity = 1_000): (text: string) => T {
  const remembered = new Map<string, T>();
  return (text: string): T => {
    const cached = remembered.get(text);
    if (cached !== undefined || remembered.has(text)) return cached as T;
    if (remembered.size >= capacity) remembered.clear();
    const value = read(text);
    remembered.set(text, value);
    return value;
  };
}
