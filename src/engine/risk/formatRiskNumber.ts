import { groupInteger } from '../indicators/formatFigure';
import { roundsOntoBound } from '../values/roundsOntoBound';

/**
 * A number for a Reason or message: thousands separated, at most two decimals ("9,800", "13.33",
 * "162"). When two decimals would round onto `bound` (a band edge) without being on it, up to six are
 * shown, so "216.001" never reads as "216" beside a HIGH rating. (Hand-rolled: Intl.NumberFormat
 * dominated the time of a 10,000-row sheet.)
 */
export function formatRiskNumber(value: number, bounds?: ReadonlyArray<number>): string {
  const rounded = Math.round(value * 100) / 100;
  const misleading = bounds !== undefined && roundsOntoAny(value, rounded, bounds);
  if (!misleading && Math.abs(rounded) < 1000) return String(rounded === 0 ? 0 : rounded);
  return withSeparators(misleading ? value : rounded, misleading ? 6 : 2);
}

/** True when `rounded`, shown for `value`, lands on or passes any of `bounds` while `value` is not on it. */
export function roundsOntoAny(value: number, rounded: number, bounds: ReadonlyArray<number>): boolean {
  for (const b of bounds) if (roundsOntoBound(value, rounded, b)) return true;
  return false;
}

/**
 * The number format of a risk score cell: one decimal ("0.0"), unless one decimal would round the
 * score onto a band bound without it being on it (108.01 shown as "108.0" above a LOW 108), when up
 * to six are shown ("0.0#####": 108.01, 216.001). The cell-format twin of formatRiskNumber's rule.
 */
export function riskScoreNumberFormat(value: number, bounds: ReadonlyArray<number>): string {
  return roundsOntoAny(value, Math.round(value * 10) / 10, bounds) ? '0.0#####' : '0.0';
}

/** The number format of a harm score cell: "14.0", "14.33", as the Reason shows it to two decimals. */
export const HARM_SCORE_NUMBER_FORMAT = '0.0#';

/** A typed figure as typed, up to six decimals, thousands separated: 16.001 stays "16.001", not "16". */
export function formatTypedNumber(value: number): string {
  return withSeparators(value, 6);
}

function withSeparators(value: number, decimals: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return groupInteger(value);
  const [whole, fraction] = Math.abs(value).toFixed(decimals).split('.');
  const digits = fraction.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = value < 0 && (Number(whole) !== 0 || digits !== '') ? '-' : '';
  return `${sign}${grouped}${digits === '' ? '' : `.${digits}`}`;
}
