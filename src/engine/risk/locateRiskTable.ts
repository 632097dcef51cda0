import { SheetGrid, cellAt } from '../grid/CellGrid';
import { ColumnSpec, LocatedColumn, LocatedTable, cellText, locateTable } from '../sheets/locateTable';
import { normaliseHeaderText } from '../sheets/normaliseHeader';
import { startsWithWord } from '../text/startsWithWord';

/** Output columns in the order they are added to the right of the table. */
export const RISK_OUTPUT_COLUMNS = [
  { key: 'harmScore', canonical: 'Harm score' },
  { key: 'riskScore', canonical: 'Risk score', synonyms: ['Overall risk score'] },
  { key: 'riskRating', canonical: 'Risk rating', synonyms: ['Rating'] },
  { key: 'riskRank', canonical: 'Risk rank', synonyms: ['Rank'] },
  { key: 'reason', canonical: 'Reason' },
] as const satisfies ReadonlyArray<ColumnSpec>;

export type RiskOutputKey = (typeof RISK_OUTPUT_COLUMNS)[number]['key'];

const HARM_PREFIX = 'harm';
const HARM_SCORE_OUTPUT = 'harm score';

/**
 * The Risk Matrix columns (contract §5). Output specs come before the `Harm` prefix so that the output
 * header `Harm score` is never taken for a partner's harm column.
 */
export const RISK_COLUMN_SPECS: ReadonlyArray<ColumnSpec> = [
  { key: 'category', canonical: 'Category', synonyms: ['Crime or incident type', 'Crime/incident type', 'Crime type', 'Incident type'] },
  { key: 'volume', canonical: 'Volume', synonyms: ['Volume (12 months)'] },
  { key: 'probability', canonical: 'Probability', synonyms: ['Probability score', 'Likelihood'] },
  { key: 'period', canonical: 'Period' },
  ...RISK_OUTPUT_COLUMNS,
  { key: 'harm', canonical: 'Harm', prefix: true },
];

/** An output column the sheet already has: where it is and its header as typed. */
export type ExistingColumn = Pick<LocatedColumn, 'column' | 'header'>;

export interface RiskTable {
  readonly table: LocatedTable;
  /** One per partner's harm column, left to right. */
  readonly harmColumns: ReadonlyArray<LocatedColumn>;
  /** Existing output columns by key. */
  readonly outputs: Partial<Record<RiskOutputKey, ExistingColumn>>;
}

/**
 * A harm input is any header starting with the word "Harm" except the output `Harm score` itself. A
 * partner column labelled "Harm score (Police)" is an input: only the bare header is the output.
 * "Harmful drinking notes" is not: "Harm" must be a whole word.
 */
function isHarmInput(header: string): boolean {
  const text = normaliseHeaderText(header);
  return startsWithWord(text, HARM_PREFIX) && text !== HARM_SCORE_OUTPUT;
}

/**
 * True when the only harm header among `headers` is the output `Harm score`: the published appendix
 * keyed as printed, with the mean but not the partners' own scores.
 */
export function hasOnlyOutputHarmScore(headers: ReadonlyArray<string>): boolean {
  return headers.some((h) => normaliseHeaderText(h) === HARM_SCORE_OUTPUT) && !headers.some(isHarmInput);
}

export function harmColumnsOf(grid: SheetGrid, headerRow: number): LocatedColumn[] {
  const columns: LocatedColumn[] = [];
  const width = grid.values[headerRow]?.length ?? 0;
  for (let column = 0; column < width; column++) {
    const header = cellText(cellAt(grid, headerRow, column)).trim();
    if (header !== '' && isHarmInput(header)) columns.push({ key: 'harm', column, header });
  }
  return columns;
}

/** A header row is a Risk Matrix's when it holds `Category`, `Probability` or `Volume`, and a harm column. */
export function isRiskTableComplete(found: ReadonlyMap<string, ReadonlyArray<LocatedColumn>>): boolean {
  if (!found.has('category') || !(found.has('probability') || found.has('volume'))) return false;
  return found.has('harm') || (found.get('harmScore') ?? []).some((c) => isHarmInput(c.header));
}

/**
 * Recognises a Risk Matrix by its header row: `Category`, `Probability` or `Volume`, and at least one
 * harm column. Undefined when the sheet is not one.
 */
export function locateRiskTable(grid: SheetGrid): RiskTable | undefined {
  const table = locateTable(grid, RISK_COLUMN_SPECS, isRiskTableComplete);
  if (!table) return undefined;
  return { table, harmColumns: harmColumnsOf(grid, table.headerRow), outputs: outputColumnsOf(grid, table.headerRow) };
}

/** Existing output columns, matched on the whole header so "Harm score (Police)" never counts. */
export function outputColumnsOf(grid: SheetGrid, headerRow: number): Partial<Record<RiskOutputKey, ExistingColumn>> {
  const outputs: Partial<Record<RiskOutputKey, ExistingColumn>> = {};
  const width = grid.values[headerRow]?.length ?? 0;
  for (let column = 0; column < width; column++) {
    const header = cellText(cellAt(grid, headerRow, column)).trim();
    const text = normaliseHeaderText(header);
    const spec = RISK_OUTPUT_COLUMNS.find((s) => [s.canonical, ...('synonyms' in s ? s.synonyms : [])].some((n) => normaliseHeaderText(n) === text));
    if (spec !== undefined && outputs[spec.key] === undefined) outputs[spec.key] = { column, header };
  }
  return outputs;
}
