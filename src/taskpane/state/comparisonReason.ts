import { COUNTY_COMPARISON_WORDS } from '../../engine';
import type { DistrictGroupResult, IndicatorResult, PeerRankResult } from '../../engine';
import type { ComparisonKey } from './selectExplanation';

interface ComparisonInput {
  readonly comparison: ComparisonKey;
  readonly indicator: IndicatorResult;
  readonly peer?: PeerRankResult;
  readonly district?: DistrictGroupResult;
  /** The Districts sheet's periods for the indicator when none is its current period, so none fed the cell. */
  readonly districtPeriods?: ReadonlyArray<string>;
  /** The Confidence level setting the districts were compared at, e.g. 0.95. */
  readonly confidenceLevel: number;
}

export const COMPARISON_TITLES: Readonly<Record<ComparisonKey, string>> = {
  nearestNeighbour: 'Nearest Neighbour Comparison',
  countyComparison: 'County Comparison',
  districtComparison: 'District Comparison',
};

const FIFTHS = ['first', 'second', 'third', 'fourth', 'fifth'];

/**
 * Where an indicator's comparison cell comes from, in plain words: the Peers sheet's rank (Nearest
 * Neighbour `k/n`, County Comparison by fifths of the group), the Districts sheet's comparison with
 * the county, or the analyst's own typing when no sheet computed it.
 */
export function comparisonReason({ comparison, indicator, peer, district, districtPeriods, confidenceLevel }: ComparisonInput): string {
  if (comparison === 'districtComparison') {
    if (district) return districtReason(district, confidenceLevel);
    // As the engine (groupForPeriod): another period's line is never taken for the indicator's current period.
    const why = districtPeriods
      ? ` The Districts sheet has no ${indicator.current.period} figures for this indicator (it has ${districtPeriods.join(', ')}), and another period's figures are not used.`
      : '';
    return notComputed(indicator.districtComparison, 'Districts', why);
  }
  const ranked = peer?.rank !== undefined && peer.of !== undefined ? peer : undefined;
  const why = peer?.note ? ` The ${peer.sheet} sheet gives no rank for this indicator: ${peer.note}` : '';
  if (comparison === 'nearestNeighbour') {
    return ranked ? rankReason(ranked) : notComputed(indicator.nearestNeighbour, 'Peers', why);
  }
  const word = ranked?.countyComparison;
  if (!ranked || !word) return notComputed(indicator.countyComparison, 'Peers', why);
  const q = COUNTY_COMPARISON_WORDS.indexOf(word) + 1;
  return (
    `${word}: the rank ${ranked.rank}/${ranked.of} falls in the ${FIFTHS[q - 1]} fifth of the group ` +
    `(⌈5 × ${ranked.rank} ÷ ${ranked.of}⌉ = ${q}; the fifths are Top, Above Average, Average, Below Average, Bottom). ${rankReason(ranked)}`
  );
}

function rankReason(peer: PeerRankResult): string {
  const best = peer.polarity === 'Low is good' ? 'lowest' : 'highest';
  const period = peer.period ? ` for ${peer.period}` : '';
  return (
    `${peer.homeArea} ranks ${peer.rank} of the ${peer.of} areas with a figure${period} on the ${peer.sheet} sheet, its most similar group: ` +
    `1 is the best, here the ${best} figure (${peer.polarity.toLowerCase()}).`
  );
}

function districtReason(group: DistrictGroupResult, confidenceLevel: number): string {
  const level = `${Math.round(confidenceLevel * 1000) / 10}%`;
  const county = group.countySource === 'county row' ? "the county's own row" : group.countySource === 'sum of districts' ? 'the districts added together' : 'no county figure';
  const judged = group.polarity === 'Low is good' || group.polarity === 'High is good';
  const rule = judged
    ? `a district whose ${level} confidence interval lies wholly on the better side of the county rate (${group.polarity.toLowerCase()}) is Better, wholly on the worse side Worse, and overlapping it Similar`
    : `a district whose ${level} confidence interval lies wholly above the county rate is Higher, wholly below Lower, and overlapping it Similar (${group.polarity.toLowerCase()}: no better side)`;
  const words = judged ? ['Better', 'Similar', 'Worse'] : ['Higher', 'Similar', 'Lower'];
  const lists = words
    .map((word) => [word, group.districts.filter((d) => d.compared === word).map((d) => d.district)] as const)
    .filter(([, names]) => names.length > 0)
    .map(([word, names]) => `${word}: ${names.join(', ')}.`);
  const period = group.period ? ` for ${group.period}` : '';
  return [
    `"${group.summary}" sums up the districts on the ${group.sheet} sheet${period}, each compared with the county rate (from ${county}): ${rule}.`,
    ...lists,
  ].join(' ');
}

function notComputed(typed: string | undefined, sheet: 'Peers' | 'Districts', why: string): string {
  if (typed === undefined) return `Not compared: no ${sheet} sheet computed this for the indicator, and the cell was left blank.${why}`;
  return `"${typed}" was typed by the analyst on the Indicators sheet: no ${sheet} sheet computed this for the indicator, so it is shown as typed and not checked.${why}`;
}
