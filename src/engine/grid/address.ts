/** Letters of the columns asked for so far: every row of a sheet asks for the same few columns. */
const LETTERS: string[] = [];
const CACHED_COLUMNS = 16_384; // Excel's last column, XFD

/** 0-based column index to Excel letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(column: number): string {
  const cached = LETTERS[column];
  if (cached !== undefined) return cached;
  if (!Number.isInteger(column) || column < 0) throw new RangeError(`Invalid column index ${column}`);
  const letters = lettersOf(column);
  if (column < CACHED_COLUMNS) LETTERS[column] = letters;
  return letters;
}

function lettersOf(column: number): string {
  let letters = '';
  let n = column + 1;
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0-based row and column to an A1 address: (6, 4) → "E7". */
export function cellAddress(row: number, column: number): string {
  return columnLetter(column) + (row + 1);
}

/**
 * "E7" → { row: 6, column: 4 } (0-based); undefined when the text is not an A1 address. "$E$7",
 * lower case and surrounding spaces are read too.
 */
export function parseCellAddress(address: string): { row: number; column: number } | undefined {
  return plainAddress(address) ?? addressByPattern(address);
}

/**
 * The plain upper-case "E7" form every engine finding uses, read without a regex (the Validation
 * sheet sorts every finding by its address); undefined for anything else.
 */
function plainAddress(address: string): { row: number; column: number } | undefined {
  let column = 0;
  let i = 0;
  for (; i < address.length && i < 3; i++) {
    const code = address.charCodeAt(i);
    if (code < 65 || code > 90) break; // A-Z
    column = column * 26 + (code - 64);
  }
  const first = address.charCodeAt(i);
  if (i === 0 || !(first >= 49 && first <= 57)) return undefined; // a row starts 1-9
  for (let j = i + 1; j < address.length; j++) {
    const code = address.charCodeAt(j);
    if (code < 48 || code > 57) return undefined;
  }
  return { row: Number(address.slice(i)) - 1, column: column - 1 };
}

function addressByPattern(address: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?([1-9][0-9]*)$/i.exec(address.trim());
  if (!match) return undefined;
  let column = 0;
  for (const ch of match[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/** A sheet-qualified reference as Excel writes it: Indicators!E7, 'Risk Matrix'!B4. */
export function qualifiedAddress(sheet: string, address: string): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${address}`;
}
