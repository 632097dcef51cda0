import type { DistrictGroupResult, DistrictRowResult } from './DistrictResult';

type Tally = DistrictGroupResult['tally'];

/** How many districts got each comparison word. */
export function tallyComparisons(districts: ReadonlyArray<DistrictRowResult>): Tally {
  const tally = { better: 0, similar: 0, worse: 0, higher: 0, lower: 0, notCompared: 0 };
  for (let i = 0; i < districts.length; i++) {
    const d = districts[i];
    if (d.notCalculated || d.rate === undefined) continue;
    switch (d.compared) {
      case 'Better': tally.better++; break;
      case 'Similar': tally.similar++; break;
      case 'Worse': tally.worse++; break;
      case 'Higher': tally.higher++; break;
      case 'Lower': tally.lower++; break;
      default: tally.notCompared++;
    }
  }
  return tally;
}

function names(districts: ReadonlyArray<DistrictRowResult>, word: string): string {
  let text: string | undefined;
  for (let i = 0; i < districts.length; i++) {
    const d = districts[i];
    if (d.compared === word) text = text === undefined ? d.district : `${text}, ${d.district}`;
  }
  return text ?? '';
}

/**
 * The District Comparison one-liner: "2 better, 4 similar, 1 worse (Charnwood)" naming the worse
 * districts, or "1 higher, 5 similar, 1 lower" for indicators without a judgement; districts with a
 * figure but no interval (or no county rate) are counted apart, with the reason.
 */
export function districtSummary(
  districts: ReadonlyArray<DistrictRowResult>,
  judged: boolean,
  hasCountyRate: boolean,
  tally: Tally = tallyComparisons(districts),
): string {
  const compared = tally.better + tally.similar + tally.worse + tally.higher + tally.lower;
  if (!hasCountyRate) {
    let ranked = 0;
    for (let i = 0; i < districts.length; i++) if (districts[i].rank !== undefined) ranked++;
    return ranked === 0 ? 'No district figures' : `${ranked} districts ranked; not compared (no county rate)`;
  }
  // Made once per indicator and period: plain concatenation, no part lists.
  let line = '';
  if (compared > 0 || tally.notCompared === 0) {
    if (judged) {
      const worse = names(districts, 'Worse');
      line = `${tally.better} better, ${tally.similar} similar, ${tally.worse} worse${worse ? ` (${worse})` : ''}`;
    } else {
      line = `${tally.higher} higher, ${tally.similar} similar, ${tally.lower} lower`;
    }
  }
  if (tally.notCompared > 0) {
    let missing = '';
    let first = true;
    for (const d of districts) {
      if (d.notCalculated || d.rate === undefined || d.compared !== undefined) continue;
      missing = first ? d.district : `${missing}, ${d.district}`;
      first = false;
    }
    const note = `${tally.notCompared} not compared (no count, so no confidence interval: ${missing})`;
    line = line === '' ? note : `${line}; ${note}`;
  }
  return line === '' ? 'No district figures' : line;
}
