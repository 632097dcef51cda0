import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import { formatPercent } from '../indicators/formatFigure';
import type { IndicatorRow } from '../indicators/IndicatorRow';

/** Where a target or range figure came from, for the finding's cell and wording. */
export interface LimitSource {
  /** The cell it was typed in on the row, or the Indicator cell when it came from the Settings sheet. */
  readonly cell: string;
  readonly fromSettings: boolean;
  /** Typed with % or in a cell formatted as a percentage: then it is on the figures' scale, whatever its size. */
  readonly typedAsPercent: boolean;
}

/**
 * A Percentage row's target or range typed as percentage points: 40 beside figures of 38% and 42%
 * (fractions 0.38 and 0.42) would be judged against 4,000% and coloured Red. A percentage is a
 * fraction of at most 1, so a limit above 1 typed without % is that slip: an error, and the row is
 * not scored against a limit it was never meant to have. (Figures typed as points are V021.)
 */
export function percentScaleFinding(sheet: string, row: IndicatorRow, target: LimitSource | undefined, range: LimitSource | undefined): Finding | undefined {
  const current = row.current.value;
  if (row.measure !== 'Percentage' || current === undefined || Math.abs(current) > 1) return undefined;
  const limits: Array<{ what: 'target' | 'range'; value: number; source: LimitSource | undefined }> = [];
  if (row.target !== undefined) limits.push({ what: 'target', value: row.target, source: target });
  if (row.range !== undefined) limits.push({ what: 'range', value: row.range.high, source: range });
  for (const { what, value, source } of limits) {
    if (source === undefined || source.typedAsPercent || value <= 1) continue;
    const example = what === 'range' ? `${formatPercent(row.range!.low / 100, 1)}-${formatPercent(row.range!.high / 100, 1)}` : formatPercent(value / 100, 1);
    return makeFinding('percentScaleLimit', { sheet, cell: source.cell }, {
      what,
      raw: what === 'range' ? `${asTyped(row.range!.low)} to ${asTyped(row.range!.high)}` : asTyped(value),
      where: source.fromSettings ? ` (from the Settings sheet's ${what === 'range' ? 'Range' : 'Target'}: ${row.indicator} entry)` : '',
      parsed: what === 'range' ? `${formatPercent(row.range!.low, 0)} to ${formatPercent(row.range!.high, 0)}` : formatPercent(value, 0),
      figure: row.current.display || formatPercent(current),
      expected: `the ${what} with % (e.g. ${example})`,
    });
  }
  return undefined;
}

const asTyped = (value: number) => String(Number(value.toPrecision(6)));
