/**
 * A header cell reduced for matching (contract intro): case, repeated spaces, line breaks inside the
 * cell and trailing footnote marks are ignored. A trailing bracket is split off as `label`, so
 * "Previous Year (2015-16)" gives name "previous year" and label "2015-16".
 */
export interface NormalisedHeader {
  /** The whole header, normalised, bracket included. */
  readonly full: string;
  /** The header without its trailing bracket. */
  readonly name: string;
  /** The trailing bracket's content as written (case kept), if any. */
  readonly label?: string;
}

/**
 * True for printable ASCII text the full normalisation would leave unchanged apart from case: only
 * single inner spaces, nothing to trim, no trailing footnote mark. Indicator names are normalised
 * several times per row, so this fast path matters on large sheets; anything else takes the full path.
 */
function isPlainAscii(text: string): boolean {
  const last = text.length - 1;
  if (last < 0) return true;
  const end = text.charCodeAt(last);
  if (text.charCodeAt(0) === 32 || end === 32 || end === 42) return false; // a trailing "*" is a footnote mark
  // Two native scans: a character-by-character loop in JavaScript cost twice as much on long names.
  return !OUTSIDE_PRINTABLE_ASCII.test(text) && !text.includes('  ');
}

const OUTSIDE_PRINTABLE_ASCII = /[^ -~]/;

export function normaliseHeaderText(text: string): string {
  if (isPlainAscii(text)) return text.toLowerCase();
  return text
    .replace(/[\r\n\t\u00a0]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(TRAILING_MARKS, '')
    .trim()
    .toLowerCase();
}

/**
 * Trailing spaces, `*`, `†` and `‡`. The lookbehind makes a match start only where a run of marks starts,
 * so a long run that is not at the end (32,000 `*` then a letter) is tried once, not once per
 * character: plain `/[\s*†]+$/` backtracked quadratically there and froze the engine for minutes.
 */
const TRAILING_MARKS = /(?<![\s*†‡])[\s*†‡]+$/u;

const TRAILING_BRACKET = /^(.*?)\s*\(([^()]*)\)$/;

export function normaliseHeader(text: string): NormalisedHeader {
  const plain = isPlainAscii(text);
  const full = plain ? text.toLowerCase() : normaliseHeaderText(text);
  // Plain text is already flat; without a closing bracket at the end it has no label.
  if (plain && text.charCodeAt(text.length - 1) !== 41 /* ")" */) return { full, name: full };
  const flat = plain ? text : text.replace(/[\r\n\t\u00a0]+/g, ' ').replace(/\s+/g, ' ').trim().replace(TRAILING_MARKS, '');
  const match = TRAILING_BRACKET.exec(flat);
  if (!match || match[1].trim() === '') return { full, name: full };
  return { full, name: normaliseHeaderText(match[1]), label: match[2].trim() };
}
