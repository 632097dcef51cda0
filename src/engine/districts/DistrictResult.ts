import type { Measure } from '../indicators/Measure';
import type { Polarity } from '../indicators/Polarity';
import type { IntervalMethod } from '../stats/ConfidenceInterval';
import type { CountyComparisonWord } from './compareWithCounty';

/** One row of the Districts sheet after calculation. */
export interface DistrictRowResult {
  readonly sheet: string;
  /** 0-based sheet row. */
  readonly row: number;
  readonly district: string;
  readonly indicator: string;
  readonly period?: string;
  /** True for the county's own row (named as Settings `Home area`, or `County`, `Total`). */
  readonly isCounty: boolean;
  /** The rate (per the measure's multiplier) or proportion (a fraction); the Value when typed. */
  readonly rate?: number;
  readonly lower?: number;
  readonly upper?: number;
  readonly intervalMethod?: IntervalMethod;
  readonly count?: number;
  readonly population?: number;
  readonly countyRate?: number;
  readonly compared?: CountyComparisonWord;
  /** 1 = best among the districts for the indicator and period; ties share the better rank. */
  readonly rank?: number;
  /** True when Suppress below hides this row's figures (`*`). */
  readonly suppressed: boolean;
  /** True when an error stopped the row being calculated. */
  readonly notCalculated: boolean;
  readonly reason: string;
}

/** One indicator and period on the Districts sheet: the districts against the county. */
export interface DistrictGroupResult {
  readonly sheet: string;
  readonly indicator: string;
  readonly period?: string;
  readonly polarity: Polarity;
  readonly measure?: Measure;
  /** The value axis of a chart: the measure, e.g. "Rate per 1,000" ("Percentage", "Value"). */
  readonly unit: string;
  readonly countyRate?: number;
  readonly countySource: 'county row' | 'sum of districts' | 'none';
  /** The district rows (the county row left out), in sheet order. */
  readonly districts: ReadonlyArray<DistrictRowResult>;
  readonly county?: DistrictRowResult;
  /** Counts of each comparison word; `notCompared` for rows with a figure but no interval or county rate. */
  readonly tally: Readonly<Record<'better' | 'similar' | 'worse' | 'higher' | 'lower' | 'notCompared', number>>;
  /** One line for the Indicators sheet's District Comparison, e.g. "2 better, 4 similar, 1 worse (Charnwood)". */
  readonly summary: string;
}
