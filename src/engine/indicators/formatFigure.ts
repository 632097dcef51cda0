import { decimalText } from '../values/numberText';
import { roundsOntoBound } from '../values/roundsOntoBound';

/** Trims a number to at most `decimals` places without trailing zeros: 47.2100 → "47.21". */
export function formatNumber(value: number, decimals = 4): string {
  const fast = roundedDigits(value, decimals);
  if (fast !== undefined) return fast;
  const rounded = Number(value.toFixed(decimals));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/**
 * |value| × 10^decimals rounded to an integer, when integer arithmetic gives the same digits as
 * toFixed: toFixed cost about a microsecond a call and every Reason formats several numbers.
 * Undefined (use toFixed) when the scaled value is within rounding error of a half, too large to be
 * exact, or decimals is unusual.
 */
function roundedUnits(value: number, decimals: number): number | undefined {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) return undefined;
  const scaled = value * 10 ** decimals;
  const size = Math.abs(scaled);
  if (!(size < 1e15)) return undefined;
  const fraction = size - Math.floor(size);
  if (Math.abs(fraction - 0.5) <= size * 1e-12 + 1e-12) return undefined;
  return Math.round(size);
}

/**
 * The digits of `units` with a decimal point `decimals` places from the right; with `trim`, without
 * trailing zeros (and without a bare point).
 */
function withPoint(units: number, decimals: number, trim: boolean): string {
  let places = decimals;
  let digits = units;
  if (trim) {
    while (places > 0 && digits % 10 === 0) {
      digits /= 10;
      places--;
    }
  }
  return decimalText(digits, places);
}

/** The same text as formatNumber's toFixed route, from integer arithmetic (see roundedUnits). */
function roundedDigits(value: number, decimals: number): string | undefined {
  const units = roundedUnits(value, decimals);
  if (units === undefined) return undefined;
  if (units === 0) return '0';
  const digits = withPoint(units, decimals, true);
  return value < 0 ? `-${digits}` : digits;
}

/** value.toFixed(decimals), from integer arithmetic where that is exact (see roundedUnits). */
export function toFixedText(value: number, decimals: number): string {
  const units = roundedUnits(value, decimals);
  // Zero keeps toFixed, which writes "-0.00" for a small negative value.
  if (units === undefined || units === 0) return value.toFixed(decimals);
  const digits = withPoint(units, decimals, false);
  return value < 0 ? `-${digits}` : digits;
}

/** An integer with thousands separators, as `toLocaleString('en-GB')` writes it: 1234567 → "1,234,567". */
export function groupInteger(value: number): string {
  if (!Number.isSafeInteger(value)) return value.toLocaleString('en-GB');
  let rest = Math.abs(value);
  let text = '';
  while (rest >= 1000) {
    const group = rest % 1000;
    text = `,${group < 10 ? '00' : group < 100 ? '0' : ''}${group}${text}`;
    rest = Math.floor(rest / 1000);
  }
  return `${value < 0 ? '-' : ''}${rest}${text}`;
}

/** A fraction as a percentage with at most `decimals` places: 0.927 → "92.7%". */
export function formatPercent(fraction: number, decimals = 2): string {
  return `${formatNumber(fraction * 100, decimals)}%`;
}

/** The most places formatPercentBeside shows to keep a percentage off a limit it is not on. */
const MOST_PLACES_BESIDE = 4;

/**
 * formatPercent for a fraction read against one or two limits (fractions too; undefined for none):
 * where `decimals` places would round it onto a limit, or past it, without it being on it, just enough
 * more places (up to 4) to tell them apart. 0.1503 beside a 15% red threshold is "15.03%", 0.05004
 * beside a 5% stable band "5.004%"; exactly 0.15 stays "15%".
 */
export function formatPercentBeside(fraction: number, decimals: number, limit?: number, otherLimit?: number): string {
  let places = decimals;
  while (places < MOST_PLACES_BESIDE && (roundsOntoLimit(fraction, places, limit) || roundsOntoLimit(fraction, places, otherLimit))) places++;
  return formatPercent(fraction, places);
}

function roundsOntoLimit(fraction: number, places: number, limit: number | undefined): boolean {
  // Rounding to `places` moves a percentage at most half a unit in the last place: far from the limit it cannot matter.
  if (limit === undefined || Math.abs(fraction - limit) > 0.01 * 10 ** -places) return false;
  const percent = fraction * 100;
  return roundsOntoBound(percent, roundedTo(percent, places), limit * 100);
}

/** The number formatNumber(value, decimals) writes, rounded the same way (halves included). */
function roundedTo(value: number, decimals: number): number {
  const units = roundedUnits(value, decimals);
  if (units === undefined) return Number(value.toFixed(decimals));
  return (value < 0 ? -units : units) / 10 ** decimals;
}

/** How a compared figure is shown in a Reason: percentages as %, rates to two decimals. */
export function formatFigure(value: number, style: FigureStyle): string {
  switch (style) {
    case 'percent': return formatPercent(value);
    case 'rate': return toFixedText(value, 2);
    default: return formatNumber(value);
  }
}

export type FigureStyle = 'percent' | 'rate' | 'plain';
