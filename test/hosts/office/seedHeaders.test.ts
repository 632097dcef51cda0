import { FakeExcel } from '../../../src/hosts/fakeExcel/FakeExcel';
import { FakeWorkbookStore } from '../../../src/hosts/fakeExcel/FakeWorkbookStore';
import { OfficeHost } from '../../../src/hosts/office/OfficeHost';
import { runCalculation } from '../../../src/hosts/runCalculation';

// Seed 002, Appendix 1 headers: "Current Direction of Travel" and "Overall RAG" are the board's own
// names for the Direction of travel and Overall Progress RAG output columns.
const SEED_HEADERS = [
  ['Outcomes', 'Supporting Indicators', 'Polarity', 'Previous Year (2015-16)', 'Current Year (2016-17)', 'Current Direction of Travel', 'Overall RAG'],
  ['Ongoing reductions in crime', 'Total Crime rate (per 1,000 population)', 'Low is good', 47.21, 51.61, null, null],
  [null, 'Domestic Burglary rate (per 1,000 population)', 'Low is good', 3.53, 3.91, null, null],
];

test('Excel fills output columns that carry the seed\'s own header names in place, as the command line does', async () => {
  const excel = new FakeExcel(FakeWorkbookStore.fromGrids([{ name: 'Indicators', values: SEED_HEADERS }]));
  await runCalculation(new OfficeHost(excel.run));
  const sheet = excel.store.requireSheet('Indicators');
  expect(sheet.valueAt('F1')).toBe('Current Direction of Travel');
  expect(sheet.valueAt('F2')).toBe('↓');
  expect(sheet.valueAt('F3')).toBe('↓');
  expect(sheet.valueAt('G1')).toBe('Overall RAG');
  expect(sheet.valueAt('G2')).toBe('A');
  // No second Direction of travel column is added beside the table.
  expect(sheet.toGrid().values[0]).not.toContain('Direction of travel');
});
