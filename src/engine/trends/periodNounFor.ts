/**
 * The plural noun for a series' periods, from its labels: "quarters" for `Q2 2022/23` or
 * `Jun 2022` steps three months apart are not guessed; labels naming a quarter give "quarters",
 * financial or calendar years (`2014/15`, `2015-16`, `2016`) give "years", month names give
 * "months", anything else "periods".
 */
export function periodNounFor(labels: ReadonlyArray<string>): string {
  const all = (test: RegExp) => labels.length > 0 && labels.every((l) => test.test(l.trim()));
  if (all(/\bQ[1-4]\b|quarter/i)) return 'quarters';
  if (all(/^(?:FY\s*)?\d{4}(?:\s*[/-]\s*\d{2,4})?$/i)) return 'years';
  if (all(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i)) return 'months';
  return 'periods';
}
