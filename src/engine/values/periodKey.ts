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
  // "01/04/2016 - 31/03/2017" is "01/04/2016-31/03/2017": spaces beside a dash are not part of the period.
  if (position === undefined) return `text ${flat.replace(SPACED_DASH, '-')}`;
  return `${position.withoutYear ? 'within a year' : 'dated'} ${position.endMonth} ${position.months}`;
}

/** A dash with the single spaces normaliseHeaderText leaves around it (so no long runs to backtrack over). */
const SPACED_DASH = / ?[-\u2013\u2014] ?/g;
