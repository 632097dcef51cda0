import type { Polarity } from '../indicators/Polarity';
import type { Settings } from '../settings/Settings';
import type { CountyComparisonWord } from './compareWithCounty';
import type { DistrictGroupResult } from './DistrictResult';
import { formatMeasured, levelText } from './formatMeasured';
import type { FigureKind, MeasuredFigure } from './measuredFigure';
import type { RankOrder } from './rankByPolarity';

export interface DistrictReasonInput {
  readonly figure?: MeasuredFigure;
  readonly countyRate?: number;
  readonly countySource: DistrictGroupResult['countySource'];
  readonly compared?: CountyComparisonWord;
  readonly rank?: number;
  readonly of: number;
  readonly order: RankOrder;
  readonly polarity: Polarity;
  readonly kind: FigureKind;
  readonly settings: Pick<Settings, 'smallNumberThreshold' | 'suppressBelow' | 'confidenceLevel'>;
  readonly suppressed: boolean;
}

const COMPARED_WORDS: Record<CountyComparisonWord, string> = {
  Better: 'better than the county',
  Worse: 'worse than the county',
  Similar: 'similar to the county',
  Higher: 'higher than the county',
  Lower: 'lower than the county',
};

/**
 * The plain-English Reason of a district row: its figure and interval against the county, the
 * comparison word and why, its rank, and the small-number and suppression notes (issue 3 §2, §6).
 */
export function districtReason(input: DistrictReasonInput): string {
  const { figure, countyRate, kind, settings } = input;
  if (figure === undefined) return 'No figure for this district (no data).';
  const show = (v: number) => formatMeasured(v, kind);
  const parts: string[] = [];
  const hidden = input.suppressed;
  const countyText = countyRate === undefined ? undefined : `${show(countyRate)} (${input.countySource === 'county row' ? 'county row' : 'all districts together'})`;

  if (hidden) {
    parts.push(`Figures suppressed: the count is below ${settings.suppressBelow} (Suppress below).`);
  } else if (figure.interval) {
    const ci = figure.interval;
    parts.push(`${show(figure.value)} (${levelText(ci.level)} CI ${show(ci.lower)} to ${show(ci.upper)}, ${ci.method}).`);
  } else {
    parts.push(`${show(figure.value)}, given as a value without its count, so it has no confidence interval.`);
  }

  if (countyText === undefined) {
    parts.push('No county rate, so not compared with the county.');
  } else if (input.compared === undefined) {
    parts.push(`County ${countyText}: not compared, because there is no interval to test against it.`);
  } else {
    const why = input.compared === 'Similar'
      ? 'the interval includes the county rate'
      : `the interval lies wholly ${figure.interval!.lower > countyRate! ? 'above' : 'below'} the county rate`;
    const judgement = input.polarity === 'Low is good' || input.polarity === 'High is good' ? ` (${input.polarity.toLowerCase()})` : ' (no judgement)';
    parts.push(`County ${countyText}: ${why}, so ${COMPARED_WORDS[input.compared]}${input.compared === 'Similar' ? '' : judgement}.`);
  }

  if (input.rank !== undefined) {
    const orderText = input.order === 'lowest first' ? 'lowest is best' : input.polarity === 'High is good' ? 'highest is best' : 'highest first, no judgement';
    parts.push(`Rank ${input.rank} of ${input.of} (${orderText}).`);
  }
  if (figure.count !== undefined && figure.count < settings.smallNumberThreshold && !hidden) {
    parts.push(`Only ${figure.count} events: a rate from fewer than ${settings.smallNumberThreshold} is unstable.`);
  } else if (figure.count !== undefined && figure.count < settings.smallNumberThreshold) {
    parts.push(`A rate from fewer than ${settings.smallNumberThreshold} events is unstable.`);
  }
  return parts.join(' ');
}
