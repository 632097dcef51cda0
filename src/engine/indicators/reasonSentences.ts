import type { DirectionDecision } from './decideDirection';
import type { Direction, Rag } from '../CalculationResult';
import { FigureStyle, formatFigure, formatPercent, formatPercentBeside } from './formatFigure';
import type { Polarity } from './Polarity';
import type { RagDecision } from './progressRag';
import { rangeToText } from './parseRangeText';
import { RAG_NAMES } from '../dashboard/ragStyle';
import { memoise } from '../memo/memoise';

/**
 * The sentences every Reason is built from, so that every polarity and every path reads the same way:
 *   figures + band + judgement.  RAG.  [method note.]
 * e.g. "Rate rose 9.3% (47.21 → 51.61), beyond the ±5% stable band; low is good, so deteriorating.
 * Within the 15% red threshold: Amber."
 */

/**
 * A change or miss to one decimal, with more where one would put it on a limit the Reason reads it
 * against (a stable band, a red threshold) without it being on it: "rose 15.03%", not "rose 15%",
 * beside "Beyond the 15% red threshold: Red."
 */
const pct = (fraction: number, limit?: number, otherLimit?: number) => formatPercentBeside(fraction, 1, limit, otherLimit);

/**
 * A limit (the stable band, the red threshold) as set, up to four decimals like the changes read
 * against it, so a 7.25% band is not shown as 7.3%. The same on nearly every row: the last few are
 * remembered rather than formatted again for each Reason.
 */
const settingPct = memoise((fraction: number) => formatPercent(fraction, 4), 16);

/**
 * The same text as one flat string. Text joined with `+` is kept as a tree of its dozen or more pieces,
 * several times the size of the text, and every row's Reason lives to the end of the calculation: on
 * large sheets the garbage collector copying those trees was a large cost. Reading a character makes
 * V8 flatten the text in place (converting it to a number does not, once the code is optimised).
 */
export function flatText(text: string): string {
  void text.charCodeAt(0);
  return text;
}

/**
 * "Rate rose 9.3% (47.21 → 51.61)"; "Percentage unchanged (5.4% → 5.4%)"; "Count rose from 0 (0 → 5)".
 * `pair` is figurePair's bracket. `band` and `redThreshold` are the limits the rest of the Reason
 * quotes the change against, if any.
 */
export function figuresClause(subject: string, change: number | undefined, pair: string, rose: boolean, band?: number, redThreshold?: number): string {
  if (change === undefined) return `${subject} ${rose ? 'rose' : 'fell'} from 0 ${pair}`;
  if (change === 0) return `${subject} unchanged ${pair}`;
  return `${subject} ${change > 0 ? 'rose' : 'fell'} ${pct(Math.abs(change), band, redThreshold)} ${pair}`;
}

/**
 * "(47.21 → 51.61)"; for percentages the difference in points as well, "(28% → 37%, up 9 percentage
 * points)": a councillor reading "rose 32.1%" beside 28% and 37% may otherwise take it for points.
 */
export function figurePair(previous: string, current: string, pointsDifference?: number): string {
  if (pointsDifference === undefined || pointsDifference === 0) return `(${previous} → ${current})`;
  const points = formatPercent(Math.abs(pointsDifference), 1).slice(0, -1);
  return `(${previous} → ${current}, ${pointsDifference > 0 ? 'up' : 'down'} ${points} percentage ${points === '1' ? 'point' : 'points'})`;
}

const POLARITY_WORDS: Readonly<Record<Polarity, string>> = {
  'Low is good': 'low is good',
  'High is good': 'high is good',
  'In range': 'in range is good',
  'No judgement': 'no judgement is made for this indicator',
};

/**
 * The judgement clauses of the stable-band method for one tolerance, by variant (see
 * judgementVariant): the clause depends only on those few choices, so each is built once and shared
 * by every row that makes the same ones rather than joined again for each Reason.
 */
const stableBandJudgements = memoise((tolerance: number) => new Array<string | undefined>(JUDGEMENT_VARIANTS), 16);

const JUDGEMENT_VARIANTS = 2 * 3 * 4 * 2 * 2;
const POLARITY_INDEX: Readonly<Record<Polarity, number>> = { 'Low is good': 0, 'High is good': 1, 'In range': 2, 'No judgement': 3 };

/** Everything a stable-band judgement clause depends on, besides the tolerance, as one small number. */
function judgementVariant(decision: DirectionDecision, polarity: Polarity, polarityGiven: boolean, rangeGiven: boolean): number {
  const movement = decision.movement === 'better' ? 1 : decision.movement === 'worse' ? 2 : 0;
  return (decision.stable ? 1 : 0) + 2 * movement + 6 * POLARITY_INDEX[polarity] + 24 * (polarityGiven ? 1 : 0) + 48 * (rangeGiven ? 1 : 0);
}

/** ", beyond the ±5% stable band; low is good, so deteriorating." */
export function judgementClause(decision: DirectionDecision, polarity: Polarity, polarityGiven: boolean, tolerance: number, rangeGiven: boolean): string {
  if (decision.method === 'significance' && decision.significance) return buildJudgement(decision, polarity, polarityGiven, tolerance, rangeGiven);
  const known = stableBandJudgements(tolerance);
  const variant = judgementVariant(decision, polarity, polarityGiven, rangeGiven);
  return (known[variant] ??= flatText(buildJudgement(decision, polarity, polarityGiven, tolerance, rangeGiven)));
}

function buildJudgement(decision: DirectionDecision, polarity: Polarity, polarityGiven: boolean, tolerance: number, rangeGiven: boolean): string {
  const band = `the ±${settingPct(tolerance)} stable band`;
  const significance = decision.method === 'significance' ? decision.significance : undefined;
  if (decision.stable && significance) return `; the ${significance} includes no change: within what chance would give, so stable.`;
  if (decision.stable) return `, within ${band}, so stable.`;
  const beyond = significance ? `; the ${significance} excludes no change: statistically significant` : `, beyond ${band}`;
  if (!polarityGiven) return `${beyond}; no polarity is given, so no arrow.`;
  if (polarity === 'In range' && !rangeGiven) return `${beyond}; no range is given for this in-range indicator, so no arrow.`;
  if (!decision.movement) {
    return polarity === 'In range'
      ? `${beyond}, but no nearer to or further from the middle of the range, so stable.`
      : `${beyond}; ${POLARITY_WORDS[polarity]}, so no arrow.`;
  }
  const verdict = decision.movement === 'better' ? 'improving' : 'deteriorating';
  if (polarity === 'In range') {
    return `${beyond}; ${POLARITY_WORDS[polarity]} and it moved ${decision.movement === 'better' ? 'toward' : 'away from'} the middle, so ${verdict}.`;
  }
  return `${beyond}; ${POLARITY_WORDS[polarity]}, so ${verdict}.`;
}

/** The colour sentences judged by direction, for one red threshold, by direction and colour; built once each. */
const directionRagSentences = memoise((redThreshold: number) => new Array<string | undefined>(9), 16);
const DIRECTION_INDEX: Readonly<Record<Direction, number>> = { '↑': 0, '→': 1, '↓': 2 };
const RAG_INDEX: Readonly<Record<Rag, number>> = { G: 0, A: 1, R: 2 };

/** "Within the 15% red threshold: Amber." and the other colour sentences. */
export function ragSentence(decision: RagDecision, redThreshold: number, tolerance: number, style: FigureStyle, polarityGiven: boolean): string {
  switch (decision.basis) {
    case 'none':
      if (!polarityGiven) return 'No colour without a polarity.';
      return decision.why === 'no-range' ? 'No colour without a range.' : 'No colour: no judgement is made.';
    case 'target':
      if (decision.met) return `Target ${formatFigure(decision.target, style)} met: ${RAG_NAMES[decision.rag]}.`;
      return `Target ${formatFigure(decision.target, style)} missed by ${Number.isFinite(decision.miss) ? pct(decision.miss, tolerance) : 'more than the target'}, ${decision.rag === 'A' ? 'within' : 'beyond'} the ±${settingPct(tolerance)} tolerance: ${RAG_NAMES[decision.rag]}.`;
    case 'range': {
      const range = rangeToText(decision.range);
      if (decision.inside) return `Inside the range ${range}: ${RAG_NAMES[decision.rag]}.`;
      return `Outside the range ${range}, ${decision.rag === 'A' ? 'within' : 'beyond'} the ${settingPct(tolerance)} tolerance: ${RAG_NAMES[decision.rag]}.`;
    }
    case 'direction': {
      const known = directionRagSentences(redThreshold);
      return (known[3 * DIRECTION_INDEX[decision.direction] + RAG_INDEX[decision.rag]] ??= flatText(directionRagSentence(decision.direction, decision.rag, redThreshold)));
    }
  }
}

function directionRagSentence(direction: Direction, rag: Rag, redThreshold: number): string {
  if (direction === '↑') return `Improving: ${RAG_NAMES[rag]}.`;
  if (direction === '→') return `Stable: ${RAG_NAMES[rag]}.`;
  return `${rag === 'R' ? 'Beyond' : 'Within'} the ${settingPct(redThreshold)} red threshold: ${RAG_NAMES[rag]}.`;
}

/** "Not compared: the current figure covers a part year (Q3 tracking)." */
export function notComparableSentence(whys: ReadonlyArray<string>): string {
  return `Not compared: ${whys.join('; and ')}. No change, arrow or colour is given.`;
}

/** "No comparison: there is no previous figure." */
export function noDataSentence(previousMissing: boolean, currentMissing: boolean): string {
  const which = previousMissing && currentMissing ? 'no previous or current figure' : previousMissing ? 'no previous figure' : 'no current figure';
  return `No comparison: there is ${which}.`;
}

/** "Not calculated: see the error at E7." */
export function notCalculatedSentence(cells: ReadonlyArray<string>): string {
  return `Not calculated: see the ${cells.length === 1 ? 'error' : 'errors'} at ${cells.join(', ')}.`;
}

/** The subject of the figures clause, from the measure. */
export function subjectFor(measure: string | undefined, isPercent: boolean): string {
  if (measure?.startsWith('Rate')) return 'Rate';
  if (measure === 'Percentage' || isPercent) return 'Percentage';
  if (measure === 'Count' || measure === 'Ratio' || measure === 'Score') return measure;
  return 'Figure';
}
