import { normaliseHeaderText } from '../sheets/normaliseHeader';
import { periodPosition } from './periodPosition';

/**
 * What two period labels share when they name the same period: its place and length when the label
 * can be placed in time (`Q1 2022/23` and `q1 2022-23`), else the label's text, ignoring case and spaces.
 * A trailing footnote mark is not part of the period (`2016/17*` is 2016/17).
 */
export function periodKey(label: string): string {
  const flat = normaliseHeaderText(label);
  const position = periodPosition(flat);
  if (position === undefined) return `text ${flat}`;
  return `${position.withoutYear ? 'within a year' : 'dated'} ${position.endMonth} ${position.months}`;
}
