import { calculateWorkbook, type CellValue } from '../../../src/engine';
import { formatPercentBeside } from '../../../src/engine/indicators/formatFigure';
import { gridOf } from '../gridOf';

const HEADER = ['Outcome', 'Indicator', 'Polarity', 'Previous value', 'Current value', 'Target', 'Tolerance'];

function one(row: CellValue[], settings: CellValue[][] = []) {
  const sheets = [gridOf('Indicators', [HEADER, ['O', 'I', ...row]])];
  if (settings.length) sheets.push(gridOf('Settings', [['Setting', 'Value'], ...settings]));
  const result = calculateWorkbook(sheets);
  return { ...result.indicators[0], findings: result.findings };
}

const reason = (...row: CellValue[]) => one(row).reason;

// Default settings: ±5% stable band, 15% red threshold. A change one decimal would put on a limit the
// Reason quotes, without it being on it, shows the decimals that tell them apart.
describe('a change beside the limit it is judged against', () => {
  it('just beyond the red threshold: 15.03%, not 15%, beside Red', () => {
    expect(reason('Low is good', 100, 115.03)).toBe(
      'Figure rose 15.03% (100 → 115.03), beyond the ±5% stable band; low is good, so deteriorating. Beyond the 15% red threshold: Red.',
    );
  });

  it('just within the red threshold: 14.97%, not 15%, beside Amber', () => {
    expect(reason('Low is good', 100, 114.97)).toBe(
      'Figure rose 14.97% (100 → 114.97), beyond the ±5% stable band; low is good, so deteriorating. Within the 15% red threshold: Amber.',
    );
  });

  it('just beyond the stable band: 5.004%, not 5%', () => {
    expect(reason('Low is good', 100, 105.004)).toBe(
      'Figure rose 5.004% (100 → 105.004), beyond the ±5% stable band; low is good, so deteriorating. Within the 15% red threshold: Amber.',
    );
    expect(reason('Low is good', 100, 104.996)).toBe('Figure rose 4.996% (100 → 104.996), within the ±5% stable band, so stable. Stable: Amber.');
  });

  it('exactly on a limit stays one decimal: 15% and 5%', () => {
    expect(reason('Low is good', 100, 115)).toBe(
      'Figure rose 15% (100 → 115), beyond the ±5% stable band; low is good, so deteriorating. Within the 15% red threshold: Amber.',
    );
    expect(reason('Low is good', 100, 105)).toBe('Figure rose 5% (100 → 105), within the ±5% stable band, so stable. Stable: Amber.');
  });

  it('one decimal where the Reason quotes no limit near it (an improvement is not read against the red threshold)', () => {
    expect(reason('High is good', 100, 115.03)).toBe(
      'Figure rose 15% (100 → 115.03), beyond the ±5% stable band; high is good, so improving. Improving: Green.',
    );
  });

  it('a target missed by just over the tolerance: 5.004%, beside Red; exactly 5% beside Amber', () => {
    expect(reason('Low is good', 105.004, 105.004, 100)).toContain('Target 100 missed by 5.004%, beyond the ±5% tolerance: Red.');
    expect(reason('Low is good', 105, 105, 100)).toContain('Target 100 missed by 5%, within the ±5% tolerance: Amber.');
  });

  it('a row tolerance shown as set (7.25%, not 7.3%), and a change that would round across it', () => {
    expect(reason('Low is good', 100, 107.27, null, '7.25%')).toBe(
      'Figure rose 7.3% (100 → 107.27), beyond the ±7.25% stable band; low is good, so deteriorating. Within the 15% red threshold: Amber.',
    );
    // 7.2502% is beyond 7.25%; one decimal (7.3%) reads the same way, two (7.25%) would not.
    expect(reason('Low is good', 100, 107.2502, null, '7.25%')).toContain('Figure rose 7.3% (100 → 107.2502), beyond the ±7.25% stable band');
    // 7.24% beyond a 7.22% band: one decimal would show 7.2%, below it.
    expect(reason('Low is good', 100, 107.24, null, '7.22%')).toContain('Figure rose 7.24% (100 → 107.24), beyond the ±7.22% stable band');
  });

  it('the sanity bound finding: a change just beyond 50% is not shown as 50%', () => {
    const row = one(['Low is good', 100, 49.97]);
    expect(row.findings.find((f) => f.code === 'V020')?.message).toContain('The figure changed by -50.03% (100 → 49.97), more than the ±50% sanity bound.');
  });
});

describe('formatPercentBeside', () => {
  it('adds only the places needed, up to four', () => {
    expect(formatPercentBeside(0.1503, 1, 0.05, 0.15)).toBe('15.03%');
    expect(formatPercentBeside(0.15000001, 1, 0.15)).toBe('15%'); // beyond four places: as close as it goes
    expect(formatPercentBeside(0.15, 1, 0.15)).toBe('15%');
    expect(formatPercentBeside(0.1503, 1)).toBe('15%');
    expect(formatPercentBeside(0.0732, 1, 0.0725)).toBe('7.3%');
    expect(formatPercentBeside(0.07245, 1, 0.0725)).toBe('7.2%');
    expect(formatPercentBeside(0.07258, 1, 0.0726)).toBe('7.258%'); // 7.3% would pass the limit, 7.26% land on it
  });
});
