import type { Finding } from '../findings/Finding';
import { cellAddress } from '../grid/address';
import { SheetGrid, cellAt, numberFormatAt } from '../grid/CellGrid';
import type { IndicatorRow } from '../indicators/IndicatorRow';
import type { Settings } from '../settings/Settings';
import { LocatedTable, cellText } from '../sheets/locateTable';
import { negativeFigureFindings } from './negativeFigureFindings';
import { percentageFindings } from './percentageFindings';
import { periodMismatchFindings } from './periodMismatchFindings';
import { impossibleRank, rankFinding } from './rankOutOfRangeFinding';
import { smallCountFindings } from './smallCountFindings';
import { TextColumn, textCellErrorFindings } from './textCellErrorFindings';
import { unitSlipFinding } from './unitSlipFinding';
import { typedValueFindings } from './typedValueFindings';
import { LimitSource, percentScaleFinding } from './percentScaleFinding';

const TEXT_COLUMNS = [
  { key: 'outcome', what: 'outcome' },
  { key: 'indicator', what: 'indicator name' },
  { key: 'measure', what: 'measure' },
  { key: 'polarity', what: 'polarity' },
  { key: 'previousPeriod', what: 'previous period' },
  { key: 'currentPeriod', what: 'current period' },
  { key: 'nearestNeighbour', what: 'Nearest Neighbour Comparison', example: '4/9' },
  { key: 'countyComparison', what: 'County Comparison', example: 'Above Average' },
  { key: 'districtComparison', what: 'District Comparison', example: '3 better, 2 similar, 2 worse' },
] as const satisfies ReadonlyArray<{ key: string; what: string; example?: string }>;

/**
 * The checks on one read Indicators row beyond reading its cells (issue 5): unit slips, impossible
 * percentages and negative figures, an impossible typed Nearest Neighbour rank, a period cell that
 * contradicts its header, a typed value its counts do not give, Excel errors in text columns, and small counts. Errors among them block
 * the row's scoring like any reading error. The sheet's columns are looked up once, not per row.
 */
export class IndicatorRowChecks {
  private readonly textColumns: ReadonlyArray<TextColumn>;
  private readonly nearestNeighbour: number | undefined;
  private readonly periodColumns: { previous?: number; current?: number };
  private readonly limitColumns: { target?: number; rangeLow?: number; rangeHigh?: number; indicator?: number };

  constructor(
    private readonly grid: SheetGrid,
    private readonly table: LocatedTable,
    private readonly settings: Settings,
  ) {
    const column = (key: string) => table.columns.get(key)?.[0]?.column;
    const textColumns: TextColumn[] = [];
    for (const spec of TEXT_COLUMNS) {
      const c = column(spec.key);
      if (c !== undefined) textColumns.push({ column: c, what: spec.what, ...('example' in spec ? { example: spec.example } : {}) });
    }
    this.textColumns = textColumns;
    this.nearestNeighbour = column('nearestNeighbour');
    this.periodColumns = { previous: column('previousPeriod'), current: column('currentPeriod') };
    this.limitColumns = { target: column('target'), rangeLow: column('rangeLow'), rangeHigh: column('rangeHigh'), indicator: column('indicator') };
  }

  /** Appends the row's findings to `findings`, in the order the checks are listed above. */
  check(row: IndicatorRow, findings: Finding[]): void {
    const sheet = this.grid.name;
    textCellErrorFindings(this.grid, row.row, this.textColumns, findings);
    const slip = unitSlipFinding(sheet, row);
    if (slip) findings.push(slip);
    else percentageFindings(sheet, row, findings);
    negativeFigureFindings(sheet, row, findings);
    const nn = this.nearestNeighbour;
    if (nn !== undefined) {
      // The address is only spelled out for a finding: most ranks are possible.
      const text = cellText(cellAt(this.grid, row.row, nn));
      const rank = impossibleRank(text);
      if (rank) findings.push(rankFinding({ sheet, cell: cellAddress(row.row, nn) }, text, rank));
    }
    periodMismatchFindings(sheet, row, this.table.headerRow, this.periodColumns, findings);
    typedValueFindings(sheet, row, findings);
    if (row.measure === 'Percentage' && (row.target !== undefined || row.range !== undefined)) {
      const columns = this.limitColumns;
      const target = row.target === undefined ? undefined : this.limitSource(row.row, [[columns.target, row.target]]);
      const range = row.range === undefined ? undefined : this.limitSource(row.row, [[columns.rangeLow, row.range.low], [columns.rangeHigh, row.range.high]]);
      const slip = percentScaleFinding(sheet, row, target, range);
      if (slip) findings.push(slip);
    }
    smallCountFindings(sheet, row, this.settings.smallNumberThreshold, findings);
  }

  /**
   * The cell a limit was typed in: the first of its cells holding a figure above 1 typed without %
   * (28% in Range low beside 40 in Range high is a slip in Range high only), else the first filled
   * one; else the Indicator cell (the figure came from Settings, where a Percentage indicator's limit
   * above 1 can only be percentage points: it was read as a number).
   */
  private limitSource(row: number, limits: ReadonlyArray<readonly [column: number | undefined, value: number]>): LimitSource | undefined {
    let firstFilled: LimitSource | undefined;
    for (const [column, value] of limits) {
      if (column === undefined) continue;
      const text = cellText(cellAt(this.grid, row, column)).trim();
      if (text === '') continue;
      const typedAsPercent = text.includes('%') || (numberFormatAt(this.grid, row, column)?.includes('%') ?? false);
      const source = { cell: cellAddress(row, column), fromSettings: false, typedAsPercent };
      if (!typedAsPercent && value > 1) return source;
      firstFilled ??= source;
    }
    if (firstFilled) return firstFilled;
    const indicator = this.limitColumns.indicator;
    return indicator === undefined ? undefined : { cell: cellAddress(row, indicator), fromSettings: true, typedAsPercent: false };
  }
}

/** The same checks for a single row, as a new list. */
export function indicatorRowFindings(grid: SheetGrid, table: LocatedTable, row: IndicatorRow, settings: Settings): Finding[] {
  const findings: Finding[] = [];
  new IndicatorRowChecks(grid, table, settings).check(row, findings);
  return findings;
}
