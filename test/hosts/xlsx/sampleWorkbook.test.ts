import { loadXlsx, loadXlsxBuffer, XlsxHost } from '../../../src/hosts/xlsx';
import { buildSampleWorkbook, checkSampleRates, rateFromCounts, SAMPLE_PATH, SAMPLE_ROWS } from '../../../scripts/build-sample';

describe('the sample workbook (seed 002, Appendix 1)', () => {
  it('has counts and populations that reproduce the published crime rates to two decimals', () => {
    expect(() => checkSampleRates()).not.toThrow();
    const rates = SAMPLE_ROWS.filter((row) => row.counts).map((row) => [
      rateFromCounts(row.counts!.previous, row.counts!.previousPopulation),
      rateFromCounts(row.counts!.current, row.counts!.currentPopulation),
    ]);
    // Published in Appendix 1: total crime, domestic burglary, vehicle crime, violence with injury.
    expect(rates).toEqual([
      [47.21, 51.61],
      [3.53, 3.91],
      [7.07, 7.29],
      [2.95, 3.93],
    ]);
    for (const row of SAMPLE_ROWS.filter((r) => r.counts)) {
      expect(row.counts!.previousPopulation).toBeGreaterThanOrEqual(680_000);
      expect(row.counts!.currentPopulation).toBeLessThanOrEqual(700_000);
    }
  });

  it('holds the table as published: title rows, header on row 4, annotated values, merged outcomes, footnotes', async () => {
    const [indicators] = await new XlsxHost(await loadXlsx(SAMPLE_PATH)).readSheets();
    const v = indicators.values;
    expect(indicators.name).toBe('Indicators');
    expect(v[0][0]).toBe('Appendix 1 - Safer Communities Performance Dashboard Quarter 4, 2016/17');
    expect(v[3].slice(0, 4)).toEqual(['Outcomes', 'Supporting Indicators', 'Previous Year (2015-16)', 'Current Year (2016-17)']);
    expect(v[3].slice(4)).toEqual(['Previous count', 'Previous population', 'Current count', 'Current population', 'Nearest Neighbour Comparison', 'County Comparison']);
    const rows = v.slice(4, 16);
    expect(rows.map((r) => [r[2], r[3]])).toEqual([
      [47.21, 51.61],
      [3.53, 3.91],
      [7.07, 7.29],
      [2.95, 3.93],
      ['41%', 0.428],
      [0.82, '0.28 (Q3 tracking)'],
      [124, '83 (April -Dec2016)'],
      ['28% (Apr2015-Mar2016)', '37% (Jan2016-Dec2016)'],
      ['2003*', '1611**'],
      [0.054, 0.054],
      ['92.7%', '84.5%'],
      [0.58, 0.66],
    ]);
    expect(indicators.numberFormats?.[8][3]).toBe('0.0%');
    expect(rows.map((r) => r[0] !== null)).toEqual([true, false, false, false, true, false, false, true, false, true, false, true]);
    expect(rows.map((r) => r[8])).toEqual(['4/9', '6/9', '5/9', '2/9', '-', '-', 'Top', '-', '-', '-', '-', '-']);
    expect(v[16].every((cell) => cell === null)).toBe(true);
    expect(String(v[17][0])).toMatch(/^\* The figure provided includes an estimated number \(227\)/);
    expect(String(v[18][0])).toMatch(/^\*\*Includes UAVA referrals \(1174\)/);
    expect(String(v[19][0])).toMatch(/^Note: .*not comparable\.$/);
  });

  it('has a Settings sheet with the home area, each polarity and the MARAC range', async () => {
    const sheets = await new XlsxHost(await loadXlsx(SAMPLE_PATH)).readSheets();
    const settings = new Map(sheets.find((s) => s.name === 'Settings')!.values.map((row) => [row[0], row[1]]));
    expect(settings.get('Setting')).toBe('Value');
    expect(settings.get('Home area')).toBe('Leicestershire');
    expect(settings.get('Polarity: Total Crime rate (per 1,000 population)')).toBe('Low is good');
    expect(settings.get('Polarity: Reported hate incidents (per 1,000 population)')).toBe('High is good');
    expect(settings.get('Polarity: % of domestic violence cases reviewed at MARAC that are repeat incidents')).toBe('In range');
    expect(settings.get('Range: % of domestic violence cases reviewed at MARAC that are repeat incidents')).toBe('28%-40%');
    expect([...settings.keys()].filter((k) => String(k).startsWith('Polarity: '))).toHaveLength(12);
  });

  it('is what scripts/build-sample.ts builds (run npm run build:sample after changing the script)', async () => {
    const built = await new XlsxHost(await loadXlsxBuffer(Buffer.from(await buildSampleWorkbook().xlsx.writeBuffer()), 'built')).readSheets();
    const committed = await new XlsxHost(await loadXlsx(SAMPLE_PATH)).readSheets();
    expect(committed).toEqual(built);
  });
});
