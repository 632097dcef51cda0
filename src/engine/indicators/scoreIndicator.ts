import type { Direction, Rag } from '../CalculationResult';
import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import type { Settings } from '../settings/Settings';
import type { NotComparable } from './assessLikeForLike';
import { DirectionInputs, decideDirection } from './decideDirection';
import { FigureStyle, formatFigure, formatPercent, formatPercentBeside } from './formatFigure';
import type { IndicatorRow, SideFigure } from './IndicatorRow';
import { memoise } from '../memo/memoise';
import { progressRag } from './progressRag';
import { smallNumberSentence, suppressedFiguresClause, suppressedOr } from './smallNumberSentence';
import { SUPPRESSED } from '../districts/isSuppressedCount';
import {
  figurePair,
  figuresClause,
  flatText,
  judgementClause,
  noDataSentence,
  notCalculatedSentence,
  notComparableSentence,
  ragSentence,
  subjectFor,
} from './reasonSentences';

/** What the engine concluded for one row. */
export interface IndicatorScore {
  readonly changePercent?: number;
  readonly direction?: Direction;
  readonly rag?: Rag;
  readonly reason: string;
  readonly notLikeForLike: boolean;
  /** Findings the scoring itself raised (the sanity bound). */
  readonly findings: ReadonlyArray<Finding>;
}

/**
 * A judgement clause and colour sentence joined, for the pairs that recur row after row (the same
 * stable band, polarity and colour). A Reason is then its own figures followed by one shared ending,
 * about half the memory of a separate copy of the whole text for every row of a large sheet.
 */
const reasonEnding = memoise((judgement: string) => memoise((colour: string) => flatText(`${judgement} ${colour}`), 64), 64);

/** The interval named in place of its figures when a figure is suppressed. */
const HIDDEN_INTERVAL = 'confidence interval of the change';

/** Shared by the rows whose scoring raises nothing (nearly all); never written to. */
const NO_FINDINGS: ReadonlyArray<Finding> = [];

function figureStyle(row: IndicatorRow): FigureStyle {
  if (row.measure === 'Percentage' || row.previous.isPercent || row.current.isPercent) return 'percent';
  if (row.measure === 'Count') return 'plain';
  return row.previous.fromCounts || row.current.fromCounts ? 'rate' : 'plain';
}

/** The cell a side's figure stands in: its count cell when worked out from counts with no typed value. */
function figureCell(side: SideFigure): string {
  return side.fromCounts && side.typedValue === undefined && side.countCell !== undefined ? side.countCell : side.cell;
}

/** Change %, arrow, RAG and Reason for one row (contract §8a). */
export function scoreIndicator(sheet: string, row: IndicatorRow, notComparable: ReadonlyArray<NotComparable>, settings: Settings): IndicatorScore {
  if (row.blocked) {
    const cells = [...new Set(row.findings.filter((f) => f.severity === 'error').map((f) => f.cell))];
    return { reason: notCalculatedSentence(cells), notLikeForLike: false, findings: [] };
  }
  const previous = row.previous.value;
  const current = row.current.value;
  if (previous === undefined || current === undefined) {
    return { reason: noDataSentence(previous === undefined, current === undefined), notLikeForLike: false, findings: [] };
  }
  if (notComparable.length > 0) {
    return { reason: notComparableSentence(notComparable.map((n) => n.why)), notLikeForLike: true, findings: [] };
  }

  const changePercent = previous === 0 ? (current === 0 ? 0 : undefined) : (current - previous) / Math.abs(previous);
  const relativeChange = changePercent ?? (current > 0 ? Infinity : -Infinity);
  const counts = row.previous.fromCounts && row.current.fromCounts && row.previous.denominator !== undefined && row.current.denominator !== undefined;
  const inputs: { -readonly [K in keyof DirectionInputs]: DirectionInputs[K] } = {
    previous,
    current,
    relativeChange,
    polarity: row.polarity,
    range: row.range,
    tolerance: row.tolerance,
    confidenceLevel: settings.confidenceLevel,
  };
  // Only the significance method (and its fallback note) reads the counts.
  if (counts && settings.directionMethod === 'significance') {
    inputs.previousCount = { count: row.previous.count!, denominator: row.previous.denominator! };
    inputs.currentCount = { count: row.current.count!, denominator: row.current.denominator! };
    inputs.countKind = row.measure === 'Percentage' ? 'proportion' : 'rate';
  } else if (row.measure === 'Count' && row.previous.fromCounts && row.current.fromCounts) {
    inputs.countsWithoutBase = true;
  }
  const decision = decideDirection(settings.directionMethod, inputs);
  const rag = progressRag({
    current,
    polarity: row.polarity,
    direction: decision.direction,
    relativeChange,
    target: row.target,
    range: row.range,
    tolerance: row.tolerance,
    redThreshold: settings.redThreshold,
  });

  const style = figureStyle(row);
  const previousShown = formatFigure(previous, style);
  const currentShown = formatFigure(current, style);
  const previousText = suppressedOr(row.previous, previousShown, settings.suppressBelow);
  const currentText = suppressedOr(row.current, currentShown, settings.suppressBelow);
  // With a figure hidden by Suppress below, the change and the interval would give it back: neither is quoted.
  const hidden = previousText === SUPPRESSED || currentText === SUPPRESSED;
  const subject = subjectFor(row.measure, style === 'percent');
  const judged = hidden && decision.significance !== undefined ? { ...decision, significance: HIDDEN_INTERVAL } : decision;
  // The limits the judgement and colour sentences quote the change against (see judgementClause, ragSentence).
  const band = judged.method === 'significance' && judged.significance ? undefined : row.tolerance;
  const red = rag.basis === 'direction' && rag.direction === '↓' ? settings.redThreshold : undefined;
  const figures = hidden ? suppressedFiguresClause(subject, previousText, currentText, current - previous) : figuresClause(subject, changePercent, figurePair(previousText, currentText, style === 'percent' ? current - previous : undefined), current > previous, band, red);
  const judgement = judgementClause(judged, row.polarity, row.polarityGiven, row.tolerance, row.range !== undefined);
  const colour = ragSentence(rag, settings.redThreshold, row.tolerance, style, row.polarityGiven);
  // Most rows end in a judgement and colour sentence shared with many others (see reasonEnding).
  const shared = decision.significance === undefined && (rag.basis === 'direction' || rag.basis === 'none');
  let reason = shared ? flatText(figures) + reasonEnding(judgement)(colour) : flatText(`${figures}${judgement} ${colour}`);
  if (decision.fallbackNote !== undefined) reason += ' ' + decision.fallbackNote;
  const smallNumbers = smallNumberSentence(row.previous, row.current, settings);
  if (smallNumbers !== undefined) reason += ' ' + smallNumbers;

  let findings = NO_FINDINGS;
  if (Math.abs(relativeChange) > settings.sanityBound + 1e-12) {
    findings = [
      makeFinding('changeBeyondSanityBound', { sheet, cell: figureCell(row.current) }, {
        change: changePercent === undefined ? 'a rise from zero' : `${changePercent > 0 ? '+' : '-'}${formatPercentBeside(Math.abs(changePercent), 1, settings.sanityBound)}`,
        previous: previousShown,
        current: currentShown,
        bound: formatPercent(settings.sanityBound, 4),
        raw: row.current.display,
      }),
    ];
  }
  return {
    changePercent,
    direction: decision.direction,
    rag: rag.basis === 'none' ? undefined : rag.rag,
    reason,
    notLikeForLike: false,
    findings,
  };
}
