import { calculateWorkbook, type CellValue } from '../../src/engine';

/**
 * Cells of Excel's maximum length (32,767 characters) shaped to make backtracking regular expressions
 * blow up. Before the fix, one cell of 32,000 "*" then a letter held the engine for about five
 * minutes (a `[\s*†]+$` in header matching); each now takes under a second alone, and the bound
 * leaves room for a loaded test machine.
 */
const PATTERNS: Record<string, string> = {
  stars: `${'*'.repeat(32000)}x`,
  starsAndSpaces: `${'* '.repeat(16000)}x`,
  daggers: `${'†'.repeat(32000)}x`,
  openBrackets: `5 (${'('.repeat(32000)}`,
  notes: `5 ${'(a) '.repeat(8000)}`,
  blankRun: `a${' '.repeat(32000)}b`,
  tos: `${' to'.repeat(10000)}x`,
  commas: `${'1,'.repeat(16000)}x`,
  dashes: '- '.repeat(16000),
  percents: `5${'%'.repeat(32000)}`,
};

const HEADER = ['Outcome', 'Indicator', 'Polarity', 'Measure', 'Previous period', 'Current period', 'Previous Year (2015-16)', 'Current Year (2016-17)', 'Nearest Neighbour Comparison'];

describe('pathological long text', () => {
  it.each(Object.keys(PATTERNS))('%s in every kind of cell is calculated quickly', (name) => {
    const text = PATTERNS[name];
    const row: CellValue[] = Array(HEADER.length).fill(text);
    const started = Date.now();
    const result = calculateWorkbook([
      { name: 'Indicators', values: [[text, text], HEADER, row, ['x', 'y', ...row.slice(2)], [], [text]] },
      { name: 'Settings', values: [['Setting', 'Value'], [text, text], ['Districts', text], ['Stable tolerance', text]] },
      { name: 'Districts', values: [['District', 'Indicator', 'Period', 'Count', 'Population'], [text, text, text, text, text]] },
    ], { writeValidationSheet: true });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Settings', 'Indicators']));
  }, 30_000);
});
