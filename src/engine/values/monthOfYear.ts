const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december'];

/** 0-11 for a lower-case month name or its 3-letter abbreviation (`sept` too); undefined otherwise. */
export function monthOfYear(word: string): number | undefined {
  const index = word === 'sept' ? 8 : Math.max(MONTHS.indexOf(word), FULL_MONTHS.indexOf(word));
  return index >= 0 ? index : undefined;
}
