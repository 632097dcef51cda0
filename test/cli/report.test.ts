import type { CalculationResult, Finding, IndicatorResult } from '../../src/engine';
import { findingLines } from '../../src/cli/report/findingsSection';
import { dashboardSection, formatChange } from '../../src/cli/report/dashboardSection';
import { REPORT_SECTIONS, terminalReport } from '../../src/cli/report/terminalReport';
import { textTable } from '../../src/cli/report/textTable';

function indicator(overrides: Partial<IndicatorResult>): IndicatorResult {
  return {
    sheet: 'Indicators',
    row: 4,
    outcome: 'Ongoing reductions in crime',
    indicator: 'Total Crime rate (per 1,000 population)',
    measure: 'Rate per 1,000',
    polarity: 'Low is good',
    previous: { display: '47.21', value: 47.21 },
    current: { display: '51.61', value: 51.61 },
    reason: '',
    notLikeForLike: false,
    footnotes: [],
    ...overrides,
  };
}

/** Three seed 002 rows as the engine should score them under the default rules (issue 2 acceptance). */
const result: CalculationResult = {
  sheets: [{ name: 'Indicators', kind: 'indicators', headerRow: 3, firstRow: 4, endRow: 7 }],
  indicators: [
    indicator({ changePercent: 0.0932, direction: '↓', rag: 'A', overallRag: 'A', nearestNeighbour: '4/9', countyComparison: 'Top' }),
    indicator({
      row: 5,
      outcome: 'Ongoing reductions in crime',
      indicator: 'Domestic Burglary rate (per 1,000 population)',
      previous: { display: '3.53' },
      current: { display: '3.91' },
      changePercent: 0.1076,
      direction: '↓',
      rag: 'A',
      overallRag: 'A',
    }),
    indicator({
      row: 6,
      outcome: 'Reduce offending and re-offending',
      indicator: 'Rate of re-offending by young offenders (local data)',
      previous: { display: '0.82' },
      current: { display: '0.28 (Q3 tracking)' },
      notLikeForLike: true,
      overallRag: 'G',
    }),
  ],
  outcomes: [],
  findings: [
    {
      code: 'V020',
      severity: 'warning',
      sheet: 'Indicators',
      cell: 'D7',
      message: 'Not like-for-like: "0.28 (Q3 tracking)" is a part-year figure.',
      fix: 'Compare a full year with a full year.',
    },
  ],
  plan: { columns: [], ownedSheets: [] },
  summary: { indicators: 3, outcomes: 2, errors: 0, warnings: 1 },
};

describe('terminal report', () => {
  it('formats change as a signed percentage with two decimals, blank when absent', () => {
    expect(formatChange(0.0932)).toBe('+9.32%');
    expect(formatChange(-0.0868)).toBe('-8.68%');
    expect(formatChange(0)).toBe('0.00%');
    expect(formatChange(undefined)).toBe('');
    expect(formatChange(Number.NaN)).toBe('');
  });

  it('cuts long cells with an ellipsis and right-aligns number columns', () => {
    expect(
      textTable(
        [{ header: 'Indicator', maxWidth: 10 }, { header: 'Value', align: 'right' }],
        [
          ['Total Crime rate', '47.21'],
          ['Vehicle', '7.07'],
        ],
      ),
    ).toEqual(['Indicator   Value', '----------  -----', 'Total Cri…  47.21', 'Vehicle      7.07']);
  });

  it('prints each outcome and its overall RAG once, on its first indicator', () => {
    const lines = dashboardSection(result)!.lines;
    expect(lines).toHaveLength(5);
    expect(lines[0].split(/\s{2,}/)).toEqual(['Outcome', 'Overall', 'Indicator', 'Previous', 'Current', 'Change %', 'Dir', 'RAG', 'NN', 'County', 'District']);
    expect(lines[2]).toMatch(/^Ongoing reductions in crime\s+A\s+Total Crime rate \(per 1,000 population\)\s+47\.21\s+51\.61\s+\+9\.32%\s+↓\s+A\s+4\/9\s+Top$/);
    expect(lines[3]).toMatch(/^\s+Domestic Burglary rate/);
    expect(lines[4]).toMatch(/^Reduce offending and re-off… {2}G\s+Rate of re-offending by young offenders \(local … {2}\s*0\.82\s+0\.28 \(Q3 tracking\)$/);
  });

  it('puts dashboard, findings and summary in order, and takes extra sections', () => {
    const text = terminalReport(result);
    expect(text.indexOf('Dashboard (3 indicators)')).toBe(0);
    expect(text).toMatch(/Findings \(1\)\n============\nIndicators \(1\)\n {2}Indicators!D7 {2}warning {2}Not like-for-like/);
    expect(text.endsWith('Summary\n=======\n3 indicators in 2 outcomes; 0 errors, 1 warning.')).toBe(true);
    const withRisk = terminalReport(result, [...REPORT_SECTIONS, () => ({ title: 'Risk hierarchy', lines: ['1  Domestic violence  HIGH'] })]);
    expect(withRisk.endsWith('Risk hierarchy\n==============\n1  Domestic violence  HIGH')).toBe(true);
  });

  it('skips the dashboard when no indicator was calculated and says when there are no findings', () => {
    const empty = { ...result, indicators: [], findings: [], summary: { indicators: 0, outcomes: 0, errors: 0, warnings: 0 } };
    expect(terminalReport(empty)).toBe('Findings (0)\n============\nNo findings: every cell read cleanly.\n\nSummary\n=======\n0 indicators in 0 outcomes; 0 errors, 0 warnings.');
  });
});

describe('cell text in the terminal', () => {
  it('a line break or tab in a name stays on its row, and escape codes from the workbook are not sent to the terminal', () => {
    const lines = textTable([{ header: 'Indicator' }, { header: 'RAG' }], [['Domestic abuse referrals\n(adults)\t\u001b[31mred', 'A']]);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('Domestic abuse referrals (adults) [31mred  A');
  });

  it('finding messages quoting a raw cell keep to one line each', () => {
    const lines = findingLines([
      { code: 'V001', severity: 'error', sheet: 'Indicators', cell: 'D5', message: 'The current value "about\n4" is not a number.', fix: 'Type\ta number.', raw: 'about\n4' } as Finding,
    ]);
    expect(lines).toEqual(['Indicators (1)', '  Indicators!D5  error    The current value "about 4" is not a number.', '      Fix: Type a number.']);
  });
});
