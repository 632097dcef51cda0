import type { CellValue } from '../src/engine';
import { FakeExcel, WEB_PAYLOAD_LIMIT_BYTES } from '../src/hosts/fakeExcel/FakeExcel';
import { FakeWorkbookStore } from '../src/hosts/fakeExcel/FakeWorkbookStore';
import { OfficeHost } from '../src/hosts/office/OfficeHost';
import { runCalculation } from '../src/hosts/runCalculation';

/** Appendix 1 of seed 002 (Q4 2016/17): outcome, indicator, measure, polarity, previous, current. */
const SEED_ROWS: ReadonlyArray<readonly [string, string, string, string, CellValue, CellValue]> = [
  ['Ongoing reductions in crime', 'Total Crime rate (per 1,000 population)', 'Rate per 1,000', 'Low is good', 47.21, 51.61],
  ['', 'Domestic Burglary rate (per 1,000 population)', 'Rate per 1,000', 'Low is good', 3.53, 3.91],
  ['', 'Vehicle Crime rate (per 1,000 population)', 'Rate per 1,000', 'Low is good', 7.07, 7.29],
  ['', 'Violence with Injury rate (per 1,000 population)', 'Rate per 1,000', 'Low is good', 2.95, 3.93],
  ['Reduce offending and re-offending', '% Reduction in offending by IOM & PPO Offenders', 'Percentage', 'High is good', '41%', '42.8%'],
  ['', 'Rate of re-offending by young offenders (local data)', 'Ratio', 'Low is good', 0.82, '0.28 (Q3 tracking)'],
  ['', 'Number of first time entrants to the criminal justice system aged 10 - 17', 'Count', 'Low is good', 124, '83 (April -Dec2016)'],
  ['Protect and support the most vulnerable in communities', '% of domestic violence cases reviewed at MARAC that are repeat incidents', 'Percentage', 'In range', '28% (Apr2015-Mar2016)', '37% (Jan2016-Dec2016)'],
  ['', 'Number of referrals to domestic abuse support services (adults)', 'Count', 'High is good', '2003*', '1611**'],
  ['Continue to reduce anti-social behaviour', '% of people stating that they have been a victim of anti-social behaviour in the past year', 'Percentage', 'Low is good', '5.4%', '5.4%'],
  ['', '% of people who feel the police and other local public services are successfully dealing with ASB and crime', 'Percentage', 'High is good', '92.7%', '84.5%'],
  ['Prevent people from being drawn into terrorism', 'Reported hate incidents (per 1,000 population)', 'Rate per 1,000', 'High is good', 0.58, 0.66],
];

export const INDICATOR_HEADERS = ['Outcome', 'Indicator', 'Measure', 'Polarity', 'Previous value', 'Current value'] as const;

/**
 * An Indicators sheet of `rows` data rows in the shape analysts keep: a title, a blank row, the
 * header on row 3, then the seed 002 dashboard rows repeated (indicator names numbered after the
 * first twelve so they stay unique).
 */
export function buildIndicatorsStore(rows: number): FakeWorkbookStore {
  const values: CellValue[][] = [['Safer Communities performance dashboard, Quarter 4 2016/17'], [], [...INDICATOR_HEADERS]];
  for (let i = 0; i < rows; i++) {
    const [outcome, indicator, measure, polarity, previous, current] = SEED_ROWS[i % SEED_ROWS.length];
    const round = Math.floor(i / SEED_ROWS.length);
    values.push([outcome, round === 0 ? indicator : `${indicator} #${round + 1}`, measure, polarity, previous, current]);
  }
  return FakeWorkbookStore.fromGrids([{ name: 'Indicators', values }]);
}

export interface OfficeSyncMeasure {
  readonly rows: number;
  readonly platform: 'desktop' | 'web';
  /** context.sync() calls for one whole calculation (read, checks, write). */
  readonly syncs: number;
  /** Largest request payload of any one sync, bytes (JSON, UTF-8). */
  readonly maxPayloadBytes: number;
  readonly totalPayloadBytes: number;
  /** Largest response (loaded values) of any one sync, bytes. */
  readonly maxResponseBytes: number;
  readonly ms: number;
}

/**
 * Runs a whole calculation through OfficeHost on the fake Excel and reports its syncs and payloads.
 * Both platforms get writes split under 4 MiB a sync. `web` also enforces Excel on the web's 5 MB
 * response limit, so reading a very large sheet (here above about 20,000 rows) falls back to blocks
 * of rows and takes more syncs; `desktop` (the default) has no response limit.
 */
export async function measureOfficeSyncs(rows: number, platform: 'desktop' | 'web' = 'desktop'): Promise<OfficeSyncMeasure> {
  const limits = { requestLimitBytes: WEB_PAYLOAD_LIMIT_BYTES, responseLimitBytes: platform === 'web' ? WEB_PAYLOAD_LIMIT_BYTES : Infinity };
  const excel = new FakeExcel(buildIndicatorsStore(rows), limits);
  const started = Date.now();
  await runCalculation(new OfficeHost(excel.run));
  const ms = Date.now() - started;
  return {
    rows,
    platform,
    syncs: excel.syncs.length,
    maxPayloadBytes: excel.maxRequestBytes,
    totalPayloadBytes: excel.totalRequestBytes,
    maxResponseBytes: excel.syncs.reduce((max, s) => Math.max(max, s.responseBytes), 0),
    ms,
  };
}
