import { formatPercent, toFixedText } from '../indicators/formatFigure';
import type { FigureKind } from './measuredFigure';

/** A rate to two decimals, or a proportion as a percentage, for Reasons and summaries. */
export function formatMeasured(value: number, kind: FigureKind): string {
  return kind.kind === 'proportion' ? formatPercent(value, 1) : toFixedText(value, 2);
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
