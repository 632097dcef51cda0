/** True for a printable ASCII character other than the space: one that trim() never removes. */
const isPlainEnd = (code: number) => code > 32 && code < 127;

/**
 * `text.trim()`, returning text that starts and ends with a plain character without calling trim:
 * most labels do, and trim cost more than the rest of a Dashboard row's work.
 */
export function trimmed(text: string): string {
  return isPlainEnd(text.charCodeAt(0)) && isPlainEnd(text.charCodeAt(text.length - 1)) ? text : text.trim();
}
