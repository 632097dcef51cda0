import { calculateWorkbook, type CellValue } from '../../../src/engine';
import { gridOf } from '../gridOf';

describe('a Districts sheet of thousands of names and indicators', () => {
  // 16,000 rows naming 8,000 districts and 8,000 indicators, each on two rows: every district is
  // missing from all but two of the 8,000 groups. Looking each district up in every group took
  // about 30 seconds; the findings only ever list three groups.
  it('is calculated in a few seconds, and the findings still count every missing group', () => {
    const n = 16_000;
    const half = n / 2;
    const rows: CellValue[][] = Array.from({ length: n }, (_, i) => [`D${i % half}`, `I${(i * 7) % half}`, 5, 1000]);
    const started = Date.now();
    const result = calculateWorkbook([gridOf('Districts', [['District', 'Indicator', 'Count', 'Population'], ...rows])]);
    expect(Date.now() - started).toBeLessThan(10_000);
    // D0 is on rows 2 and 8,002, both I0 (8,000 × 7 is a multiple of 8,000), so it is in 1 group and
    // missing from 7,999; groups come in order of first appearance (I0, I7, I14, I21 …), so the first
    // three it lacks are I7, I14 and I21.
    const d0 = result.findings.find((f) => f.code === 'D002' && f.cell === 'A2');
    expect(d0?.message).toBe('"D0" has no row for 7999 indicator(s) that other districts have: I7; I14; I21 and 7996 more. Those comparisons leave it out.');
  }, 90_000);
});
