import type { Direction, FigureResult, IndicatorResult, Rag } from '../CalculationResult';

/** What is known of a row once it is scored: everything but what the whole sheet decides. */
export interface ScoredFields {
  readonly previousRate: number | undefined;
  readonly currentRate: number | undefined;
  readonly changePercent: number | undefined;
  readonly direction: Direction | undefined;
  readonly rag: Rag | undefined;
  readonly reason: string;
  readonly notLikeForLike: boolean;
  readonly footnotes: ReadonlyArray<string>;
}

/**
 * An IndicatorResult with every field present from the start, assigned in the order the JSON summary
 * shows them (an absent one holds undefined, which JSON leaves out). Every row then has one object
 * shape, and what only the whole sheet decides (the outcome's overall RAG, the typed comparisons) is
 * filled in place: adding those fields one by one grew each row's object several times.
 */
export class IndicatorResultRecord implements IndicatorResult {
  readonly sheet: string;
  readonly row: number;
  readonly outcome: string;
  readonly indicator: string;
  readonly measure: string;
  readonly polarity: string;
  readonly previous: FigureResult;
  readonly current: FigureResult;
  readonly previousRate: number | undefined;
  readonly currentRate: number | undefined;
  readonly changePercent: number | undefined;
  readonly direction: Direction | undefined;
  readonly rag: Rag | undefined;
  overallRag: Rag | undefined;
  nearestNeighbour: string | undefined;
  countyComparison: string | undefined;
  districtComparison: string | undefined;
  readonly reason: string;
  readonly notLikeForLike: boolean;
  readonly footnotes: ReadonlyArray<string>;

  constructor(
    identity: Pick<IndicatorResult, 'sheet' | 'row' | 'outcome' | 'indicator' | 'measure' | 'polarity' | 'previous' | 'current'>,
    scored: ScoredFields,
  ) {
    this.sheet = identity.sheet;
    this.row = identity.row;
    this.outcome = identity.outcome;
    this.indicator = identity.indicator;
    this.measure = identity.measure;
    this.polarity = identity.polarity;
    this.previous = identity.previous;
    this.current = identity.current;
    this.previousRate = scored.previousRate;
    this.currentRate = scored.currentRate;
    this.changePercent = scored.changePercent;
    this.direction = scored.direction;
    this.rag = scored.rag;
    this.overallRag = undefined;
    this.nearestNeighbour = undefined;
    this.countyComparison = undefined;
    this.districtComparison = undefined;
    this.reason = scored.reason;
    this.notLikeForLike = scored.notLikeForLike;
    this.footnotes = scored.footnotes;
  }
}
