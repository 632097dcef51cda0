import { readFileSync } from 'fs';
import { join } from 'path';
import { calculateWorkbook, catalogueEntries, type Finding } from '../../../src/engine';
import { seedIndicatorsSheet, seedSettingsSheet } from '../gridOf';
import { EXPECTED, seededWorkbook } from './seededWorkbook';

const key = (f: Finding) => `${f.code} ${f.sheet}!${f.cell}`;

/** Codes of other sheet kinds, each tested where its sheet is: checked below to be named in that file. */
const COVERED_ELSEWHERE: Record<string, string> = {
  D003: 'test/engine/districts/calculateDistrictsSheet.test.ts', D004: 'test/engine/districts/calculateDistrictsSheet.test.ts',
  D005: 'test/engine/districts/calculateDistrictsSheet.test.ts', D006: 'test/engine/districts/missingRowName.test.ts',
  D009: 'test/engine/districts/calculateDistrictsSheet.test.ts', D010: 'test/engine/districts/calculateDistrictsSheet.test.ts',
  P001: 'test/engine/peers/calculatePeersSheet.test.ts', P002: 'test/engine/peers/calculatePeersSheet.test.ts',
  P003: 'test/engine/peers/calculatePeersSheet.test.ts', P004: 'test/engine/peers/calculatePeersSheet.test.ts',
  P005: 'test/engine/peers/calculatePeersSheet.test.ts', P006: 'test/engine/peers/calculatePeersSheet.test.ts',
  R001: 'test/engine/risk/calculateRiskSheet.test.ts', R002: 'test/engine/risk/calculateRiskSheet.test.ts',
  R003: 'test/engine/risk/calculateRiskSheet.test.ts', R004: 'test/engine/risk/calculateRiskSheet.test.ts',
  R005: 'test/engine/risk/calculateRiskSheet.test.ts', R006: 'test/engine/risk/calculateRiskSheet.test.ts',
  R007: 'test/engine/risk/readRiskRow.test.ts', R008: 'test/engine/risk/readRiskRow.test.ts',
  R009: 'test/engine/dashboard/riskPresentation.test.ts',
  R010: 'test/engine/risk/partYearVolume.test.ts', R011: 'test/engine/risk/harmHeaderWord.test.ts',
  T001: 'test/engine/trends/calculateTrendsSheet.test.ts', T002: 'test/engine/trends/calculateTrendsSheet.test.ts',
  T003: 'test/engine/trends/trendsFigures.test.ts', T004: 'test/engine/trends/trendsFigures.test.ts',
};
const SEEDED_SERIES = /^[VD]/;

describe('a workbook seeded with one instance of every check', () => {
  const result = calculateWorkbook(seededWorkbook());

  it('yields exactly the seeded codes at the seeded addresses, and no others', () => {
    expect(result.findings.map(key).sort()).toEqual(EXPECTED);
  });

  it('holds every V-series code of the catalogue, and the Districts codes the issue lists', () => {
    const seeded = new Set(EXPECTED.map((e) => e.split(' ')[0]));
    const vCodes = catalogueEntries().map((e) => e.code).filter((c) => c.startsWith('V'));
    expect(vCodes.filter((c) => !seeded.has(c))).toEqual([]);
    for (const code of ['D001', 'D002', 'D007']) expect(seeded).toContain(code);
  });

  it('every catalogue code is seeded here or asserted, by its code, in the test file named for it', () => {
    const seeded = new Set(EXPECTED.map((e) => e.split(' ')[0]));
    for (const { code } of catalogueEntries()) {
      if (seeded.has(code)) continue;
      const file = COVERED_ELSEWHERE[code];
      expect({ code, file: file !== undefined && readFileSync(join(__dirname, '../../..', file), 'utf8').includes(`'${code}'`) }).toEqual({ code, file: true });
    }
  });

  it('every seeded or elsewhere-covered code is a catalogue code', () => {
    const codes = new Set(catalogueEntries().map((e) => e.code));
    for (const e of EXPECTED) expect(codes).toContain(e.split(' ')[0]);
    for (const code of Object.keys(COVERED_ELSEWHERE)) expect(codes).toContain(code);
    expect(catalogueEntries().filter((e) => SEEDED_SERIES.test(e.code)).length).toBeGreaterThanOrEqual(30);
  });

  it('fills every message and fix (no {slot} left) and carries the evidence of the cell at fault', () => {
    for (const f of result.findings) {
      expect(f.message).not.toMatch(/\{\w+\}/);
      expect(f.fix).not.toMatch(/\{\w+\}/);
      expect(f.message.length).toBeGreaterThan(20);
    }
    const cellChecks = ['V001', 'V002', 'V003', 'V004', 'V008', 'V009', 'V019', 'V021', 'V022', 'V023', 'V024', 'V025', 'V026', 'D007'];
    for (const f of result.findings.filter((x) => cellChecks.includes(x.code))) {
      expect({ code: f.code, raw: typeof f.raw, expected: typeof f.expected }).toEqual({ code: f.code, raw: 'string', expected: 'string' });
    }
  });

  it('explains each impossible or slipped figure with the numbers read', () => {
    const byCode = (code: string) => result.findings.find((f) => f.code === code)!;
    expect(byCode('V021')).toMatchObject({ severity: 'error', raw: '142%', parsed: '142%', message: 'The current value is 142%, read as 142%; a percentage cannot be above 100%.' });
    expect(byCode('V022')).toMatchObject({ severity: 'error', raw: '42.8', message: expect.stringMatching(/^The current figure 42\.8 is about 100 times the previous figure 0\.41; that is a unit slip \(one figure is in percent, the other a fraction\)/) });
    expect(byCode('V023').message).toBe('The current value is -83; a count cannot be negative.');
    expect(byCode('V024')).toMatchObject({ raw: '10/9', message: 'The Nearest Neighbour rank "10/9" is impossible: rank 10 of 9 areas.' });
    expect(byCode('V025')).toMatchObject({ severity: 'warning', raw: '2015-16', expected: '2016-17' });
    expect(byCode('V026')).toMatchObject({ severity: 'warning', raw: '8', message: 'The previous count is 8, below the small number threshold of 10; rates and changes from so few events are unstable.' });
    expect(byCode('D007')).toMatchObject({ raw: '120', parsed: '120%', expected: 'a count of at most 100' });
    expect(byCode('V015').message).toMatch(/Headers seen: "Dashboard for 2015\/16", "Outcome", "Notes"\.$/);
  });

  it('errors block their row (no arrow, no RAG) while warnings still calculate', () => {
    const row = (name: string) => result.indicators.find((i) => i.indicator === name)!;
    for (const blocked of ['% feeling safe after dark', '% reduction in offending by IOM offenders', 'ASB incidents', 'Business burglary rate', '% of cases closed with an outcome', '% of MARAC cases that are repeat referrals']) {
      expect({ blocked, direction: row(blocked).direction, rag: row(blocked).rag, reason: row(blocked).reason }).toEqual({
        blocked, direction: undefined, rag: undefined, reason: expect.stringMatching(/^Not calculated/),
      });
    }
    expect(row('Racially aggravated crime rate').direction).toBe('↓');
    expect(row('Residential burglary rate').direction).toBe('↓');
    expect(row('ASB satisfaction score')).toMatchObject({ direction: '↑', changePercent: 1 });
  });

  it('counts errors and warnings in the summary', () => {
    const errors = EXPECTED.filter((e) => ['V001', 'V002', 'V003', 'V004', 'V005', 'V006', 'V008', 'V009', 'V015', 'V018', 'V019', 'V021', 'V022', 'V023', 'V024', 'V028', 'V034', 'D001', 'D007'].includes(e.split(' ')[0]));
    expect(result.summary).toMatchObject({ errors: errors.length, warnings: EXPECTED.length - errors.length });
  });
});

describe('a clean workbook: the seed dashboard (seed 002, Appendix 1)', () => {
  const result = calculateWorkbook([seedIndicatorsSheet(), seedSettingsSheet()]);

  it('with those three figures given like-for-like, yields no finding at all', () => {
    const sheet = seedIndicatorsSheet();
    const values = sheet.values.map((row) => [...row]);
    values[9][3] = 0.7; // D10, was "0.28 (Q3 tracking)": a full-year figure (0.28 would be −66%, beyond the sanity bound)
    values[10][3] = 83; // D11, was "83 (April -Dec2016)"
    values[12][2] = 2003; // C13, was "2003*"
    const clean = calculateWorkbook([{ ...sheet, values }, seedSettingsSheet()]);
    expect(clean.findings).toEqual([]);
    expect(clean.indicators).toHaveLength(12);
  });

  it('has no error, and warns only on the rows that are not like-for-like', () => {
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // Re-offending "0.28 (Q3 tracking)" and first-time entrants "83 (April -Dec2016)" are part years;
    // referrals "2003*" is footnoted as estimated.
    expect(result.findings.map(key)).toEqual(['V011 Indicators!D10', 'V011 Indicators!D11', 'V013 Indicators!C13']);
  });

  it('stays clean with a Small number threshold and Sanity bound of its own', () => {
    const strict = calculateWorkbook([seedIndicatorsSheet(), seedSettingsSheet([['Small number threshold', 2500], ['Sanity bound', '30%']])]);
    expect(strict.findings.map(key).sort()).toEqual([
      'V011 Indicators!D10', 'V011 Indicators!D11', 'V013 Indicators!C13',
      // The previous counts of domestic burglary (2,414) and violence with injury (2,018) fall below
      // 2,500; violence with injury rose 33% and MARAC repeats 32%, beyond a 30% bound.
      'V026 Indicators!E6', 'V026 Indicators!E8', 'V020 Indicators!D8', 'V020 Indicators!D12',
    ].sort());
  });
});
