import type { Polarity } from '../indicators/Polarity';
import type { CountyComparison } from './countyComparisonFor';

/** One area's figure for an indicator on the Peers sheet. */
export interface PeerAreaResult {
  readonly row: number;
  readonly area: string;
  readonly value?: number;
  readonly rank?: number;
  readonly isHome: boolean;
}

/** The home area's place among its most similar group for one indicator. */
export interface PeerRankResult {
  readonly sheet: string;
  readonly indicator: string;
  readonly period?: string;
  readonly polarity: Polarity;
  readonly homeArea: string;
  /** The home area's rank, 1 = best; absent when no rank could be given (see `note`). */
  readonly rank?: number;
  /** Areas with a figure, the home area included. */
  readonly of?: number;
  /** `k/n` for the Indicators sheet's Nearest Neighbour Comparison. */
  readonly nearestNeighbour?: string;
  readonly countyComparison?: CountyComparison;
  readonly areas: ReadonlyArray<PeerAreaResult>;
  /** Why there is no rank, when there is none. */
  readonly note?: string;
}
