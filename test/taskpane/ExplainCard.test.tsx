import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import type { RiskResult } from '../../src/engine';
import { ExplainCard } from '../../src/taskpane/components/ExplainCard';
import type { Explanation } from '../../src/taskpane/state/dashboardSelectors';
import { sampleResult } from './sampleResult';

/** The card's visible text. */
function shown(explanation: Explanation): string {
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ExplainCard explanation={explanation} available onExplain={() => undefined} />
    </FluentProvider>,
  );
  return html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, ' ').replace(/<[^>]*>/g, ' ').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ');
}

const totalCrime = sampleResult.indicators[0];
const burglary: RiskResult = {
  sheet: 'Risk Matrix', row: 4, category: 'Domestic burglary', probabilitySource: 'typed', harms: [], periodDiffers: false, notScored: false,
  rating: 'MEDIUM', rank: 4, reason: 'Probability 12 × harm score 10 = 120: MEDIUM.',
};

describe('ExplainCard', () => {
  test('an explanation is dated to the last calculation', () => {
    const text = shown({ kind: 'indicator', cell: { sheet: 'Indicators', address: 'F4' }, moved: false, indicator: totalCrime });
    expect(text).toContain('Total Crime rate (per 1,000 population) (Indicators!F4), as of the last calculation');
    expect(text).not.toContain('no longer holds');
  });

  test('a row that no longer holds the calculated name is flagged', () => {
    const text = shown({ kind: 'indicator', cell: { sheet: 'Indicators', address: 'F4' }, moved: true, indicator: totalCrime });
    expect(text).toContain('Row 4 of Indicators no longer holds this name: rows may have been inserted, deleted or sorted since the last calculation');
  });

  test('a risk says its rank beside its rating and reason', () => {
    const text = shown({ kind: 'risk', cell: { sheet: 'Risk Matrix', address: 'K5' }, moved: false, risk: burglary });
    expect(text).toContain('Risk rating: MEDIUM');
    expect(text).toContain('Risk rank: 4 (1 = highest risk score)');
    expect(text).toContain('Probability 12 × harm score 10 = 120: MEDIUM.');
    expect(shown({ kind: 'risk', cell: { sheet: 'Risk Matrix', address: 'K6' }, moved: false, risk: { ...burglary, rank: undefined, rating: 'NO DATA' } })).toContain(
      'Risk rank: none (only scored categories are ranked)',
    );
  });

  test('a comparison cell explains the comparison, not the arrow', () => {
    const text = shown({
      kind: 'comparison', cell: { sheet: 'Indicators', address: 'N4' }, moved: false, comparison: 'nearestNeighbour', confidenceLevel: 0.95,
      indicator: { ...totalCrime, nearestNeighbour: '4/9' },
    });
    expect(text).toContain('Nearest Neighbour Comparison of Total Crime rate (per 1,000 population) : 4/9 (Indicators!N4)');
    expect(text).toContain('"4/9" was typed by the analyst on the Indicators sheet');
    expect(text).not.toContain(totalCrime.reason);
  });

  test('cells on Peers, Districts and Trends say where Explain works', () => {
    const where = 'Explain works on the rows of the Indicators sheet, the Risk Matrix and the Dashboard.';
    expect(shown({ kind: 'notExplained', cell: { sheet: 'Peers', address: 'C5' }, sheetKind: 'peers' })).toContain(`Peers!C5 is on the Peers sheet, whose ranks give the Nearest Neighbour and County Comparison columns. ${where}`);
    expect(shown({ kind: 'notExplained', cell: { sheet: 'Districts', address: 'C5' }, sheetKind: 'districts' })).toContain('its Reason column says how each district compares with the county');
    expect(shown({ kind: 'notExplained', cell: { sheet: 'Trends', address: 'C5' }, sheetKind: 'trends' })).toContain(where);
    expect(shown({ kind: 'notExplained', cell: { sheet: 'Notes', address: 'C5' } })).toContain(`Notes!C5 is not on an indicator's or a risk's row of the last calculation. ${where}`);
  });
});
