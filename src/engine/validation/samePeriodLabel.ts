import { periodKey } from '../values/periodKey';

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A period label reduced to a canonical spelling: "Apr 2015 – Mar 2016" → "apr2015-mar2016", "2015/2016" → "2015-16". */
export function canonicalPeriodLabel(label: string): string {
  // Whitespace is collapsed first: a pattern like /\s+to\s+/ backtracks quadratically on a long blank run.
  let text = label.toLowerCase().replace(/\s+/g, ' ').split(' to ').join('-').replace(/[\u2013\u2014/]/g, '-').replace(/ /g, '');
  for (const name of MONTH_NAMES) text = text.split(name).join(name.slice(0, 3));
  return text.replace(/\b((?:19|20)\d\d)-(?:19|20)(\d\d)\b/g, '$1-$2');
}

/**
 * True when two period labels name the same period, ignoring spacing, dashes, month spelling and
 * "2015-2016" vs "2015-16", or when they place the same months (`2016-17` and `Apr 2016 - Mar 2017`, periodKey).
 */
export function samePeriodLabel(a: string, b: string): boolean {
  return canonicalPeriodLabel(a) === canonicalPeriodLabel(b) || periodKey(a) === periodKey(b);
}
