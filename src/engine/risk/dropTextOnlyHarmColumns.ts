import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import { SheetGrid, cellAt, numberFormatAt } from '../grid/CellGrid';
import { cellAddress } from '../grid/address';
import type { LocatedColumn, LocatedTable } from '../sheets/locateTable';
import { parseCellValue } from '../values/parseCellValue';
import type { ScoreScale } from './RiskSettings';
import { formatRiskNumber } from './formatRiskNumber';

/**
 * Leaves out the harm columns whose filled cells are all words, none a score: "Harm reduction lead"
 * starts with the word Harm but names a person. Such a column is reported once on its header (warning
 * R011), not as an error on every row. It is kept when no other harm column would remain, so each row
 * still says what is wrong with its cell.
 */
export function dropTextOnlyHarmColumns(
  grid: SheetGrid,
  table: LocatedTable,
  harms: ReadonlyArray<LocatedColumn>,
  harmScale: ScoreScale,
): { harms: ReadonlyArray<LocatedColumn>; findings: ReadonlyArray<Finding> } {
  const textOnly = harms.filter((h) => holdsOnlyText(grid, table, h.column));
  if (textOnly.length === 0 || textOnly.length === harms.length) return { harms, findings: [] };
  const range = `${formatRiskNumber(harmScale.min)}-${formatRiskNumber(harmScale.max)}`;
  return {
    harms: harms.filter((h) => !textOnly.includes(h)),
    findings: textOnly.map((h) => makeFinding('riskHarmColumnOnlyText', { sheet: grid.name, cell: cellAddress(table.headerRow, h.column) }, {
      raw: h.header, range, expected: `harm scores from ${range}`,
    })),
  };
}

/** True when the column has text that is not a number and nothing else but blanks or `-`; a real harm column stops at its first score. */
function holdsOnlyText(grid: SheetGrid, table: LocatedTable, column: number): boolean {
  let text = false;
  for (let row = table.firstRow; row < table.endRow; row++) {
    const value = cellAt(grid, row, column);
    if (value === null) continue;
    if (typeof value !== 'string') return false;
    const parsed = parseCellValue(value, numberFormatAt(grid, row, column));
    if (parsed.kind === 'no-data') continue;
    if (parsed.kind !== 'unreadable' || parsed.reason !== 'not-a-number') return false;
    text = true;
  }
  return text;
}
