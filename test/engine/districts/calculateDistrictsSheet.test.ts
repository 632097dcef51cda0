import { CellValue, SheetGrid, compareWithCounty, rankByPolarity } from '../../../src/engine';
import { calculate, columnOf, indicatorsGrid, settingsGrid, writtenAt } from './comparisonGrids';

const CRIME = 'Crime rate (per 1,000 population)';
const SURVEY = 'Feel safe (%)';

/** A Districts sheet with a title row; header on sheet row 1, data from sheet row 2. */
function districtsGrid(rows: CellValue[][], header: CellValue[] = ['District', 'Indicator', 'Period', 'Count', 'Population']): SheetGrid {
  return { name: 'Districts', values: [['District breakdown'], header, ...rows] };
}

// Hand-checked: 100, 200 and 300 events in 10,000 are 10, 20 and 30 per 1,000; the county (no county
// row) is 600 / 30,000 × 1,000 = 20. Byar's 95% limits for O = 100 are 100·(1 − 1/900 − 1.96/30)³ = 81.36
// and 101·(1 − 1/909 + 1.96/(3√101))³ = 121.63, i.e. 8.136 to 12.163 per 1,000: wholly below 20.
const THREE: CellValue[][] = [
  ['Alpha', CRIME, '2016-17', 100, 10_000],
  ['Beta', CRIME, '2016-17', 300, 10_000],
  ['Gamma', CRIME, '2016-17', 200, 10_000],
];

describe('Districts sheet: rates, intervals and the county rate', () => {
  it('derives the county rate from the summed counts and populations, and each interval (Byar from 10)', () => {
    const result = calculate(indicatorsGrid([[CRIME, 'Low is good', 'Rate per 1,000']]), districtsGrid(THREE));
    const [group] = result.districts!;
    expect(group.countySource).toBe('sum of districts');
    expect(group.countyRate).toBeCloseTo(20, 10);
    const alpha = group.districts[0];
    expect(alpha.rate).toBeCloseTo(10, 10);
    expect(alpha.lower).toBeCloseTo(8.136, 3);
    expect(alpha.upper).toBeCloseTo(12.163, 3);
    expect(alpha.intervalMethod).toBe('Byar');
    expect(writtenAt(result, 'Districts', 'Rate', 2)).toBeCloseTo(10, 10);
    expect(writtenAt(result, 'Districts', 'Lower CI', 2)).toBeCloseTo(8.136, 3);
    expect(writtenAt(result, 'Districts', 'County rate', 3)).toBeCloseTo(20, 10);
    expect(result.findings).toEqual([]);
  });

  it('labels the figures by what the counts make them: a Count indicator with populations is compared per 1,000', () => {
    const count = (name: string) => THREE.map((r) => [r[0], name, r[2], r[3], r[4]]);
    const unitFor = (measure: string) => calculate(indicatorsGrid([[`Offences (${measure})`, 'Low is good', measure]]), districtsGrid(count(`Offences (${measure})`))).districts![0].unit;
    expect(unitFor('Count')).toBe('Rate per 1,000');
    expect(unitFor('Rate per 10,000')).toBe('Rate per 10,000');
    expect(unitFor('Percentage')).toBe('Percentage');
  });

  it('uses the county row when one is given, and leaves it out of the ranks', () => {
    const rows = [...THREE, ['Leicestershire', CRIME, '2016-17', 660, 30_000]];
    const [group] = calculate(indicatorsGrid([[CRIME, 'Low is good', 'Rate per 1,000']]), districtsGrid(rows)).districts!;
    expect(group.countySource).toBe('county row');
    expect(group.countyRate).toBeCloseTo(22, 10);
    expect(group.county?.district).toBe('Leicestershire');
    expect(group.county?.rank).toBeUndefined();
    expect(group.districts.map((d) => d.rank)).toEqual([1, 3, 2]);
  });

  it('adds the output columns to the right of the table with their canonical headers', () => {
    const result = calculate(indicatorsGrid([[CRIME, 'Low is good', 'Rate per 1,000']]), districtsGrid(THREE));
    const headers = result.plan.columns.filter((c) => c.sheet === 'Districts').map((c) => [c.header, c.column, c.writeHeader]);
    expect(headers).toEqual([
      ['Rate', 5, true], ['Lower CI', 6, true], ['Upper CI', 7, true], ['County rate', 8, true],
      ['Compared with county', 9, true], ['Rank', 10, true], ['Reason', 11, true],
    ]);
  });
});

describe('Districts sheet: Compared with county and Rank', () => {
  it('low is good: wholly below the county is Better, wholly above Worse, overlapping Similar; rank 1 = lowest', () => {
    const result = calculate(indicatorsGrid([[CRIME, 'Low is good', 'Rate per 1,000']]), districtsGrid(THREE));
    const [group] = result.districts!;
    expect(group.districts.map((d) => [d.district, d.compared, d.rank])).toEqual([
      ['Alpha', 'Better', 1], ['Beta', 'Worse', 3], ['Gamma', 'Similar', 2],
    ]);
    expect(group.summary).toBe('1 better, 1 similar, 1 worse (Beta)');
    expect(group.districts[0].reason).toContain('the interval lies wholly below the county rate, so better than the county (low is good)');
  });

  it('high is good reverses both the words and the ranks', () => {
    const [group] = calculate(indicatorsGrid([[CRIME, 'High is good', 'Rate per 1,000']]), districtsGrid(THREE)).districts!;
    expect(group.districts.map((d) => [d.compared, d.rank])).toEqual([['Worse', 3], ['Better', 1], ['Similar', 2]]);
    expect(group.summary).toBe('1 better, 1 similar, 1 worse (Alpha)');
  });

  it('No judgement gives Higher / Similar / Lower, and the summary counts those', () => {
    const [group] = calculate(indicatorsGrid([[CRIME, 'No judgement', 'Rate per 1,000']]), districtsGrid(THREE)).districts!;
    expect(group.districts.map((d) => d.compared)).toEqual(['Lower', 'Higher', 'Similar']);
    expect(group.summary).toBe('1 higher, 1 similar, 1 lower');
  });

  it('ties share the better rank and the next rank skips (1, 1, 3, 4)', () => {
    const rows = [...THREE, ['Delta', CRIME, '2016-17', 100, 10_000]];
    const [group] = calculate(indicatorsGrid([[CRIME, 'Low is good', 'Rate per 1,000']]), districtsGrid(rows)).districts!;
    expect(group.districts.map((d) => [d.district, d.rank])).toEqual([['Alpha', 1], ['Beta', 4], ['Gamma', 3], ['Delta', 1]]);
    expect(rankByPolarity([3, 1, 1, undefined, 2], 'lowest first')).toEqual([4, 1, 1, undefined, 3]);
    expect(rankByPolarity([0.1 + 0.2, 0.3, 0.1], 'highest first')).toEqual([1, 1, 3]);
  });

  it('compareWithCounty needs an interval: a figure without one is not compared', () => {
    const interval = { value: 10, lower: 8.1, upper: 12.2, level: 0.95, method: 'Byar' as const };
    expect(compareWithCounty(interval, 20, 'Low is good')).toBe('Better');
    expect(compareWithCounty(interval, 12.2, 'Low is good')).toBe('Similar');
    expect(compareWithCounty(interval, 5, 'High is good')).toBe('Better');
    expect(compareWithCounty(interval, 5, 'In range')).toBe('Higher');
    expect(compareWithCounty(undefined, 5, 'Low is good')).toBeUndefined();
  });
});

describe('Districts sheet: values without counts, names and settings', () => {
  it('a district given only as a Value gets no interval, is ranked but not compared, and the Reason and summary say so', () => {
    const header = ['District', 'Indicator', 'Period', 'Count', 'Population', 'Value'];
    const rows = [...THREE.map((r) => [...r, null]), ['Delta', CRIME, '2016-17', null, null, 25], ['Leicestershire', CRIME, '2016-17', null, null, 21]];
    const result = calculate(indicatorsGrid([[CRIME, 'Low is good', 'Rate per 1,000']]), districtsGrid(rows, header));
    const [group] = result.districts!;
    const delta = group.districts[3];
    expect(delta.rate).toBe(25);
    expect(delta.lower).toBeUndefined();
    expect(delta.compared).toBeUndefined();
    expect(delta.rank).toBe(3);
    expect(delta.reason).toContain('given as a value without its count, so it has no confidence interval');
    expect(group.summary).toBe('1 better, 1 similar, 1 worse (Beta); 1 not compared (no count, so no confidence interval: Delta)');
  });

  it('without a county row, value-only districts leave no county rate: a finding, ranks only', () => {
    const header = ['District', 'Indicator', 'Count', 'Population', 'Value'];
    const rows: CellValue[][] = [['Alpha', CRIME, 100, 10_000, null], ['Delta', CRIME, null, null, 25]];
    const result = calculate(indicatorsGrid([[CRIME, 'Low is good', 'Rate per 1,000']]), districtsGrid(rows, header));
    const [group] = result.districts!;
    expect(group.countyRate).toBeUndefined();
    expect(group.summary).toBe('2 districts ranked; not compared (no county rate)');
    expect(result.findings.map((f) => f.code)).toEqual(['D003']);
  });

  it('proportions use the Wilson interval and are written as percentages', () => {
    const rows: CellValue[][] = [['Alpha', SURVEY, '2022', 45, 100], ['Beta', SURVEY, '2022', 75, 100]];
    const result = calculate(indicatorsGrid([[SURVEY, 'High is good', 'Percentage']]), districtsGrid(rows));
    const [group] = result.districts!;
    expect(group.countyRate).toBeCloseTo(0.6, 10);
    // Wilson 95% for 45/100: (90 + 3.8415 ∓ 1.96·√(3.8415 + 180·0.55)) / 207.683 = 0.3561 to 0.5476.
    expect(group.districts[0].lower).toBeCloseTo(0.3561, 4);
    expect(group.districts[0].upper).toBeCloseTo(0.5476, 4);
    expect(group.districts.map((d) => d.compared)).toEqual(['Worse', 'Better']);
    expect(columnOf(result, 'Districts', 'Rate').cells[0]?.numberFormat).toBe('0.0%');
  });

  it('flags a district not in the Districts setting (error, not ranked) and a listed district that is missing', () => {
    const rows = [...THREE, ['Alfa', CRIME, '2016-17', 120, 10_000]];
    const result = calculate(
      indicatorsGrid([[CRIME, 'Low is good', 'Rate per 1,000']]),
      settingsGrid([['Districts', 'Alpha, Beta, Gamma, Omega']]),
      districtsGrid(rows),
    );
    const codes = result.findings.map((f) => [f.code, f.severity, f.cell]);
    expect(codes).toContainEqual(['D001', 'error', 'A6']);
    // Omega has no row at all: D009 on the District header (sheet row 2), not on the title cell A1.
    expect(codes).toContainEqual(['D009', 'warning', 'A2']);
    const alfa = result.districts![0].districts[3];
    expect(alfa.notCalculated).toBe(true);
    expect(alfa.rank).toBeUndefined();
    expect(result.districts![0].districts.map((d) => d.rank)).toEqual([1, 3, 2, undefined]);
  });

  it('without the setting, a district that appears for fewer indicators than the others is flagged', () => {
    const other = 'Burglary rate (per 1,000 population)';
    const rows = [...THREE, ['Alpha', other, '2016-17', 10, 10_000], ['Beta', other, '2016-17', 12, 10_000]];
    const result = calculate(indicatorsGrid([[CRIME, 'Low is good', 'Rate per 1,000'], [other, 'Low is good', 'Rate per 1,000']]), districtsGrid(rows));
    const missing = result.findings.filter((f) => f.code === 'D002');
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toContain('"Gamma" has no row for 1 indicator(s)');
    expect(missing[0].message).toContain(other);
  });

  it('an indicator not on the Indicators sheet is compared without judgement, with a warning', () => {
    const result = calculate(indicatorsGrid([['Something else', 'Low is good', 'Count']]), districtsGrid(THREE));
    expect(result.districts![0].districts.map((d) => d.compared)).toEqual(['Lower', 'Higher', 'Similar']);
    expect(result.findings.map((f) => f.code)).toEqual(['D005']);
  });

  it('a duplicate district is an error and only the first is ranked', () => {
    const rows = [...THREE, ['alpha ', CRIME, '2016-17', 900, 10_000]];
    const result = calculate(indicatorsGrid([[CRIME, 'Low is good', 'Rate per 1,000']]), districtsGrid(rows));
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([['D004', 'A6']]);
    expect(result.districts![0].districts.map((d) => d.rank)).toEqual([1, 3, 2, undefined]);
  });
});

describe('Districts sheet: the county rate is the sum of every district or none', () => {
  const header = ['District', 'Indicator', 'Period', 'Count', 'Population'];
  const crime = () => indicatorsGrid([['Crime', 'Low is good', 'Rate per 1,000']]);
  const BLABY_CHARNWOOD: CellValue[][] = [['Blaby', 'Crime', '2022/23', 500, 100_000], ['Charnwood', 'Crime', '2022/23', 2000, 180_000]];

  it('a district with no data leaves no county rate (not 2,500 / 280,000 = 8.93 of two districts) and D008 on its row', () => {
    const result = calculate(crime(), districtsGrid([...BLABY_CHARNWOOD, ['Melton', 'Crime', '2022/23', '-', '-']], header));
    const [group] = result.districts!;
    expect(group.countyRate).toBeUndefined();
    expect(group.countySource).toBe('none');
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([['D008', 'A5']]);
    expect(result.findings[0].message).toContain('no count and population for Melton (no data)');
    // Ranked without the county: Blaby 5.00, Charnwood 2,000 / 180,000 × 1,000 = 11.11.
    expect(group.districts.map((d) => d.rank)).toEqual([1, 2, undefined]);
    expect(group.districts[0].reason).toContain('No county rate, so not compared with the county.');
    expect(group.summary).toBe('2 districts ranked; not compared (no county rate)');
  });

  it('a district blocked by an error (zero population) is left out the same way, and named with the error', () => {
    const result = calculate(crime(), districtsGrid([...BLABY_CHARNWOOD, ['Melton', 'Crime', '2022/23', 30, 0]], header));
    expect(result.districts![0].countyRate).toBeUndefined();
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([['V005', 'E5'], ['D008', 'A5']]);
    expect(result.findings[1].message).toContain('Melton (an error on its row)');
  });

  it('a district of the Districts setting with no row for the indicator also leaves no county rate', () => {
    const result = calculate(crime(), settingsGrid([['Districts', 'Blaby, Charnwood, Melton']]), districtsGrid(BLABY_CHARNWOOD, header));
    expect(result.districts![0].countyRate).toBeUndefined();
    expect(result.findings.find((f) => f.code === 'D008')?.message).toContain('Melton (no row)');
  });

  it('a county row still gives the county rate when a district has no data: (500 + 2,000 + 400) / 330,000 × 1,000 = 8.79', () => {
    const rows = [...BLABY_CHARNWOOD, ['Melton', 'Crime', '2022/23', '-', '-'], ['Leicestershire', 'Crime', '2022/23', 2900, 330_000]];
    const result = calculate(crime(), districtsGrid(rows, header));
    expect(result.districts![0].countySource).toBe('county row');
    expect(result.districts![0].countyRate).toBeCloseTo(8.788, 3);
    expect(result.findings).toEqual([]);
  });

  it('with every district, the sum is the county rate and the Reason says all districts together: 2,800 / 330,000 × 1,000 = 8.48', () => {
    const result = calculate(crime(), districtsGrid([...BLABY_CHARNWOOD, ['Melton', 'Crime', '2022/23', 300, 50_000]], header));
    const [group] = result.districts!;
    expect(group.countyRate).toBeCloseTo(8.485, 3);
    expect(group.districts[0].reason).toContain('County 8.48 (all districts together)');
    expect(result.findings).toEqual([]);
  });
});

describe('Districts sheet: a district of the setting with no row at all', () => {
  it('D009 points at the District header cell, wherever that column is, and says so', () => {
    const header = ['Indicator', 'District', 'Period', 'Count', 'Population'];
    const rows = THREE.map(([district, indicator, ...rest]) => [indicator, district, ...rest]);
    const result = calculate(
      indicatorsGrid([[CRIME, 'Low is good', 'Rate per 1,000']]),
      settingsGrid([['Districts', 'Alpha, Beta, Gamma, Omega']]),
      districtsGrid(rows, header),
    );
    const omega = result.findings.filter((f) => f.message.includes('"Omega"'));
    expect(omega.map((f) => [f.code, f.cell])).toEqual([['D009', 'B2']]);
    expect(omega[0].message).toContain('is in the Districts setting (Settings sheet) but has no row on the Districts sheet');
    expect(omega[0].message).toContain('This finding is on the District header');
  });
});

describe('Districts sheet: small numbers and suppression (issue 3 §6)', () => {
  const rows: CellValue[][] = [...THREE, ['Delta', CRIME, '2016-17', 5, 10_000]];

  it('marks a rate from fewer than the Small number threshold as unstable in the Reason', () => {
    const [group] = calculate(indicatorsGrid([[CRIME, 'Low is good', 'Rate per 1,000']]), districtsGrid(rows)).districts!;
    const delta = group.districts[3];
    expect(delta.intervalMethod).toBe('exact Poisson');
    expect(delta.lower).toBeCloseTo(0.1623, 4);
    expect(delta.reason).toContain('Only 5 events: a rate from fewer than 10 is unstable.');
  });

  it('Suppress below writes * for the rate and interval of counts 1 to N-1, and keeps the figures out of the Reason', () => {
    const result = calculate(indicatorsGrid([[CRIME, 'Low is good', 'Rate per 1,000']]), settingsGrid([['Suppress below', 6]]), districtsGrid(rows));
    for (const header of ['Rate', 'Lower CI', 'Upper CI']) {
      expect(writtenAt(result, 'Districts', header, 5)).toBe('*');
      expect(writtenAt(result, 'Districts', header, 2)).not.toBe('*');
    }
    const delta = result.districts![0].districts[3];
    expect(delta.suppressed).toBe(true);
    expect(delta.reason).toMatch(/^Figures suppressed: the count is below 6/);
    expect(delta.reason).not.toContain('0.50');
  });
});

describe('Districts feed the Indicators sheet', () => {
  // Hand-checked: 2022/23 is THREE (county 20: Alpha better, Beta worse, Gamma similar); in 2021/22
  // every district has 200 in 10,000 = 20, the county rate, so all three are similar.
  const NEWEST_FIRST: CellValue[][] = [
    ...THREE.map((r) => [r[0], r[1], '2022/23', r[3], r[4]]),
    ['Alpha', CRIME, '2021/22', 200, 10_000], ['Beta', CRIME, '2021/22', 200, 10_000], ['Gamma', CRIME, '2021/22', 200, 10_000],
  ];

  it('without a current period on the Indicators sheet, takes the latest period by its label, not the last on the sheet', () => {
    const result = calculate(indicatorsGrid([[CRIME, 'Low is good', 'Rate per 1,000']]), districtsGrid(NEWEST_FIRST));
    expect(result.districts!.map((g) => g.summary)).toEqual(['1 better, 1 similar, 1 worse (Beta)', '0 better, 3 similar, 0 worse']);
    expect(result.indicators[0].districtComparison).toBe('1 better, 1 similar, 1 worse (Beta)');
  });

  it('one period spelled two ways ("2016-17", "2016/17") is one group, not two', () => {
    const mixed = THREE.map((r, i) => (i === 1 ? [r[0], r[1], '2016/17', r[3], r[4]] : r));
    const result = calculate(indicatorsGrid([[CRIME, 'Low is good', 'Rate per 1,000']]), districtsGrid(mixed));
    expect(result.districts!.map((g) => g.summary)).toEqual(['1 better, 1 similar, 1 worse (Beta)']);
  });

  it('takes the current period of the Indicators sheet when a group has it', () => {
    const indicators: SheetGrid = { name: 'Indicators', values: [['Indicator', 'Polarity', 'Current Year (2021/22)'], [CRIME, 'Low is good', 20]] };
    expect(calculate(indicators, districtsGrid(NEWEST_FIRST)).indicators[0].districtComparison).toBe('0 better, 3 similar, 0 worse');
  });

  it('writes the District Comparison line for the matching indicator and leaves other rows alone', () => {
    const indicators: SheetGrid = {
      name: 'Indicators',
      values: [
        ['Indicator', 'Polarity', 'Measure', 'Current value', 'District Comparison'],
        [CRIME, 'Low is good', 'Rate per 1,000', 20, 'typed'],
        ['Other', 'Low is good', 'Count', 3, 'kept as typed'],
      ],
    };
    const result = calculate(indicators, districtsGrid(THREE));
    expect(writtenAt(result, 'Indicators', 'District Comparison', 1)).toBe('1 better, 1 similar, 1 worse (Beta)');
    expect(writtenAt(result, 'Indicators', 'District Comparison', 2)).toBeUndefined();
    expect(result.indicators[0].districtComparison).toBe('1 better, 1 similar, 1 worse (Beta)');
    expect(result.indicators[1].districtComparison).toBe('kept as typed');
  });
});

describe('Districts sheet: the Indicators row reports a period the sheet does not have', () => {
  const indicatorsFor = (current: string, comparisonHeader = 'District Comparison'): SheetGrid => ({
    name: 'Indicators',
    values: [
      ['Indicator', 'Polarity', 'Measure', 'Previous Year (2016-17)', `Current Year (${current})`, comparisonHeader],
      [CRIME, 'Low is good', 'Rate per 1,000', 21, 20, 'typed by hand'],
    ],
  });

  it('fills no 2016-17 line into a 2017/18 row: the typed cell stays, with one D010 on it', () => {
    const result = calculate(indicatorsFor('2017/18'), districtsGrid(THREE));
    expect(result.findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([['D010', 'warning', 'Indicators', 'F2']]);
    expect(result.findings[0].message).toBe(
      `The Districts sheet has no 2017/18 figures for "${CRIME}" (it has 2016-17), so the District Comparison is left as it is, not filled from another period's figures.`,
    );
    expect(result.findings[0].fix).toBe(`Add the 2017/18 rows for "${CRIME}" to the Districts sheet, then calculate again.`);
    expect(writtenAt(result, 'Indicators', 'District Comparison', 1)).toBeUndefined();
    expect(result.indicators[0].districtComparison).toBe('typed by hand');
    // The Districts sheet's own rows are still compared, for their own period.
    expect(result.districts!.map((g) => [g.period, g.summary])).toEqual([['2016-17', '1 better, 1 similar, 1 worse (Beta)']]);
  });

  it('without a District Comparison column, the finding sits on the Indicator cell', () => {
    const result = calculate(indicatorsFor('2017/18', 'Notes'), districtsGrid(THREE));
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([['D010', 'A2']]);
  });

  it('a matching period, however spelled (2016/17 is 2016-17), still writes the line over the typed cell', () => {
    const result = calculate(indicatorsFor('2016/17'), districtsGrid(THREE));
    expect(result.findings).toEqual([]);
    expect(writtenAt(result, 'Indicators', 'District Comparison', 1)).toBe('1 better, 1 similar, 1 worse (Beta)');
  });
});
