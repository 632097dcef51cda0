import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import { formatPercent } from '../indicators/formatFigure';
import type { IndicatorRow } from '../indicators/IndicatorRow';

/** Within this factor of exactly 100 times counts as "about 100 times" (as for the figures' unit slip). */
const PERCENT_SLACK = Math.log10(3);

/** Where a target or range figure came from, for the finding's cell and wording. */
export interface LimitSource {
  /** The cell it was typed in on the row, or the Indicator cell when it came from the Settings sheet. */
  readonly cell: string;
  readonly fromSettings: boolean;
}

/**
 * A Percentage row's target or range on another scale than its figures: 40 beside figures of 38% and
 * 42% (fractions 0.38 and 0.42) would be judged against 4,000% and coloured Red. A limit about 100
 * times the current figure is that slip: an error, so the row is not coloured against a limit it was
 * never meant to have. (Figures typed as percentage points are already errors: V021.)
 */
export function percentScaleFinding(sheet: string, row: IndicatorRow, target: LimitSource | undefined, range: LimitSource | undefined): Finding | undefined {
  const current = row.current.value;
  if (row.measure !== 'Percentage' || current === undefined || current <= 0) return undefined;
  const limits: Array<{ what: string; value: number; source: LimitSource | undefined }> = [];
  if (row.target !== undefined) limits.push({ what: 'target', value: row.target, source: target });
  if (row.range !== undefined) limits.push({ what: 'range', value: (row.range.low + row.range.high) / 2, source: range });
  for (const { what, value, source } of limits) {
    if (source === undefined || value <= 0) continue;
    if (Math.abs(Math.log10(value / current) - 2) > PERCENT_SLACK) continue;
    const example = what === 'range' ? `${formatPercent(row.range!.low / 100, 1)}-${formatPercent(row.range!.high / 100, 1)}` : formatPercent(value / 100, 1);
    return makeFinding('percentScaleLimit', { sheet, cell: source.cell }, {
      what,
      raw: what === 'range' ? `${asTyped(row.range!.low)} to ${asTyped(row.range!.high)}` : asTyped(value),
      where: source.fromSettings ? ` (from the Settings sheet's ${what === 'range' ? 'Range' : 'Target'}: ${row.indicator} entry)` : '',
      figure: row.current.display || formatPercent(current),
      expected: `the ${what} with % (e.g. ${example})`,
    });
  }
  return undefined;
}

const asTyped = (value: number) => String(Number(value.toPrecision(6)));
