import type { Rag } from '../CalculationResult';
import type { Settings } from '../settings/Settings';
import { NOT_CALCULATED_MARK, NOT_LIKE_FOR_LIKE_MARK, RAG_NAMES } from './ragStyle';

export interface KeyEntry {
  /** An arrow, a RAG letter, "Overall" or a row mark (‡, §). */
  readonly symbol: string;
  readonly rag?: Rag;
  readonly meaning: string;
}

/** What the key describes: the settings the calculation used, and whether any row was blocked. */
export type KeySettings = Pick<Settings, 'stableTolerance' | 'redThreshold' | 'overallRagMethod' | 'directionMethod' | 'confidenceLevel'>;

function percent(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}

/** The three arrows as the Direction method decides them (decideDirection). */
function arrowEntries(settings: KeySettings): KeyEntry[] {
  const stable = percent(settings.stableTolerance);
  if (settings.directionMethod === 'significance') {
    // significanceDirection needs counts on both sides; without them decideDirection falls back to the band.
    const level = percent(settings.confidenceLevel);
    return [
      { symbol: '↑', meaning: `Improving: a statistically significant change in the good direction, at the ${level} confidence level (for crime rates, the rate fell). Figures without counts to test: better by more than ${stable}.` },
      { symbol: '→', meaning: `Stable: no statistically significant change, at the ${level} confidence level (within what chance alone would give). Figures without counts to test: a change within ±${stable}.` },
      { symbol: '↓', meaning: `Deteriorating: a statistically significant change in the bad direction, at the ${level} confidence level (for crime rates, the rate rose). Figures without counts to test: worse by more than ${stable}.` },
    ];
  }
  return [
    { symbol: '↑', meaning: `Improving: performance got better by more than ${stable} (for crime rates, the rate fell).` },
    { symbol: '→', meaning: `Stable: the change was within ±${stable}.` },
    { symbol: '↓', meaning: `Deteriorating: performance got worse by more than ${stable} (for crime rates, the rate rose).` },
  ];
}

/** The roll-up as overallRag takes it for the method used. */
const OVERALL_MEANINGS: Readonly<Record<Settings['overallRagMethod'], string>> = {
  mean: 'G = 3, A = 2, R = 1, averaged and rounded half up',
  worst: 'the worst colour among them',
  majority: 'the most common colour among them; a tie goes to the worse of the tied colours',
};

/**
 * The board's key, worded from the settings the calculation used, so it never contradicts the arrows
 * and colours beside it. The § entry is listed only when some row was blocked by a data error.
 */
export function reportKey(settings: KeySettings, anyBlocked: boolean): KeyEntry[] {
  const stable = percent(settings.stableTolerance);
  const red = percent(settings.redThreshold);
  const key: KeyEntry[] = [
    ...arrowEntries(settings),
    { symbol: 'G', rag: 'G', meaning: `${RAG_NAMES.G}: improving (↑), the target met, or inside the expected range.` },
    {
      symbol: 'A',
      rag: 'A',
      meaning: `${RAG_NAMES.A}: stable (→), or deteriorating (↓) by no more than ${red}; a target missed by no more than ${stable}; or just outside the expected range.`,
    },
    {
      symbol: 'R',
      rag: 'R',
      meaning: `${RAG_NAMES.R}: deteriorating (↓) by more than ${red}, a target missed by more than ${stable}, or well outside the expected range.`,
    },
    {
      symbol: 'Overall',
      meaning: `Overall Progress RAG: the outcome's indicator colours combined (${OVERALL_MEANINGS[settings.overallRagMethod]}); indicators without a colour are left out.`,
    },
    {
      symbol: NOT_LIKE_FOR_LIKE_MARK,
      meaning: 'Not like-for-like: the two figures cover different periods or are marked as estimated or not comparable, so no arrow or colour is given.',
    },
  ];
  if (anyBlocked) {
    key.push({
      symbol: NOT_CALCULATED_MARK,
      meaning: 'Not calculated: the figures have a data error to correct (see the Validation findings), so no arrow or colour is given.',
    });
  }
  return key;
}
