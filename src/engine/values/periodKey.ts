import { normaliseHeaderText } from '../sheets/normaliseHeader';
import { periodPosition } from './periodPosition';

/**
 * What two period labels share when they name the same period: its place and length when the label
 * can be placed in time (`Q1 2022/23` and `q1 2022-23`), else the label's text, ignoring case and spaces.
 */
export function periodKey(label: string): string {
  const position = periodPosition(label);
  if (position === undefined) return `text ${normaliseHeaderText(label)}`;
  return `${position.withoutYear ? 'within a year' : 'dated'} ${position.endMonth} ${position.months}`;
}
