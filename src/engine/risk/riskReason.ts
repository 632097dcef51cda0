import type { RiskBand, RiskSettings } from './RiskSettings';
import { listText } from '../text/listText';
import { describeBand, riskBandFor } from './riskBandFor';
import { formatRiskNumber, formatTypedNumber, roundsOntoAny } from './formatRiskNumber';
import type { RiskRowInput } from './readRiskRow';
import type { AppliedProbabilityBand } from './probabilityFromVolume';
import { memoise } from '../memo/memoise';

/** Writes the Reason of each row of one sheet. */
export type RiskReasonWriter = (input: RiskRowInput, harmScore?: number, riskScore?: number, band?: RiskBand, harmSpread?: number) => string;

/**
 * The plain-English Reason for a row, with the numbers used, e.g.
 * "Probability 12 (typed) × harm score 14 (mean of 6 partner scores, 13 to 15) = 168: MEDIUM (above 108,
 * up to and including 216)."
 *
 * One writer serves a sheet. A scored row's Reason is five parts, each a function of a few short
 * repeated values (a probability or band, a mean of whole-number scores, the spread of those scores),
 * so each part is worked out once per sheet and a row only joins them.
 */
export function riskReasonWriter(settings: RiskSettings): RiskReasonWriter {
  const bounds = settings.bands.flatMap((b) => (b.upTo === undefined ? [] : [b.upTo]));
  // A typed probability is shown as typed (16.001, not 16), so the product below it adds up.
  const typedOpening = memoise((probability: number) => `Probability ${formatTypedNumber(probability)} (typed) × harm score `);
  // A volume-derived probability is its band's score, so the words around the volume depend on the band alone.
  const volumeOpening = memoise((band: AppliedProbabilityBand) => ({
    before: `Probability ${formatRiskNumber(band.score)} (from volume `,
    after: `, band ${volumeRangeText(band)}) × harm score `,
  }));
  const riskScoreText = memoise((value: number) => formatRiskNumber(value, bounds));
  /**
   * The harm score to two decimals, unless the probability times that figure would fall in another
   * band than the risk score, or onto a band bound it is not on: 14 × 15.43 is 216.02 (HIGH), not the
   * MEDIUM 216 of 14 × 15.428571. Then up to six decimals are shown. Elsewhere "12 × 14.33 = 172"
   * reads as the rounding it is.
   */
  const shownHarm = (probability: number, harm: number): string => {
    const short = formatRiskNumber(harm);
    const rounded = Math.round(harm * 100) / 100;
    if (rounded === harm) return short;
    const score = probability * harm;
    const product = probability * rounded;
    const agrees = riskBandFor(product, settings.bands) === riskBandFor(score, settings.bands) && !roundsOntoAny(score, product, bounds);
    return agrees ? short : formatTypedNumber(harm);
  };
  const harmScoreTexts = new Map<number, (harm: number) => string>();
  const harmScoreText = (probability: number, harm: number): string => {
    let byHarm = harmScoreTexts.get(probability);
    if (byHarm === undefined) harmScoreTexts.set(probability, (byHarm = memoise((h: number) => shownHarm(probability, h))));
    return byHarm(harm);
  };
  const harmsText = new Map<number, Map<number, Map<number, string>>>();
  const singleHarmText = new Map<string, string>();

  /** "Probability 12 (typed) × harm score ", or "… (from volume 455, band 250 to under 1,000) × harm score ". */
  const opening = (input: RiskRowInput): string => {
    const band = input.appliedBand;
    if (input.probabilitySource !== 'volume' || band === undefined || input.volume === undefined) {
      return typedOpening(input.probability ?? 0);
    }
    const parts = volumeOpening(band);
    // As typed: 49.999 rounded to "50" would read as outside its band "10 to under 50".
    return parts.before + formatTypedNumber(input.volume) + parts.after;
  };

  /** " (mean of 6 partner scores, 13 to 15) = " or " (1 partner score, Harm (Police)) = ". */
  const harmsPart = (input: RiskRowInput): string => {
    const harms = input.harms;
    if (harms.length === 1) {
      const header = harms[0].header;
      let text = singleHarmText.get(header);
      if (text === undefined) {
        text = ` (${harmText(input)}) = `;
        singleHarmText.set(header, text);
      }
      return text;
    }
    let low = Infinity;
    let high = -Infinity;
    for (let i = 0; i < harms.length; i++) {
      const score = harms[i].score;
      if (score < low) low = score;
      if (score > high) high = score;
    }
    let byLow = harmsText.get(harms.length);
    if (byLow === undefined) harmsText.set(harms.length, (byLow = new Map()));
    let byHigh = byLow.get(low);
    if (byHigh === undefined) byLow.set(low, (byHigh = new Map()));
    let text = byHigh.get(high);
    if (text === undefined) {
      text = ` (${harmText(input)}) = `;
      byHigh.set(high, text);
    }
    return text;
  };

  /** ": MEDIUM (above 108, up to and including 216)." */
  const closing = memoise((band: RiskBand) => `: ${band.label} (${describeBand(band, settings.bands)}).`);

  return (input, harmScore, riskScore, band, harmSpread) => {
    if (input.errors.length > 0) return notScoredText(input);
    let text = '';
    if (input.probability === undefined || input.harms.length === 0) {
      text = `NO DATA: ${missingText(input)}.`;
      if (harmScore !== undefined) text += ` Harm score ${formatRiskNumber(harmScore)} (${harmText(input)}).`;
    } else if (harmScore !== undefined && riskScore !== undefined && band !== undefined) {
      text = opening(input) + harmScoreText(input.probability, harmScore) + harmsPart(input) + riskScoreText(riskScore) + closing(band);
    }
    if (input.partYear !== undefined) {
      text = withSentence(text, `The volume covers ${input.partYear.label}, part of a year; the probability bands are for 12 months of volume, so the probability may be too low.`);
    }
    if (input.blankHarms.length > 0 && input.harms.length > 0) {
      text = withSentence(text, `${listText(input.blankHarms)} blank, not counted.`);
    }
    if (harmSpread !== undefined && harmSpread > settings.harmDisagreement) {
      text = withSentence(text, `Partners disagree: harm scores spread with standard deviation ${formatRiskNumber(harmSpread)} (above ${formatRiskNumber(settings.harmDisagreement)}).`);
    }
    return text;
  };
}

function withSentence(text: string, sentence: string): string {
  return text === '' ? sentence : `${text} ${sentence}`;
}

function notScoredText(input: RiskRowInput): string {
  return `Not scored: ${input.errors.map((e) => `${e.cell} ${e.message}`).join(' ')}`;
}

/** A scored row's Reason with the last sentence, added once the sheet's main period is known. */
export function withPeriodDiffers(reason: string, period: string, mainPeriod: string): string {
  return withSentence(reason, `Period ${period} differs from the sheet's main period ${mainPeriod}.`);
}

function volumeRangeText(band: AppliedProbabilityBand): string {
  return band.belowVolume === undefined
    ? `${formatRiskNumber(band.minVolume)} or more`
    : `${formatRiskNumber(band.minVolume)} to under ${formatRiskNumber(band.belowVolume)}`;
}

function harmText(input: RiskRowInput): string {
  if (input.harms.length === 1) return `1 partner score, ${input.harms[0].header}`;
  let low = Infinity;
  let high = -Infinity;
  for (const h of input.harms) {
    if (h.score < low) low = h.score;
    if (h.score > high) high = h.score;
  }
  // Partner scores as typed: 6.001 rounded to "6" would read "6 to 6".
  const spread = low === high ? `all ${formatTypedNumber(low)}` : `${formatTypedNumber(low)} to ${formatTypedNumber(high)}`;
  return `mean of ${input.harms.length} partner scores, ${spread}`;
}

function missingText(input: RiskRowInput): string {
  const missing: string[] = [];
  if (input.probability === undefined) {
    missing.push(input.volume !== undefined ? 'no probability typed and the volume is below every probability band' : 'no probability or volume');
  }
  if (input.harms.length === 0) missing.push(input.blankHarms.length === 1 ? 'the harm score is blank' : `all ${input.blankHarms.length} harm scores are blank`);
  return missing.join(' and ');
}
