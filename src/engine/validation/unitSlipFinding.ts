import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import type { IndicatorRow, SideFigure } from '../indicators/IndicatorRow';
import { isRate } from '../indicators/Measure';
import { groupInteger } from '../indicators/formatFigure';

/** Within this factor of an exact power of ten counts as "about" that many times. */
const SLACK = Math.log10(1.5);
const PERCENT_SLACK = Math.log10(3);

/** True when the figure is on the fraction scale percentages use (0.428 = 42.8%). */
export function onFractionScale(figure: SideFigure): boolean {
  return figure.isPercent || Math.abs(figure.value ?? 0) <= 1;
}


/**
 * A unit slip between the two periods (issue 5): a Percentage indicator given as 42.8 on one side and
 * 0.428 on the other, or a rate about 100, 1,000, 10,000 or 100,000 times its other period (per person
 * vs per 1,000, or a population typed in thousands). No real year-on-year change is that large, and
 * scoring it would give a nonsense arrow and colour, so it is an error on the figure that looks out of line.
 */
export function unitSlipFinding(sheet: string, row: IndicatorRow): Finding | undefined {
  const { previous, current, measure } = row;
  if (previous.value === undefined || current.value === undefined || previous.value <= 0 || current.value <= 0) return undefined;
  if (measure === 'Percentage') {
    if (previous.fromCounts || current.fromCounts) return undefined;
    // Which side is on the percent scale and which on the fraction scale, if they differ.
    const currentIsFraction = onFractionScale(current);
    if (currentIsFraction === onFractionScale(previous)) return undefined;
    const plain = currentIsFraction ? previous : current;
    const fraction = currentIsFraction ? current : previous;
    const logRatio = Math.log10(plain.value! / fraction.value!);
    if (Math.abs(logRatio - 2) > PERCENT_SLACK) return undefined;
    return slip(sheet, plain, fraction, 100, 'one figure is in percent, the other a fraction',
      'a percentage, typed with % (42.8%) or as a fraction formatted as a percentage (0.428)', plain.cell);
  }
  if (!measure || !isRate(measure)) return undefined;
  const currentBigger = current.value >= previous.value;
  const logRatio = Math.log10(currentBigger ? current.value / previous.value : previous.value / current.value);
  const power = Math.round(logRatio);
  if (power < 2 || Math.abs(logRatio - power) > SLACK) return undefined;
  const why = power === 3 ? 'per person against per 1,000 people, or a population typed in thousands' : `figures in units ${groupInteger(10 ** power)} times apart`;
  const cell = current.fromCounts ? current.denominatorCell ?? current.cell : current.cell;
  return slip(sheet, current, previous, 10 ** power, why, `${measure}, with each population as a whole number of people`, cell);
}

function slip(sheet: string, side: SideFigure, other: SideFigure, factor: number, why: string, unit: string, cell: string): Finding {
  const show = (f: SideFigure) => (f.fromCounts ? `${Number(f.value!.toPrecision(4))} (from ${f.count} in ${f.denominator})` : f.display || String(f.value));
  return makeFinding('unitSlip', { sheet, cell }, {
    side: side.side,
    otherSide: other.side,
    raw: show(side),
    otherRaw: show(other),
    factor: side.value! >= other.value! ? `about ${groupInteger(factor)} times` : `about 1/${groupInteger(factor)} of`,
    slip: why,
    unit,
    parsed: String(side.value),
    expected: `a figure of the same order as the ${other.side} figure, ${show(other)}`,
  });
}
