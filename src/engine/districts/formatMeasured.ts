import { formatPercent } from '../indicators/formatFigure';
import type { FigureKind } from './measuredFigure';

/** A rate to two decimals, or a proportion as a percentage, for Reasons and summaries. */
export function formatMeasured(value: number, kind: FigureKind): string {
  return kind.kind === 'proportion' ? formatPercent(value, 1) : toFixed2(value);
}

/**
 * Exactly `value.toFixed(2)`, from integer arithmetic: toFixed costs about a microsecond a call and
 * every district Reason formats four or five figures. Values whose hundredths lie within rounding
 * error of a half, and values too large (or not finite) to scale exactly, are left to toFixed.
 */
export function toFixed2(value: number): string {
  const scaled = Math.abs(value) * 100;
  if (!(scaled < 1e15)) return value.toFixed(2);
  const whole = Math.floor(scaled);
  const fraction = scaled - whole;
  if (Math.abs(fraction - 0.5) <= scaled * 1e-12 + 1e-12) return value.toFixed(2);
  const units = fraction > 0.5 ? whole + 1 : whole;
  const hundredths = units % 100;
  const wholePart = (units - hundredths) / 100;
  const text = (wholePart < WHOLE_PARTS_KEPT ? wholePartText(wholePart) : `${wholePart}.`) + TWO_DIGITS[hundredths];
  return value < 0 ? `-${text}` : text; // toFixed keeps the sign of a negative that rounds to zero
}

/** "00" to "99". */
const TWO_DIGITS: ReadonlyArray<string> = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : `${i}`));

/** "0." to "9999.", made as first needed: rates repeat their whole parts, and each saves a concatenation. */
const WHOLE_PARTS_KEPT = 10000;
const wholePartTexts: Array<string | undefined> = new Array(WHOLE_PARTS_KEPT);
function wholePartText(wholePart: number): string {
  return (wholePartTexts[wholePart] ??= `${wholePart}.`);
}

/** The Excel number format of a written rate or proportion. */
export function measuredNumberFormat(kind: FigureKind): string {
  return kind.kind === 'proportion' ? '0.0%' : '0.00';
}

let lastLevel = NaN;
let lastLevelText = '';

/** "95%" or "99.8%". */
export function levelText(level: number): string {
  // Every row of a sheet shares one level: remember the last one (toPrecision is slow).
  if (level !== lastLevel) {
    lastLevelText = `${Number((level * 100).toPrecision(6))}%`;
    lastLevel = level;
  }
  return lastLevelText;
}
