/** Items as a sentence lists them: "A", "A and B", "A, B and C". */
export function listText(items: ReadonlyArray<string>): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
