import { terminalText } from './terminalText';

export interface TextColumn {
  readonly header: string;
  /** Longer cells are cut with an ellipsis. */
  readonly maxWidth?: number;
  readonly align?: 'left' | 'right';
}

/** A plain monospace table: header, rule, rows; columns separated by two spaces. */
export function textTable(columns: ReadonlyArray<TextColumn>, rows: ReadonlyArray<ReadonlyArray<string>>): string[] {
  const cut = (text: string, max?: number) => (max !== undefined && [...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text);
  const cells = rows.map((row) => columns.map((col, c) => cut(terminalText(row[c] ?? ''), col.maxWidth)));
  const widths = columns.map((col, c) => Math.max([...col.header].length, ...cells.map((row) => [...row[c]].length)));
  const pad = (text: string, c: number) => {
    const gap = ' '.repeat(widths[c] - [...text].length);
    return columns[c].align === 'right' ? gap + text : text + gap;
  };
  const line = (row: ReadonlyArray<string>) => row.map((text, c) => pad(text, c)).join('  ').trimEnd();
  return [line(columns.map((col) => col.header)), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)];
}
