/**
 * Remembers the first row of each category name, names compared ignoring case (as `toLowerCase`
 * does). Built for one sheet of at most `capacity` names.
 *
 * A hash table over the lower-case text rather than a Map keyed by `name.toLowerCase()`: that made a
 * new string for nearly every row and grew the Map a rehash at a time, around a tenth of a
 * 10,000-category sheet's time. Plain-ASCII names (nearly all) are hashed as they are read.
 */
export interface CategoryFirstRows {
  /** The first row recorded for `name`'s category; if there is none, records `row` and returns undefined. */
  firstRowOf(name: string, row: number): number | undefined;
}

export function categoryFirstRows(capacity: number): CategoryFirstRows {
  let size = 16;
  while (size < capacity * 2) size *= 2;
  const mask = size - 1;
  // Slot i holds a recorded name (undefined when free), its hash and its first row.
  const names = new Array<string | undefined>(size);
  const hashes = new Int32Array(size);
  const rows = new Int32Array(size);
  return {
    firstRowOf(name, row) {
      const hash = lowerCaseHash(name);
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const recorded = names[slot];
        if (recorded === undefined) {
          names[slot] = name;
          hashes[slot] = hash;
          rows[slot] = row;
          return undefined;
        }
        if (hashes[slot] === hash && (recorded === name || recorded.toLowerCase() === name.toLowerCase())) return rows[slot];
      }
    },
  };
}

/** FNV-1a over the UTF-16 units of `text.toLowerCase()`, without making that string when `text` is ASCII. */
function lowerCaseHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0x80) return hashOfLowerCase(text.toLowerCase());
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash;
}

/** FNV-1a over the UTF-16 units of text already in lower case. */
function hashOfLowerCase(lower: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < lower.length; i++) hash = Math.imul(hash ^ lower.charCodeAt(i), 0x01000193);
  return hash;
}
