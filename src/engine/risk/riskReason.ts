import type { RiskBand, RiskSettings } from './RiskSettings';
import { describeBand } from './riskBandFor';
import { formatRiskNumber } from './formatRiskNumber';
import type { RiskRowInput } from './readRiskRow';
import type { AppliedProbabilityBand } from './probabilityFromVolume';

export interface RiskReasonParts {
  readonly harmScore?: number;
  readonly riskScore?: number;
  readonly band?: RiskBand;
  readonly harmSpread?: number;
}

/**
 * The plain-English Reason for a row, with the numbers used, e.g.
 * "Probability 12 (typed) × harm score 14 (mean of 6 partner scores, 13 to 15) = 168: MEDIUM (above 108,
 * up to and including 216)."
 */
export function riskReason(input: RiskRowInput, settings: RiskSettings, parts: RiskReasonParts): string {
  if (input.errors.length > 0) return notScoredText(input);
  let text = '';
  if (input.probability === undefined || input.harms.length === 0) {
    text = `NO DATA: ${missingText(input)}.`;
    if (parts.harmScore !== undefined) text += ` Harm score ${formatRiskNumber(parts.harmScore)} (${harmText(input)}).`;
  } else if (parts.harmScore !== undefined && parts.riskScore !== undefined && parts.band !== undefined) {
    text =
      `${probabilityText(input)} × harm score ${formatRiskNumber(parts.harmScore)} (${harmText(input)}) = ` +
      `${formatRiskNumber(parts.riskScore, boundsOf(settings))}: ${parts.band.label} (${bandText(parts.band, settings)}).`;
  }
  if (input.blankHarms.length > 0 && input.harms.length > 0) {
    text = withSentence(text, `${listText(input.blankHarms)} blank, not counted.`);
  }
  if (parts.harmSpread !== undefined && parts.harmSpread > settings.harmDisagreement) {
    text = withSentence(text, `Partners disagree: harm scores spread with standard deviation ${formatRiskNumber(parts.harmSpread)} (above ${formatRiskNumber(settings.harmDisagreement)}).`);
  }
  return flatString(text);
}

function withSentence(text: string, sentence: string): string {
  return text === '' ? sentence : `${text} ${sentence}`;
}

/**
 * The same text as one flat string. A string built with `+` is a tree of its pieces, and every row's
 * Reason is kept to the end of the calculation, so the garbage collector copied each tree's dozen or
 * so pieces; converting the text to a number makes V8 flatten it in place. (Array join also gives a
 * flat string but was five times slower.)
 */
function flatString(text: string): string {
  void (Number(text) | 0);
  return text;
}

function notScoredText(input: RiskRowInput): string {
  return `Not scored: ${input.errors.map((e) => `${e.cell} ${e.message}`).join(' ')}`;
}

/** A scored row's Reason with the last sentence, added once the sheet's main period is known. */
export function withPeriodDiffers(reason: string, period: string, mainPeriod: string): string {
  return flatString(withSentence(reason, `Period ${period} differs from the sheet's main period ${mainPeriod}.`));
}

// Per settings object, so a 10,000-row sheet describes its bands once, not once a row.
const BOUNDS = new WeakMap<RiskSettings, number[]>();
const BAND_TEXT = new WeakMap<RiskBand, string>();

function boundsOf(settings: RiskSettings): number[] {
  let bounds = BOUNDS.get(settings);
  if (!bounds) {
    bounds = settings.bands.flatMap((b) => (b.upTo === undefined ? [] : [b.upTo]));
    BOUNDS.set(settings, bounds);
  }
  return bounds;
}

function bandText(band: RiskBand, settings: RiskSettings): string {
  let text = BAND_TEXT.get(band);
  if (text === undefined) {
    text = describeBand(band, settings.bands);
    BAND_TEXT.set(band, text);
  }
  return text;
}

function probabilityText(input: RiskRowInput): string {
  const p = formatRiskNumber(input.probability ?? 0);
  const band = input.appliedBand;
  if (input.probabilitySource !== 'volume' || band === undefined || input.volume === undefined) return `Probability ${p} (typed)`;
  return `Probability ${p} (from volume ${formatRiskNumber(input.volume)}, band ${volumeRangeText(band)})`;
}

// Applied bands are shared per settings (see probabilityFromVolume), so each range is described once.
const VOLUME_RANGE_TEXT = new WeakMap<AppliedProbabilityBand, string>();

function volumeRangeText(band: AppliedProbabilityBand): string {
  let text = VOLUME_RANGE_TEXT.get(band);
  if (text === undefined) {
    text = band.belowVolume === undefined
      ? `${formatRiskNumber(band.minVolume)} or more`
      : `${formatRiskNumber(band.minVolume)} to under ${formatRiskNumber(band.belowVolume)}`;
    VOLUME_RANGE_TEXT.set(band, text);
  }
  return text;
}

function harmText(input: RiskRowInput): string {
  if (input.harms.length === 1) return `1 partner score, ${input.harms[0].header}`;
  let low = Infinity;
  let high = -Infinity;
  for (const h of input.harms) {
    if (h.score < low) low = h.score;
    if (h.score > high) high = h.score;
  }
  const spread = low === high ? `all ${formatRiskNumber(low)}` : `${formatRiskNumber(low)} to ${formatRiskNumber(high)}`;
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

function listText(items: ReadonlyArray<string>): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
