import type { CalculationResult, Direction, IndicatorResult, Rag } from '../CalculationResult';
import { NOT_CALCULATED_MARK, NOT_LIKE_FOR_LIKE_MARK } from './ragStyle';
import { trimmed } from './trimmed';

type Align = 'left' | 'center';

/**
 * How one medium draws the Appendix 1 table's cells (the report model's ReportCell, the Dashboard
 * sheet's OutputCell). Which cell goes where, and how it is styled, is decided by layOutReportRows
 * alone, so every medium shows the same table.
 */
export interface ReportCellDrawing<C> {
  /** Text (blank when ''); rowSpan > 1 for an outcome's name merged over its rows. */
  text(text: string, align: Align, rowSpan: number, bold: boolean, italic: boolean): C;
  /** A RAG letter on its fill, or a blank centred cell without a rating. */
  rag(rag: Rag | undefined, rowSpan: number): C;
  /** The two cells under an outcome's merged name and Overall RAG. */
  readonly covered: readonly [C, C];
}

const NOT_LIKE_FOR_LIKE_TEXT = `${NOT_LIKE_FOR_LIKE_MARK} Not like-for-like`;
const NOT_CALCULATED_TEXT = `${NOT_CALCULATED_MARK} Not calculated`;

/** The cells that recur on many rows, drawn once per medium and shared (no medium changes a cell). */
interface SharedCells<C> {
  readonly noRag: C;
  readonly rags: Readonly<Record<Rag, C>>;
  readonly directions: Readonly<Record<Direction, C>>;
  readonly notLikeForLike: C;
  readonly notCalculated: C;
  readonly noComparison: Readonly<Record<Align, C>>;
}

/** A drawing with its shared cells; make one per medium, once. */
export interface ReportTableStyle<C> {
  readonly draw: ReportCellDrawing<C>;
  readonly shared: SharedCells<C>;
}

export function reportTableStyle<C>(draw: ReportCellDrawing<C>): ReportTableStyle<C> {
  const arrow = (direction: Direction) => draw.text(direction, 'center', 1, true, false);
  return {
    draw,
    shared: {
      noRag: draw.rag(undefined, 1),
      rags: { G: draw.rag('G', 1), A: draw.rag('A', 1), R: draw.rag('R', 1) },
      directions: { '↑': arrow('↑'), '→': arrow('→'), '↓': arrow('↓') },
      notLikeForLike: draw.text(NOT_LIKE_FOR_LIKE_TEXT, 'center', 1, false, true),
      notCalculated: draw.text(NOT_CALCULATED_TEXT, 'center', 1, false, true),
      noComparison: { center: draw.text('-', 'center', 1, false, false), left: draw.text('-', 'left', 1, false, false) },
    },
  };
}

function directionCell<C>({ draw, shared }: ReportTableStyle<C>, indicator: IndicatorResult): C {
  // A mark in words, not a blank cell, so a reader can tell why there is no arrow or colour.
  if (indicator.blocked) return shared.notCalculated;
  if (indicator.notLikeForLike) return shared.notLikeForLike;
  const direction = indicator.direction;
  // An empty direction cell looks like an empty RAG cell: blank, centred, not bold.
  if (direction === undefined) return shared.noRag;
  return shared.directions[direction] ?? draw.text(direction, 'center', 1, true, false);
}

function progressCell<C>({ draw, shared }: ReportTableStyle<C>, indicator: IndicatorResult): C {
  const rag = indicator.notLikeForLike || indicator.blocked ? undefined : indicator.rag;
  return rag ? (shared.rags[rag] ?? draw.rag(rag, 1)) : shared.noRag;
}

/** A comparison as typed, "-" when blank. */
function comparisonCell<C>({ draw, shared }: ReportTableStyle<C>, typed: string | undefined, align: Align): C {
  const text = typed ? trimmed(typed) : '';
  return text === '' ? shared.noComparison[align] : draw.text(text, align, 1, false, false);
}

/**
 * The board's Appendix 1 table, row by row: one row per indicator in sheet order, each outcome's
 * name and Overall Progress RAG spanning its consecutive rows. `addRow` gets each row's cells and
 * the span of the outcome cells that start on it (0 on the rows beneath them).
 */
export function layOutReportRows<C>(
  result: CalculationResult,
  style: ReportTableStyle<C>,
  addRow: (indicator: IndicatorResult, cells: C[], leadSpan: number) => void,
): void {
  const { draw } = style;
  const indicators = result.indicators;
  const overallByOutcome = new Map(result.outcomes.map((o) => [o.outcome, o.overallRag]));
  let start = 0;
  while (start < indicators.length) {
    const outcome = indicators[start].outcome;
    let end = start + 1;
    while (end < indicators.length && indicators[end].outcome === outcome) end++;
    const span = end - start;
    const overall = overallByOutcome.get(outcome) ?? indicators[start].overallRag;
    for (let i = start; i < end; i++) {
      const indicator = indicators[i];
      const first = i === start;
      const cells = [
        first ? draw.text(outcome, 'left', span, true, false) : draw.covered[0],
        first ? draw.rag(overall, span) : draw.covered[1],
        draw.text(indicator.indicator, 'left', 1, false, false),
        draw.text(indicator.previous.display, 'center', 1, false, false),
        draw.text(indicator.current.display, 'center', 1, false, false),
        directionCell(style, indicator),
        progressCell(style, indicator),
        comparisonCell(style, indicator.nearestNeighbour, 'center'),
        comparisonCell(style, indicator.countyComparison, 'center'),
        comparisonCell(style, indicator.districtComparison, 'left'),
      ];
      addRow(indicator, cells, first ? span : 0);
    }
    start = end;
  }
}
